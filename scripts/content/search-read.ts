import path from 'node:path';
import type { z } from 'astro/zod';
import { readerWordsSchema, sourceTermSchema, type ReaderWords, type SourceTerm } from '../../src/schemas/search-words.ts';
import { parseRecord, type WithOrigin } from './parse.ts';
import type { Problem } from './problems.ts';
import { readCsvFolder } from './read.ts';

/** Folders of the search data under the content folder: the reader's words, and the terms the sources name. */
export const SEARCH_FOLDERS = {
  readerWords: 'reader-words',
  sourceTerms: 'source-terms',
} as const;

export type ReaderWordsRecord = WithOrigin<ReaderWords>;
export type SourceTermRecord = WithOrigin<SourceTerm>;

function readRows<S extends z.ZodObject>(dir: string, schema: S, problems: Problem[]): WithOrigin<z.output<S>>[] {
  const rows = readCsvFolder(dir, schema);
  problems.push(...rows.problems);
  return rows.items.flatMap((row) => {
    const parsed = parseRecord(schema, row.data, row);
    problems.push(...parsed.problems);
    return parsed.record ? [parsed.record] : [];
  });
}

/** Reads and parses the search data; rows that fail their schema are reported and left out. */
export function readSearchData(root: string): { readerWords: ReaderWordsRecord[]; sourceTerms: SourceTermRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const readerWords = readRows(path.join(root, SEARCH_FOLDERS.readerWords), readerWordsSchema, problems);
  const sourceTerms = readRows(path.join(root, SEARCH_FOLDERS.sourceTerms), sourceTermSchema, problems);
  return { readerWords, sourceTerms, problems };
}
