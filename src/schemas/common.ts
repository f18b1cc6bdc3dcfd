import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: safe as a URL segment and as an HTML anchor. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (e.g. "overall-survival-5y")');

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/** Text shown as-is on pages: trimmed, non-empty, and never HTML (a tag would be escaped or, worse, trusted). */
export const plainTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => !HTML_TAG.test(text), 'must be plain text: remove the HTML tag');

/** A calendar date written YYYY-MM-DD; YAML may hand it over as a Date, so both are accepted and kept as text. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

/**
 * A figure exactly as the source prints it. The text keeps the source's precision
 * ("0.0", "25.0") so nothing is rounded or padded on the way to the page; the number is for sorting and checks.
 */
export const reportedNumberSchema = z
  .union([z.string(), z.number()])
  .transform((raw) => String(raw).trim())
  .pipe(z.string().regex(/^-?\d+(?:\.\d+)?$/, 'must be a number written as the source gives it (e.g. 83.1 or 0.0)'))
  .transform((text) => ({ text, value: Number(text) }));

export type ReportedNumber = z.output<typeof reportedNumberSchema>;

/** An optional CSV cell: empty text means "not given". */
export function optionalCell<T extends z.ZodType>(schema: T) {
  return z.preprocess((raw) => (raw === '' || raw === null ? undefined : raw), schema.optional());
}
