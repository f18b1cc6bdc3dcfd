import { z } from 'astro/zod';

/**
 * Longest text each kind of field may hold, in characters. Generous for what the field is for, far short of a
 * pasted page: a longer value is a copy-and-paste accident, and it would break layouts, previews and search results.
 */
export const TEXT_LIMITS = {
  /** Ids and anchors. */
  id: 80,
  /** A name, label, title or short phrase on one line. */
  name: 200,
  /** One to three sentences: descriptions, definitions, limitations, notes. */
  sentences: 600,
  /** A short paragraph: data-quality details, verbatim passages. */
  paragraph: 2000,
  /** A web address. */
  url: 2000,
} as const;

/** Year of this build: no source, review or change can be dated after it. */
export const BUILD_YEAR = new Date().getUTCFullYear();

/** Lower-case words joined by hyphens: safe as a URL segment and as an HTML anchor. */
export const slugSchema = z
  .string()
  .max(TEXT_LIMITS.id, { error: `must be at most ${TEXT_LIMITS.id} characters`, abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (e.g. "overall-survival-5y")');

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/** Text shown as-is on pages: trimmed, non-empty, at most `max` characters, and never HTML (a tag would be escaped or, worse, trusted). */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, { error: (issue) => `is ${String((issue.input as string).length)} characters long; at most ${max} fit here`, abort: true })
    .refine((text) => !HTML_TAG.test(text), 'must be plain text: remove the HTML tag');
}

/** Plain text of a field that states no tighter limit. */
export const plainTextSchema = plainText(TEXT_LIMITS.paragraph);

/** A web address readers can follow: http or https only, so a value such as "javascript:…" never becomes a link. */
export const httpUrlSchema = z
  .string()
  .max(TEXT_LIMITS.url, { error: `must be at most ${TEXT_LIMITS.url} characters`, abort: true })
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a full web address starting https:// (or http://)' }));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a day that exists on the calendar (no 13th month, no 30 February). */
function isCalendarDate(text: string): boolean {
  const [, year, month, day] = ISO_DATE.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** A calendar date written YYYY-MM-DD, not after this build's year; YAML may hand it over as a Date, so both are accepted and kept as text. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(
    z
      .string()
      .regex(ISO_DATE, { error: 'must be a date written YYYY-MM-DD', abort: true })
      .refine(isCalendarDate, { error: (issue) => `is ${String(issue.input)}, which is not a day on the calendar`, abort: true })
      .refine((text) => Number(text.slice(0, 4)) <= BUILD_YEAR, `must not be after ${BUILD_YEAR}, the year of this build`),
  );

/** A year of publication or of a study: four digits, not after this build's year. */
export const yearSchema = z
  .number({ error: 'must be a year written with four digits' })
  .int('must be a year written with four digits')
  .min(1900, 'must be 1900 or later')
  .max(BUILD_YEAR, `must not be after ${BUILD_YEAR}, the year of this build`);

/** A month written YYYY-MM, or a year alone, as precise as the source is; never after this build's year. */
export const yearOrMonthSchema = z
  .union([z.number(), z.string()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { error: 'must be a year (2010) or a month written YYYY-MM (2010-03)', abort: true })
      .refine((text) => Number(text.slice(0, 4)) <= BUILD_YEAR, `must not be after ${BUILD_YEAR}, the year of this build`),
  );

/**
 * A figure exactly as the source prints it. The text keeps the source's precision
 * ("0.0", "25.0") so nothing is rounded or padded on the way to the page; the number is for sorting and checks.
 * Every figure is a share, count, duration or size, so none is below zero.
 */
export const reportedNumberSchema = z
  .union([z.string(), z.number()])
  .transform((raw) => String(raw).trim())
  .pipe(
    z
      .string()
      .refine((text) => !text.startsWith('-'), {
        error: (issue) => `is ${String(issue.input)}, below zero; figures here are shares, counts, durations or sizes`,
        abort: true,
      })
      .regex(/^\d{1,9}(?:\.\d{1,6})?$/, 'must be a number written as the source gives it (e.g. 83.1 or 0.0)'),
  )
  .transform((text) => ({ text, value: Number(text) }));

export type ReportedNumber = z.output<typeof reportedNumberSchema>;

/** An optional CSV cell: empty text means "not given". */
export function optionalCell<T extends z.ZodType>(schema: T) {
  return z.preprocess((raw) => (raw === '' || raw === null ? undefined : raw), schema.optional());
}
