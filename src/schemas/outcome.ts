import { z } from 'astro/zod';
import { optionalCell, plainTextSchema, reportedNumberSchema, slugSchema } from './common.ts';
import { locatorKindSchema } from './locator.ts';
import { quoteTextSchema } from './quote.ts';
import { cancerSchema, treatmentIdSchema } from './vocabulary.ts';

/** What a figure measures. Labels and the comparison-table row each belongs to live beside the codes. */
export const MEASURES = {
  'overall-survival': { label: 'Overall survival', theme: 'survival', timed: true },
  'recurrence-free-survival': { label: 'Recurrence-free survival', theme: 'survival', timed: true },
  'survival-unspecified': { label: 'Survival (the source does not say which kind)', theme: 'survival', timed: true },
  'median-survival': { label: 'Median survival', theme: 'survival', timed: true },
  'mean-survival': { label: 'Average survival', theme: 'survival', timed: true },
  'survival-comparison': { label: 'Comparison of survival between groups', theme: 'survival' },
  recurrence: { label: 'Recurrence', theme: 'recurrence' },
  'recurrence-or-progression': { label: 'Recurrence or progression', theme: 'recurrence' },
  'time-to-recurrence': { label: 'Time to recurrence', theme: 'recurrence', timed: true },
  'repeat-surgery': { label: 'Repeat surgery for recurrence', theme: 'recurrence' },
  'complications-grade-1-2': { label: 'Complications, Clavien–Dindo grade 1–2', theme: 'safety' },
  'complications-grade-3': { label: 'Complications, Clavien–Dindo grade 3', theme: 'safety' },
  'mortality-30-day': { label: 'Deaths within 30 days of surgery', theme: 'safety' },
  'hospital-stay': { label: 'Hospital stay', theme: 'safety' },
  'symptom-relief': { label: 'Duration of symptom relief', theme: 'symptoms', timed: true },
  'margin-width': { label: 'Surgical margin width', theme: 'surgery' },
  'margin-positive': { label: 'Tumour at the surgical margin', theme: 'surgery' },
  'tumour-size': { label: 'Tumour size', theme: 'surgery' },
  'metastasis-count': { label: 'Number of liver metastases', theme: 'surgery' },
  procedure: { label: 'Operation performed', theme: 'surgery' },
  'chemotherapy-cycles': { label: 'Cycles of drug treatment before surgery', theme: 'surgery' },
  age: { label: 'Age', theme: 'cohort' },
  'interval-to-metastasis': { label: 'Time from first diagnosis to liver metastasis', theme: 'cohort' },
  characteristic: { label: 'Patients with', theme: 'cohort' },
  'follow-up': { label: 'Follow-up', theme: 'cohort' },
  'studies-included': { label: 'Studies included', theme: 'cohort' },
  'share-of-liver-metastases': { label: 'Share of all liver metastases', theme: 'context' },
  'debulking-threshold': { label: 'Share of tumour removed in debulking', theme: 'context' },
} as const satisfies Record<string, { label: string; theme: string; timed?: true }>;

/** Measures of time (survival, time to an event), which must say from when the time is counted. */
export function isTimedMeasure(measure: Measure): boolean {
  // Refinements also run on rows whose measure failed the enum, so an unknown code must not throw.
  return Object.hasOwn(MEASURES, measure) && 'timed' in MEASURES[measure];
}

/** A figure that runs over time: a survival or time measure, or any rate at a time point. */
export function countsTime(row: { measure: Measure; timepointMonths?: number | undefined }): boolean {
  return isTimedMeasure(row.measure) || row.timepointMonths !== undefined;
}

/** Headings the key-figures panels group measures under, in reading order. */
export const THEMES = {
  survival: 'Survival',
  recurrence: 'Recurrence and repeat treatment',
  safety: 'Safety and hospital stay',
  symptoms: 'Symptom relief',
  surgery: 'Surgery and tumour details',
  cohort: 'Who was in the study',
  context: 'Background figures (not about people treated for liver metastases)',
} as const;
export type Theme = keyof typeof THEMES;

export type Measure = keyof typeof MEASURES;
export const MEASURE_CODES = Object.keys(MEASURES) as [Measure, ...Measure[]];
export const measureSchema = z.enum(MEASURE_CODES, { error: `must be one of: ${MEASURE_CODES.join(', ')}` });

/** How a value is to be read. */
export const STATISTICS = ['rate', 'median', 'mean', 'count', 'range-across-studies', 'threshold', 'p-value'] as const;
export const statisticSchema = z.enum(STATISTICS, { error: `must be one of: ${STATISTICS.join(', ')}` });

/**
 * How the figure was worked out, which decides how it may be put in plain words: only a Kaplan–Meier
 * median may read "half lived longer than".
 */
export const METHODS = ['kaplan-meier', 'observed', 'not-stated'] as const;
export const methodSchema = z.enum(METHODS, { error: `must be one of: ${METHODS.join(', ')}` });
export type Method = z.output<typeof methodSchema>;

/**
 * Whether a figure is about people with liver metastases treated in the liver (the review's subject),
 * or context: background figures, other populations, people screened but not treated.
 */
export const SCOPES = ['treated', 'context'] as const;
export const scopeSchema = z.enum(SCOPES, { error: `must be one of: ${SCOPES.join(', ')}` });

/** Units a figure may carry; "%" is checked to lie within 0–100. */
export const UNITS = ['%', 'months', 'days', 'years', 'mm', 'patients', 'metastases', 'cycles', 'studies', 'none'] as const;
export const unitSchema = z.enum(UNITS, { error: `must be one of: ${UNITS.join(', ')}` });

/** Words the source puts before a figure ("almost 10%", "more than 70%"). */
export const QUALIFIERS = ['almost', 'approaching', 'more-than', 'less-than', 'at-most', 'exceeding'] as const;
export const qualifierSchema = z.enum(QUALIFIERS, { error: `must be one of: ${QUALIFIERS.join(', ')}` });

/** One figure a source reports (one row of content/outcomes/<source>.csv); read by source pages, comparisons, charts and downloads. */
export const outcomeSchema = z
  .object({
    /** Stable id, unique across all sources; it is the figure's anchor on every page. */
    id: slugSchema,
    /** Id of the source document. */
    source: slugSchema,
    /** Primary cancer of the patients the figure describes. */
    cancer: cancerSchema,
    /** Id of one of the source's groups. */
    group: slugSchema,
    /** What was measured. */
    measure: measureSchema,
    /** Words that narrow the measure, e.g. "men" or "synchronous resection". */
    detail: optionalCell(plainTextSchema),
    /** Time after surgery the figure applies to, in months (12 = one year). */
    timepointMonths: optionalCell(
      z.coerce
        .number({ error: 'must be a number of months (e.g. 12 for one year)' })
        .int('must be a whole number of months')
        .positive('must be after surgery'),
    ),
    /** How the value is to be read. */
    statistic: statisticSchema,
    /** The figure itself, as printed. */
    value: optionalCell(reportedNumberSchema),
    /** Lower end of a range (across studies, or the lowest individual value), as printed. */
    low: optionalCell(reportedNumberSchema),
    /** Upper end of the range, as printed. */
    high: optionalCell(reportedNumberSchema),
    /** Percentage printed beside a count ("12 (92.3%)"), as printed. */
    sharePercent: optionalCell(reportedNumberSchema),
    /** Standard deviation, where a mean is given with one. */
    sd: optionalCell(reportedNumberSchema),
    /** Unit of value, low and high. */
    unit: unitSchema,
    /** Word printed before the figure. */
    qualifier: optionalCell(qualifierSchema),
    /** Part of the source the figure is printed in. */
    locator: locatorKindSchema,
    /** Table or figure number, or the section heading. */
    locatorDetail: optionalCell(plainTextSchema),
    /** Anything a reader must know to use the figure. */
    note: optionalCell(plainTextSchema),
    /** The source's words that print the figure: a sentence or less, or the table row; the build finds it in the source's text. */
    quote: quoteTextSchema,
    /** Whether the figure is about people with liver metastases treated in the liver, or context. */
    scope: scopeSchema,
    /** Treatment the figure measured; empty where it measures no single treatment (who was in the study, background). */
    treatment: optionalCell(treatmentIdSchema),
    /** How the figure was worked out, as the source says. */
    method: methodSchema,
    /** For survival and other times: what the time is counted from, as printed, or "not stated". */
    countedFrom: optionalCell(plainTextSchema),
  })
  .refine((row) => row.value !== undefined || (row.low !== undefined && row.high !== undefined), {
    message: 'needs a value, or both low and high',
    path: ['value'],
  })
  .refine((row) => (row.low === undefined) === (row.high === undefined), {
    message: 'low and high go together: give both or neither',
    path: ['high'],
  })
  .refine((row) => row.statistic !== 'range-across-studies' || (row.low !== undefined && row.value === undefined), {
    message: 'a range across studies has low and high but no single value',
    path: ['statistic'],
  })
  .refine((row) => !countsTime(row) || row.countedFrom !== undefined, {
    message: 'a survival, time or time-point figure must say what the time is counted from, as printed, or "not stated"',
    path: ['countedFrom'],
  })
  .refine((row) => countsTime(row) || row.countedFrom === undefined, {
    message: 'only survival, time and time-point figures are counted from an event: leave countedFrom empty',
    path: ['countedFrom'],
  })
  .refine((row) => row.measure !== 'median-survival' || row.statistic === 'median' || row.statistic === 'range-across-studies', {
    message: 'a median survival must be a median (or a range of medians across studies); an average is mean-survival',
    path: ['statistic'],
  })
  .refine((row) => (row.statistic === 'p-value') === (row.unit === 'none'), {
    message: 'a p-value has unit none, and only a p-value has no unit',
    path: ['unit'],
  })
  .refine((row) => row.statistic !== 'p-value' || (row.value !== undefined && row.value.value >= 0 && row.value.value <= 1), {
    message: 'a p-value is a single value between 0 and 1',
    path: ['value'],
  })
  .refine((row) => row.measure !== 'mean-survival' || row.statistic === 'mean', {
    message: 'an average survival must have statistic mean',
    path: ['statistic'],
  })
  .refine((row) => row.measure !== 'characteristic' || row.detail !== undefined, {
    message: 'a characteristic needs a detail naming it (e.g. "men")',
    path: ['detail'],
  })
  .refine((row) => (row.locator !== 'table' && row.locator !== 'figure' ? true : row.locatorDetail !== undefined), {
    message: 'a table or figure locator needs its number in locatorDetail (e.g. "Table 2")',
    path: ['locatorDetail'],
  })
  .superRefine((row, ctx) => {
    const percentFields = row.unit === '%' ? (['value', 'low', 'high', 'sharePercent'] as const) : (['sharePercent'] as const);
    for (const key of percentFields) {
      const figure = row[key];
      if (figure && (figure.value < 0 || figure.value > 100)) {
        ctx.addIssue({ code: 'custom', message: `is ${figure.text}%, but a percentage must lie between 0 and 100`, path: [key] });
      }
    }
  });

export type Outcome = z.output<typeof outcomeSchema>;
