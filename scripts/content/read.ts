import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { displayPath } from './paths.ts';
import type { Origin, Problem } from './problems.ts';

export interface RawRow extends Origin {
  data: Record<string, string>;
}

export interface RawDocument extends Origin {
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts, so body problems can point at it. */
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

/** Rows of every CSV file in a folder, each with its file and line for messages. */
export function readCsvFolder(dir: string): ReadResult<RawRow> {
  const items: RawRow[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  for (const file of listFiles(dir, '.csv')) {
    const shown = displayPath(file);
    try {
      const records = parseCsv(fs.readFileSync(file, 'utf8'), {
        columns: true,
        skip_empty_lines: true,
        trim: true,
        info: true,
      }) as { record: Record<string, string>; info: { lines: number } }[];
      for (const { record, info } of records) items.push({ file: shown, line: info.lines, data: record });
    } catch (error) {
      problems.push({ file: shown, field: '(file)', message: `is not valid CSV: ${(error as Error).message}` });
      unreadable.push(file);
    }
  }
  return { items, problems, unreadable };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Front matter and body of every Markdown/MDX file in a folder. */
export function readDocumentFolder(dir: string, extension: string): ReadResult<RawDocument> {
  const items: RawDocument[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  for (const file of listFiles(dir, extension)) {
    const shown = displayPath(file);
    const text = fs.readFileSync(file, 'utf8');
    const match = FRONT_MATTER.exec(text);
    if (!match) {
      problems.push({ file: shown, line: 1, field: '(front matter)', message: 'is missing: start the file with a --- block' });
      unreadable.push(file);
      continue;
    }
    try {
      const data = parseYaml(match[1] ?? '') as unknown;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        problems.push({ file: shown, line: 2, field: '(front matter)', message: 'must be a set of "field: value" lines' });
        unreadable.push(file);
        continue;
      }
      const bodyLine = match[0].split('\n').length;
      items.push({ file: shown, line: 1, data: data as Record<string, unknown>, body: text.slice(match[0].length), bodyLine });
    } catch (error) {
      const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) + 1 : undefined;
      unreadable.push(file);
      problems.push({ file: shown, line, field: '(front matter)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}` });
    }
  }
  return { items, problems, unreadable };
}
