import { CsvError, parse } from 'csv-parse/sync';
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

/** One data row of a CSV file, keyed by column name, with the line it starts on. */
export interface CsvRow {
  line: number;
  data: Record<string, string>;
}

export interface CsvReadResult {
  rows: CsvRow[];
  /** At most one problem per cause: a file that cannot be read as a table reports why once, not once per row. */
  problems: Omit<Problem, 'file'>[];
}

/** The columns a CSV file of records must have: every field of the record's schema, so new fields flow through. */
export function csvColumns(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

const SEPARATORS: [string, string][] = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
  ['|', 'vertical bars'],
];

/** Line (from 1) of a byte offset in the file. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** First line at or after a byte offset that holds anything but white space: where the next record starts. */
function recordLine(bytes: Buffer, offset: number): number {
  let start = offset;
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x20 || bytes[start] === 0x09)) start += 1;
  return lineAt(bytes, start);
}

/** Line where a quoted cell opens that is never closed, found the way the CSV grammar reads quotes. */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedOn: number | undefined;
  let fieldStart = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (openedOn !== undefined) {
      if (char === '"' && text[index + 1] === '"') index += 1;
      else if (char === '"') openedOn = undefined;
      else if (char === '\n') line += 1;
      continue;
    }
    if (char === '"' && fieldStart) openedOn = line;
    if (char === '\n') line += 1;
    if (char === ',' || char === '\n') fieldStart = true;
    else if (char !== ' ' && char !== '\t' && char !== '\r') fieldStart = false;
  }
  return openedOn;
}

/** Why the CSV grammar rejected the file, in an author's words, at the line to edit. */
function grammarProblem(error: CsvError, text: string): Omit<Problem, 'file'> {
  const line = (error as CsvError & { lines?: number }).lines;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        line: unclosedQuoteLine(text) ?? line,
        field: '(file)',
        message: 'has a quote (") that opens a cell and is never closed; close it, or double a quote that belongs in the text ("")',
      };
    case 'INVALID_OPENING_QUOTE':
      return { line, field: '(file)', message: 'has a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the inner quote ("")' };
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { line, field: '(file)', message: 'has text after the quote (") that closes a cell; put the whole cell in quotes and double the inner quote ("")' };
    default:
      return { line, field: '(file)', message: `is not valid CSV: ${error.message}` };
  }
}

/** Header problems: each unknown, misspelt, repeated or missing column once, naming the closest known column. */
function headerProblems(header: readonly string[], columns: readonly string[]): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const known = new Set(columns);
  const seen = new Set<string>();
  const missing = columns.filter((column) => !header.includes(column));
  const explained = new Set<string>();
  header.forEach((name, index) => {
    if (seen.has(name)) {
      problems.push({ line: 1, field: name, message: 'is named twice in the header; each column appears once' });
      return;
    }
    seen.add(name);
    if (known.has(name)) return;
    if (name === '') {
      problems.push({ line: 1, field: `(column ${index + 1})`, message: 'has no name; remove the extra comma from the header, or name the column' });
      return;
    }
    // A misspelling usually stands in for a column the header lacks; prefer those.
    const guess = closest(name, missing.length ? missing : columns);
    explained.add(guess);
    problems.push({ line: 1, field: name, message: `is not a known column; did you mean "${guess}"? (columns: ${columns.join(', ')})` });
  });
  for (const column of missing) {
    if (explained.has(column)) continue;
    const before = columns[columns.indexOf(column) - 1];
    problems.push({
      line: 1,
      field: column,
      message: `column is missing from the header${before ? `; add it after "${before}"` : ''} (an empty cell means "not given")`,
    });
  }
  return problems;
}

/**
 * Rows of one CSV file of records. The header must name exactly the given columns; a file the grammar rejects,
 * whose header is wrong, or whose rows have the wrong number of cells is reported once and yields no rows.
 */
export function readCsvText(text: string, columns: readonly string[]): CsvReadResult {
  const failed = (problem: Omit<Problem, 'file'> | Omit<Problem, 'file'>[]): CsvReadResult => ({
    rows: [],
    problems: Array.isArray(problem) ? problem : [problem],
  });
  if (text.trim() === '') {
    return failed({ line: 1, field: '(file)', message: `is empty; its first line names the columns: ${columns.join(',')}` });
  }
  const bytes = Buffer.from(text);
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, { trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return failed(grammarProblem(error, text));
    throw error;
  }
  const header = records[0]?.record ?? [];
  const headerLine = (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').trim();
  if (header.length === 1 && columns.length > 1) {
    const separator = SEPARATORS.find(([char]) => headerLine.includes(char));
    if (separator) return failed({ line: 1, field: '(file)', message: `separates columns with ${separator[1]}; use commas` });
  }
  const wrongHeader = headerProblems(header, columns);
  if (wrongHeader.length) return failed(wrongHeader);
  if (records.length === 1) {
    return failed({ line: 1, field: '(file)', message: 'has a header but no rows; add a row for each record, or delete the file' });
  }
  const rows = records.slice(1).map((entry, index) => ({
    line: recordLine(bytes, records[index]?.info.bytes ?? 0),
    cells: entry.record,
  }));
  const uneven = rows.filter((row) => row.cells.length !== header.length);
  const first = uneven[0];
  if (first) {
    const more = uneven.slice(1).map((row) => row.line);
    const also = more.length ? ` (so ${more.length === 1 ? 'does line' : 'do lines'} ${more.join(', ')})` : '';
    const fewer = first.cells.length < header.length;
    return failed({
      line: first.line,
      field: '(row)',
      message:
        `has ${first.cells.length} cells but the header names ${header.length} columns${also}; ` +
        (fewer ? 'add the missing commas (an empty cell means "not given")' : 'put a cell that holds a comma in quotes'),
    });
  }
  return {
    rows: rows.map((row) => ({ line: row.line, data: Object.fromEntries(header.map((name, index) => [name, row.cells[index] ?? ''])) })),
    problems: [],
  };
}
