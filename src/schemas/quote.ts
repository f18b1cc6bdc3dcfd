import { z } from 'astro/zod';
import { plainTextSchema } from './common.ts';
import { locatorKindSchema } from './locator.ts';

/** Longest quote accepted: a sentence or a table row, never a paragraph. */
export const QUOTE_MAX_LENGTH = 400;

/** Verbatim words of a source, checked by the build against the source's own text. */
export const quoteTextSchema = plainTextSchema.pipe(
  z.string().max(QUOTE_MAX_LENGTH, `must be a sentence or less of the source (at most ${QUOTE_MAX_LENGTH} characters)`),
);

/** What a source says in support of a classification or claim, and where it says it. */
export const sourceQuoteSchema = z.object({
  /** The source's own words, a sentence or less, copied exactly (layout aside). */
  quote: quoteTextSchema,
  /** Part of the source the words are printed in. */
  locator: locatorKindSchema,
  /** Table or figure number, or the section heading. */
  locatorDetail: plainTextSchema.optional(),
});

export type SourceQuote = z.output<typeof sourceQuoteSchema>;
