import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { csvColumns, readCsvText, type CsvReadResult } from './csv-file.ts';
import { readFrontMatter } from './front-matter.ts';
import { folderReadings, readingsHanded } from './handed-readings.ts';
import { parseRecord, type WithOrigin } from './parse.ts';
import { displayPath } from './paths.ts';
import type { Origin, Problem } from './problems.ts';
import { type BadByte, decodeUtf8, describeBadByte } from './utf8.ts';

export interface RawRow extends Origin {
  data: Record<string, string>;
}

export interface RawDocument extends Origin {
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts, so body problems can point at it. */
  bodyLine: number;
}

/** What Astro's loader takes from the gate's reading of a document (handed-readings.ts): the body is sliced from the file as it is. */
interface HandedDocument {
  data: Record<string, unknown>;
  /** Where the body starts in the file's text. */
  bodyStart: number;
  bodyLine: number;
}

export interface ReadResult<T> {
  items: T[];
  problems: Problem[];
  /** Files that could not be read into records at all (already reported in problems). */
  unreadable: string[];
}

export function listFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** How a folder is read, which names its readings (handed-readings.ts): rows read under other columns are never taken. */
const csvReadAs = (schema: z.ZodObject) => `csv ${csvColumns(schema).join(',')}`;
const documentsReadAs = (extension: string) => `documents ${extension}`;

/** readCsvFolder, in Astro's loader: once the content gate beside the build has handed over its reading of the folder. */
export async function readCsvFolderAfterGate(dir: string, schema: z.ZodObject): Promise<ReadResult<RawRow>> {
  await readingsHanded(dir, csvReadAs(schema));
  return readCsvFolder(dir, schema);
}

/** readDocumentFolder, in Astro's loader: once the content gate beside the build has handed over its reading of the folder. */
export async function readDocumentFolderAfterGate(dir: string, extension: string): Promise<ReadResult<RawDocument>> {
  await readingsHanded(dir, documentsReadAs(extension));
  return readDocumentFolder(dir, extension);
}

/** Rows of every CSV file in a folder, each with its file and line for messages; the header must name exactly the schema's fields. */
export function readCsvFolder(dir: string, schema: z.ZodObject): ReadResult<RawRow> {
  const items: RawRow[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  const columns = csvColumns(schema);
  const readings = folderReadings<CsvReadResult['rows']>(dir, csvReadAs(schema));
  for (const file of listFiles(dir, '.csv')) {
    const shown = displayPath(file);
    const bytes = fs.readFileSync(file);
    let rows = readings.take(file, bytes);
    if (!rows) {
      const decoded = decodeUtf8(bytes);
      const read = 'bad' in decoded ? undefined : readCsvText(decoded.text, columns);
      if (!read) {
        const { bad } = decoded as { bad: BadByte };
        problems.push({ file: shown, line: bad.line, field: '(file)', message: describeBadByte(bad) });
      }
      problems.push(...(read?.problems ?? []).map((problem) => ({ file: shown, ...problem })));
      if (!read || read.problems.length) unreadable.push(file);
      else readings.keep(file, bytes, read.rows);
      rows = read?.rows ?? [];
    }
    for (const row of rows) items.push({ file: shown, line: row.line, data: row.data });
  }
  readings.hand();
  return { items, problems, unreadable };
}

/** Front matter and body of every Markdown/MDX file in a folder; each document can tell the line of any of its fields. */
export function readDocumentFolder(dir: string, extension: string): ReadResult<RawDocument> {
  const items: RawDocument[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  const readings = folderReadings<HandedDocument>(dir, documentsReadAs(extension));
  for (const file of listFiles(dir, extension)) {
    const shown = displayPath(file);
    const bytes = fs.readFileSync(file);
    const decoded = decodeUtf8(bytes);
    if ('bad' in decoded) {
      problems.push({ file: shown, line: decoded.bad.line, field: '(file)', message: describeBadByte(decoded.bad) });
      unreadable.push(file);
      continue;
    }
    const { text } = decoded;
    const handed = readings.take(file, bytes);
    if (handed) {
      // A handed reading has no line finder: lines are asked for only to report problems, which the gate reports.
      items.push({ file: shown, line: 1, data: handed.data, body: text.slice(handed.bodyStart), bodyLine: handed.bodyLine });
      continue;
    }
    const read = readFrontMatter(text);
    if ('problem' in read) {
      problems.push({ file: shown, ...read.problem });
      unreadable.push(file);
      continue;
    }
    readings.keep(file, bytes, { data: read.data, bodyStart: text.length - read.body.length, bodyLine: read.bodyLine });
    items.push({ file: shown, line: 1, lineOf: read.lineOf, data: read.data, body: read.body, bodyLine: read.bodyLine });
  }
  readings.hand();
  return { items, problems, unreadable };
}

/**
 * Every row of a folder of CSV files parsed by its schema: problems (the files' and the rows') are added to `problems`,
 * and rows that fail are left out of the records.
 */
export function readCsvRecords<S extends z.ZodObject>(dir: string, schema: S, problems: Problem[]): WithOrigin<z.output<S>>[] {
  const rows = readCsvFolder(dir, schema);
  problems.push(...rows.problems);
  return rows.items.flatMap((row) => {
    const parsed = parseRecord(schema, row.data, row);
    problems.push(...parsed.problems);
    return parsed.record ? [parsed.record] : [];
  });
}
