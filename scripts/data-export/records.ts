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

/** Records stringified at a time: the CSV library quotes each field on its own, so batches join into the whole. */
const RECORDS_PER_PIECE = 500;

/**
 * The table as CSV, piece by piece: a header row of column names, then one row per record, Unix line ends. In pieces
 * because the outcomes table of a large review is tens of megabytes, which the build should not hold as one string.
 */
export function* tableCsvPieces(table: Pick<TableDefinition, 'columns'>, records: readonly object[]): Generator<string> {
  const columns = columnsOf(table);
  yield stringify([columns], { record_delimiter: 'unix' });
  for (let start = 0; start < records.length; start += RECORDS_PER_PIECE) {
    const batch = records.slice(start, start + RECORDS_PER_PIECE);
    yield stringify(
      batch.map((record) => columns.map((column) => cellText((record as Record<string, unknown>)[column]))),
      { record_delimiter: 'unix' },
    );
  }
}

/** One record with every column of its table, null where the source gives none. */
function recordWithEveryColumn(columns: readonly string[], record: object): Record<string, unknown> {
  return Object.fromEntries(columns.map((column) => [column, (record as Record<string, unknown>)[column] ?? null]));
}

/** Where each record sits in the file: inside the records array of the top object, two levels of two spaces. */
const RECORD_INDENT = '    ';

/**
 * The validated records with their licence, each with every column, as `JSON.stringify(…, null, 2)` would write
 * them, piece by piece: one piece per record (see tableCsvPieces for why). Printed numbers stay objects of their
 * printed text and their numeric value, exactly as the schema outputs them, so no precision is lost either way.
 */
export function* tableJsonPieces(table: Pick<TableDefinition, 'columns'>, records: readonly object[]): Generator<string> {
  const columns = columnsOf(table);
  if (records.length === 0) {
    yield `${JSON.stringify({ licence: DATA_LICENCE, records: [] }, null, 2)}\n`;
    return;
  }
  // The file around one stand-in record, cut where the stand-in stands: last, as records is the last key.
  const frame = JSON.stringify({ licence: DATA_LICENCE, records: [0] }, null, 2);
  const standIn = `\n${RECORD_INDENT}0\n`;
  const cut = frame.lastIndexOf(standIn);
  yield frame.slice(0, cut);
  for (const [index, record] of records.entries()) {
    const json = JSON.stringify(recordWithEveryColumn(columns, record), null, 2);
    // Line breaks inside strings are escaped, so every line break here is the layout's.
    yield `${index === 0 ? '' : ','}\n${RECORD_INDENT}${json.replaceAll('\n', `\n${RECORD_INDENT}`)}`;
  }
  yield `\n${frame.slice(cut + standIn.length)}\n`;
}
