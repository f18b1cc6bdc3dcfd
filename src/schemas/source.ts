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
import { sourceQuoteSchema } from './quote.ts';
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

/** Patient-row fields a data-quality note may count or range over. */
export const PATIENT_TEXT_FIELDS = ['stage', 'details', 'operation', 'primary'] as const;
export const PATIENT_NUMBER_FIELDS = ['age', 'survivalMonths', 'intervalMonths'] as const;

/**
 * Arithmetic a note asks the page to work out from the data, so the note can show its sums without
 * typing a number: the figures come from the records it names.
 */
const arithmeticSchema = z.discriminatedUnion('kind', [
  z.object({
    /** The parts are added and set against a total record, or against a group's size. */
    kind: z.literal('sum'),
    parts: z.array(slugSchema).min(2, 'a sum needs at least two parts'),
    total: slugSchema.optional(),
    totalGroup: slugSchema.optional(),
  }),
  z.object({
    /** One record minus others, set against another record. */
    kind: z.literal('difference'),
    from: slugSchema,
    minus: z.array(slugSchema).min(1),
    compare: slugSchema,
  }),
  z.object({
    /** The source's patient rows whose field matches a pattern are counted and set against a record. */
    kind: z.literal('patient-count'),
    record: slugSchema,
    field: z.enum(PATIENT_TEXT_FIELDS),
    /** What the matching rows have, in words: "with nodal stage N1". */
    label: plainTextSchema,
    /** A regular expression, e.g. "N1(?!\\d)". */
    pattern: z
      .string()
      .min(1)
      .refine((text) => {
        try {
          new RegExp(text);
          return true;
        } catch {
          return false;
        }
      }, 'must be a valid regular expression'),
  }),
  z.object({
    /** The largest or smallest value of a patient-row field, set against a record's value. */
    kind: z.literal('patient-extreme'),
    record: slugSchema,
    field: z.enum(PATIENT_NUMBER_FIELDS),
    which: z.enum(['largest', 'smallest']),
  }),
  z.object({
    /** The lowest and highest value of a patient-row field, set against a record's printed range. */
    kind: z.literal('patient-range'),
    record: slugSchema,
    field: z.enum(PATIENT_NUMBER_FIELDS),
  }),
]);

export type Arithmetic = z.output<typeof arithmeticSchema>;

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
  /** Sums and counts the page works out from the data to show the disagreement. */
  arithmetic: z.array(arithmeticSchema).default([]),
  /** Which side the source's own tables rule out, where they do; "cannot tell" otherwise. */
  verdict: plainTextSchema.optional(),
});

/**
 * The source's own words behind each classification the review gives it. A classification without
 * words of the source to rest on is the review's guess, so the schema refuses it.
 */
const evidenceSchema = z.object({
  /** Words showing the kind of evidence (its design). */
  kind: sourceQuoteSchema,
  /** Words naming each primary cancer listed in `cancers`. */
  cancers: z.partialRecord(cancerSchema, sourceQuoteSchema).default({}),
  /** Words naming the country. */
  country: sourceQuoteSchema,
  /** Words naming the hospital or organisation given in `setting`. */
  setting: sourceQuoteSchema.optional(),
  /** Words giving the period in `studyPeriod`. */
  studyPeriod: sourceQuoteSchema.optional(),
  /** Words giving the number in `patients`. */
  patients: sourceQuoteSchema.optional(),
  /** Words giving the number in `studies`. */
  studies: sourceQuoteSchema.optional(),
  /** Words giving the date in `followUpEnd`. */
  followUpEnd: sourceQuoteSchema.optional(),
  /** Words naming each treatment listed in `treatments`. */
  treatments: z.partialRecord(treatmentIdSchema, sourceQuoteSchema).default({}),
  /** Words defining each group listed in `groups` (and its size, where given). */
  groups: z.record(slugSchema, sourceQuoteSchema).default({}),
});

/** Classifications given on their own that must each have the source's words in `evidence`. */
const QUOTED_FIELDS = ['setting', 'studyPeriod', 'patients', 'studies', 'followUpEnd'] as const;

/** Front matter of one source page (content/sources/*.mdx); read by the source pages, lists, tables and citations. */
export const sourceSchema = z
  .object({
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
    /** Last day of follow-up, where the source gives it. */
    followUpEnd: isoDateSchema.optional(),
    /** The source's own words behind each classification above. */
    evidence: evidenceSchema,
    /** Date the summary and figures were last checked against the source. */
    lastReviewed: isoDateSchema,
    /** Short description for search results and link previews. */
    description: plainText(TEXT_LIMITS.sentences),
  })
  .superRefine((source, ctx) => {
    const need = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { evidence } = source;
    for (const cancer of source.cancers) {
      if (!evidence.cancers[cancer]) need(['evidence', 'cancers', cancer], 'needs a quote of the source naming this cancer');
    }
    for (const treatment of source.treatments) {
      if (!evidence.treatments[treatment]) {
        need(
          ['evidence', 'treatments', treatment],
          'needs a quote of the source naming this treatment: a source lists a treatment only with its own words',
        );
      }
    }
    for (const id of Object.keys(evidence.treatments)) {
      if (!source.treatments.some((treatment) => treatment === id))
        need(['evidence', 'treatments', id], 'quotes a treatment missing from treatments: list it there or remove the quote');
    }
    for (const group of source.groups) {
      if (!evidence.groups[group.id]) need(['evidence', 'groups', group.id], 'needs a quote of the source defining this group');
    }
    for (const id of Object.keys(evidence.groups)) {
      if (!source.groups.some((group) => group.id === id))
        need(['evidence', 'groups', id], 'quotes a group missing from groups: add the group or remove the quote');
    }
    for (const field of QUOTED_FIELDS) {
      if (source[field] !== undefined && !evidence[field]) need(['evidence', field], `needs a quote of the source giving ${field}`);
      if (source[field] === undefined && evidence[field])
        need(['evidence', field], `quotes ${field}, which the front matter does not give`);
    }
  });

export type Source = z.output<typeof sourceSchema>;
export type SourceGroup = z.output<typeof groupSchema>;
export type DataQualityNote = z.output<typeof dataQualityNoteSchema>;
