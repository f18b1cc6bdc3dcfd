import { stringify } from 'csv-stringify/sync';
import type { z } from 'astro/zod';
import { outcomeSchema, type Outcome } from '../../src/schemas/outcome.ts';
import { patientSchema, type Patient } from '../../src/schemas/patient.ts';
import type { ReportedNumber } from '../../src/schemas/common.ts';
import { DATA_LICENCE } from './licence.ts';

/** Columns in schema order: the same order, names and meaning as the content files and the data dictionary. */
export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

function isReportedNumber(value: unknown): value is ReportedNumber {
  return typeof value === 'object' && value !== null && 'text' in value && 'value' in value;
}

/** A cell as a content author would type it: printed numbers keep their text, missing values are empty. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (isReportedNumber(value)) return value.text;
  return String(value);
}

function recordsCsv(records: readonly object[], columns: readonly string[]): string {
  const rows = records.map((record) => columns.map((column) => cellText((record as Record<string, unknown>)[column])));
  return stringify([columns, ...rows], { record_delimiter: 'unix' });
}

export const outcomesCsv = (outcomes: readonly Outcome[]): string => recordsCsv(outcomes, columnsOf(outcomeSchema));
export const patientsCsv = (patients: readonly Patient[]): string => recordsCsv(patients, columnsOf(patientSchema));

/**
 * The validated records with their licence. Printed numbers stay objects of their printed text and their
 * numeric value, exactly as the schema outputs them, so no precision is lost either way.
 */
export function outcomesJson(outcomes: readonly Outcome[]): string {
  const columns = columnsOf(outcomeSchema);
  const records = outcomes.map((outcome) =>
    Object.fromEntries(columns.map((column) => [column, (outcome as Record<string, unknown>)[column] ?? null])),
  );
  return `${JSON.stringify({ licence: DATA_LICENCE, records }, null, 2)}\n`;
}
