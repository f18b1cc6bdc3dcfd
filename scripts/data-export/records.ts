import { stringify } from 'csv-stringify/sync';
import type { ReportedNumber } from '../../src/schemas/common.ts';
import { DATA_LICENCE } from './licence.ts';
import type { TableDefinition } from './tables.ts';

/** Column names in schema order: the same order, names and meaning as the content files and the data dictionary. */
export function columnsOf(table: Pick<TableDefinition, 'columns'>): string[] {
  return table.columns.map((column) => column.name);
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

/** The table as CSV: a header row of column names, then one row per record, Unix line ends. */
export function tableCsv(table: Pick<TableDefinition, 'columns'>, records: readonly object[]): string {
  const columns = columnsOf(table);
  const rows = records.map((record) => columns.map((column) => cellText((record as Record<string, unknown>)[column])));
  return stringify([columns, ...rows], { record_delimiter: 'unix' });
}

/**
 * The validated records with their licence, each with every column (null where the source gives none).
 * Printed numbers stay objects of their printed text and their numeric value, exactly as the schema
 * outputs them, so no precision is lost either way.
 */
export function tableJson(table: Pick<TableDefinition, 'columns'>, records: readonly object[]): string {
  const columns = columnsOf(table);
  const rows = records.map((record) =>
    Object.fromEntries(columns.map((column) => [column, (record as Record<string, unknown>)[column] ?? null])),
  );
  return `${JSON.stringify({ licence: DATA_LICENCE, records: rows }, null, 2)}\n`;
}
