import { z } from 'astro/zod';
import { optionalCell, plainTextSchema, reportedNumberSchema, slugSchema } from './common.ts';
import { locatorKindSchema } from './locator.ts';
import { quoteTextSchema } from './quote.ts';

/** Vital status at last follow-up, mapped from the table's own word (kept in statusAsReported). */
export const VITAL_STATUSES = ['dead', 'alive-disease-free', 'alive-on-treatment', 'unknown'] as const;
export const vitalStatusSchema = z.enum(VITAL_STATUSES, { error: `must be one of: ${VITAL_STATUSES.join(', ')}` });
export type VitalStatus = z.output<typeof vitalStatusSchema>;

/** One patient row of a table in a source (content/patients/<source>.csv); read by the patient tables, survival charts and Kaplan–Meier estimate. */
export const patientSchema = z.object({
  /** Stable id, unique across sources. */
  id: slugSchema,
  /** Id of the source document. */
  source: slugSchema,
  /** Id of one of the source's groups. */
  group: slugSchema,
  /** Table the row is printed in. */
  locator: locatorKindSchema,
  /** Table number, e.g. "Table 2". */
  locatorDetail: plainTextSchema,
  /** Case number as printed in the table. */
  caseNumber: z.coerce
    .number({ error: 'must be the case number printed in the table' })
    .int()
    .positive('must be the case number printed in the table'),
  /** Age in years at surgery. */
  age: z.coerce.number({ error: 'must be an age in years' }).int('must be whole years').min(0).max(120, 'must be an age in years'),
  /** Sex as printed (F or M). */
  sex: z.enum(['F', 'M'], { error: 'must be F or M as printed' }),
  /** Site of the primary tumour. */
  primary: optionalCell(plainTextSchema),
  /** Tumour stage as printed (e.g. T3N1 or T2N2M0). */
  stage: optionalCell(plainTextSchema),
  /** Other per-patient columns as printed, joined with "; ". */
  details: optionalCell(plainTextSchema),
  /** Operation(s) recorded for the patient. */
  operation: plainTextSchema,
  /** The interval, in months, a table prints before the first recurrence ("Interval (mt)"); the table says no more about it. */
  intervalMonths: optionalCell(reportedNumberSchema),
  /** Survival in months as printed. */
  survivalMonths: reportedNumberSchema,
  /** Status at last follow-up; "unknown" where the table gives none. */
  status: vitalStatusSchema,
  /** Status word exactly as printed, if any. */
  statusAsReported: optionalCell(plainTextSchema),
  /** What the survival time is counted from, as printed, or "not stated". */
  countedFrom: plainTextSchema,
  /** The table row as printed; the build finds it in the source's text. */
  quote: quoteTextSchema,
});

export type Patient = z.output<typeof patientSchema>;
