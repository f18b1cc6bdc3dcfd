import { z } from 'astro/zod';
import { isoDateSchema, plainText, slugSchema, TEXT_LIMITS } from './common.ts';

/**
 * Front matter of one treatment page (content/treatments/<treatment id>.mdx); read by the treatment pages,
 * the treatments list and search. The file name is the treatment id; the sources and questions that
 * link to it are found from their own records, so they are not repeated here.
 */
export const treatmentSchema = z.object({
  /** Other names patients, nurses and papers use ("partial hepatectomy", "TACE"); shown under the heading and weighed by search. */
  otherNames: z.array(plainText(TEXT_LIMITS.name)).default([]),
  /** One or two sentences for the treatments list, search results and link previews. */
  description: plainText(TEXT_LIMITS.sentences),
  /** Outcome record ids shown in the key-figures table with their source and locator. */
  figures: z.array(slugSchema).default([]),
  /** Date the page was last checked against its sources. */
  lastReviewed: isoDateSchema,
});

export type Treatment = z.output<typeof treatmentSchema>;
