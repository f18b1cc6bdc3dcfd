import { z } from 'astro/zod';
import { isoDateSchema, plainText, slugSchema, TEXT_LIMITS } from './common.ts';

/** One dated change to the review (an item of content/changelog.yaml); read by the changelog page. */
export const changelogEntrySchema = z.object({
  /** Stable id; the entry's anchor on the changelog page. */
  id: slugSchema,
  /** Day the change was published. */
  date: isoDateSchema,
  /** Release of the review the change went out in (the package version). */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a release number such as 1.2.0'),
  /** One-line name of the change. */
  title: plainText(TEXT_LIMITS.name),
  /** What changed, one item per line, in words (figures live in the data). */
  changes: z.array(plainText(TEXT_LIMITS.sentences)).min(1, 'must list at least one change'),
  /** Ids of the sources whose pages or figures the change touched. */
  sources: z.array(slugSchema).default([]),
});

export type ChangelogEntry = z.output<typeof changelogEntrySchema>;
