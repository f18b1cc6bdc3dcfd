import path from 'node:path';
import { readerWordsSchema, sourceTermSchema, type ReaderWords, type SourceTerm } from '../../src/schemas/search-words.ts';
import type { WithOrigin } from './parse.ts';
import type { Problem } from './problems.ts';
import { readCsvRecords } from './read.ts';

/** Folders of the search data under the content folder: the reader's words, and the terms the sources name. */
export const SEARCH_FOLDERS = {
  readerWords: 'reader-words',
  sourceTerms: 'source-terms',
} as const;

export type ReaderWordsRecord = WithOrigin<ReaderWords>;
export type SourceTermRecord = WithOrigin<SourceTerm>;

/** Reads and parses the search data; rows that fail their schema are reported and left out. */
export function readSearchData(root: string): { readerWords: ReaderWordsRecord[]; sourceTerms: SourceTermRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const readerWords = readCsvRecords(path.join(root, SEARCH_FOLDERS.readerWords), readerWordsSchema, problems);
  const sourceTerms = readCsvRecords(path.join(root, SEARCH_FOLDERS.sourceTerms), sourceTermSchema, problems);
  return { readerWords, sourceTerms, problems };
}
