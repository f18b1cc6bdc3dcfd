import { z } from 'astro/zod';
import { slugSchema } from './common.ts';
import { semicolonListSchema } from './glossary.ts';

/**
 * Why readers type other words than the site's: an older name, a short form, everyday words, another
 * spelling of the same word (British and American), or a slip the sources themselves print.
 */
export const READER_WORD_KINDS = ['old-name', 'abbreviation', 'lay-word', 'spelling', 'misprint'] as const;
export const readerWordKindSchema = z.enum(READER_WORD_KINDS, { error: `must be one of: ${READER_WORD_KINDS.join(', ')}` });

const nonEmptyList = semicolonListSchema.pipe(z.array(z.string()).min(1, 'must list at least one wording, separated by semicolons'));

/**
 * One row of content/search/reader-words.csv: the words a reader may type for something the site names
 * in its own words. Search finds a page that uses any of the site's wordings by any of the reader's words.
 * Spellings work both ways (a page that prints "tumor" is found by "tumour" too); the other kinds lead
 * from the reader's word to the site's only, so "bowel" finds colorectal pages, not every page naming the bowel.
 */
export const readerWordsSchema = z.object({
  /** Stable id of the row. */
  id: slugSchema,
  /** Wordings the site's pages use, separated by semicolons ("metastases; metastasis; metastatic"). */
  siteTerms: nonEmptyList,
  /** Wordings readers use instead, separated by semicolons ("mets; secondaries; spread"). */
  readerWords: nonEmptyList,
  kind: readerWordKindSchema,
});

export type ReaderWords = z.output<typeof readerWordsSchema>;

/** What a source names: the things a reader may search for by the source's own word. */
export const SOURCE_TERM_KINDS = ['procedure', 'drug', 'test', 'scale', 'condition'] as const;
export const sourceTermKindSchema = z.enum(SOURCE_TERM_KINDS, { error: `must be one of: ${SOURCE_TERM_KINDS.join(', ')}` });

/**
 * One row of content/search/source-terms.csv: a procedure, drug, test, scale or named condition as one of the
 * five source texts prints it. Search must find a page or glossary entry for every row.
 */
export const sourceTermSchema = z.object({
  /** The term as the source writes it (singular where the source uses both). */
  term: z.string().trim().min(1, 'must not be empty'),
  kind: sourceTermKindSchema,
  /** File name of the source text the term was taken from, as in a source's `text` field. */
  text: z.string().regex(/^[\w.-]+\.txt$/, 'must be the file name of a source text, e.g. "003_2d921bcdaa4747b7.txt"'),
});

export type SourceTerm = z.output<typeof sourceTermSchema>;
