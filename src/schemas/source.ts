import { z } from 'astro/zod';
import {
  httpUrlSchema,
  isoDateSchema,
  plainText,
  plainTextSchema,
  slugSchema,
  TEXT_LIMITS,
  yearOrMonthSchema,
  yearSchema,
} from './common.ts';
import { cancerSchema, sourceKindSchema, treatmentIdSchema } from './vocabulary.ts';

/** A person named as an author, split so citation styles can abbreviate given names. */
const authorSchema = z.object({
  /** Family name as printed. */
  family: plainTextSchema,
  /** Given names or initials as printed. */
  given: plainTextSchema.optional(),
});

/** A patient group the source reports figures for; outcome records point at it by id. */
const groupSchema = z.object({
  /** Id used by outcome and patient records (e.g. "all", "solitary-liver"). */
  id: slugSchema,
  /** Plain description of who is in the group. */
  label: plainTextSchema,
  /** Number of patients in the group, when the source gives it. */
  size: z.number().int('must be a whole number of patients').positive('must be at least one patient').optional(),
});

/**
 * A place where the source disagrees with itself. The page shows the figures of the listed records
 * side by side, so the note's own words carry no numbers.
 */
const dataQualityNoteSchema = z.object({
  /** Stable anchor for the note. */
  id: slugSchema,
  /** One-line statement of the disagreement. */
  title: plainTextSchema,
  /** What the reader should make of it. */
  detail: plainTextSchema,
  /** Outcome record ids whose figures disagree. */
  records: z.array(slugSchema).default([]),
});

/** Front matter of one source page (content/sources/*.mdx); read by the source pages, lists, tables and citations. */
export const sourceSchema = z.object({
  /** Short stable id; the page lives at /sources/<id>/. */
  id: slugSchema,
  /** Title exactly as the document gives it; omitted where the copy held has none. */
  title: plainTextSchema.optional(),
  /**
   * File name of the source's own text in the source-texts folder (LMS_SOURCE_TEXTS_DIR, by default ../shared/seeds);
   * every quote of the source is checked against it.
   */
  text: z.string().regex(/^[\w.-]{1,120}\.txt$/, 'must be the file name of the source text, e.g. "003_2d921bcdaa4747b7.txt"'),
  /** Name the site uses for the source. */
  shortTitle: plainTextSchema,
  /** Authors as printed, in order; empty for organisation pages or where the copy names none. */
  authors: z.array(authorSchema).default([]),
  /** True where the copy names only the first author ("et al."). */
  authorsIncomplete: z.boolean().default(false),
  /** Publishing organisation, for patient pages. */
  organisation: plainTextSchema.optional(),
  /** Year of publication, where the document gives it. */
  year: yearSchema.optional(),
  /** Journal name as printed. */
  journal: plainTextSchema.optional(),
  /** Volume and article number as printed. */
  volume: plainTextSchema.optional(),
  articleNumber: plainTextSchema.optional(),
  /** DOI exactly as printed in the source (never looked up or guessed). */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S{1,200}$/, 'must be a DOI as printed, starting "10."')
    .optional(),
  /** Web address exactly as printed in the source. */
  url: httpUrlSchema.optional(),
  /** Licence the document states. */
  licence: plainTextSchema.optional(),
  /** Kind of evidence. */
  kind: sourceKindSchema,
  /** Primary cancer(s) covered. */
  cancers: z.array(cancerSchema).min(1, 'must name at least one primary cancer'),
  /** Country of the hospital or organisation. */
  country: plainTextSchema,
  /** Hospital or organisation where the work was done. */
  setting: plainTextSchema.optional(),
  /** Period the patients were treated or the literature searched. */
  studyPeriod: z.object({ start: yearOrMonthSchema, end: yearOrMonthSchema }).optional(),
  /** Patients in the source's own cohort (for a review, patients across its series). */
  patients: z.number().int().positive().optional(),
  /** Studies pooled, for a review. */
  studies: z.number().int().positive().optional(),
  /** Treatments studied or described. */
  treatments: z.array(treatmentIdSchema).min(1, 'must name at least one treatment'),
  /** Groups the figures are reported for. */
  groups: z.array(groupSchema).default([]),
  /** Short plain-language limits of the source, one per item. */
  limitations: z.array(plainTextSchema).min(1, 'must list at least one limitation'),
  /** Disagreements inside the source. */
  dataQuality: z.array(dataQualityNoteSchema).default([]),
  /** Date the summary and figures were last checked against the source. */
  lastReviewed: isoDateSchema,
  /** Short description for search results and link previews. */
  description: plainText(TEXT_LIMITS.sentences),
});

export type Source = z.output<typeof sourceSchema>;
export type SourceGroup = z.output<typeof groupSchema>;
export type DataQualityNote = z.output<typeof dataQualityNoteSchema>;
