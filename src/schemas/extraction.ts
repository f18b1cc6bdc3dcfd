import { z } from 'astro/zod';
import { plainTextSchema, slugSchema } from './common.ts';

const regexSchema = z.string().refine((text) => {
  try {
    new RegExp(text, 'g');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

/**
 * One rule naming numbers of a source's text that are deliberately not data (page numbers, reference
 * numbers, identifiers, dates of receipt); every other number the text prints must be a data row.
 * Read by the extraction-completeness test.
 */
export const leftOutRuleSchema = z.discriminatedUnion('type', [
  z.object({
    id: slugSchema,
    /** From the first occurrence of `from` to the end of the first later occurrence of `to`, or to the end of the text. */
    type: z.literal('section'),
    from: z.string().min(1),
    to: z.string().min(1).nullable().default(null),
    reason: plainTextSchema,
  }),
  z.object({
    id: slugSchema,
    /** A verbatim passage of the text; the numbers inside it are left out. */
    type: z.literal('quote'),
    quote: z.string().min(1),
    reason: plainTextSchema,
  }),
  z.object({
    id: slugSchema,
    /** A regular expression run over the whole text; numbers inside its matches are left out. */
    type: z.literal('match'),
    regex: regexSchema,
    reason: plainTextSchema,
  }),
]);

export type LeftOutRule = z.output<typeof leftOutRuleSchema>;
