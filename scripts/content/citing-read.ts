import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { changelogEntrySchema, type ChangelogEntry } from '../../src/schemas/changelog.ts';
import { referenceSchema, type Reference } from '../../src/schemas/reference.ts';
import { parseRecord, type WithOrigin } from './parse.ts';
import { displayPath } from './paths.ts';
import type { Origin, Problem } from './problems.ts';
import { readCsvFolder } from './read.ts';
import { decodeUtf8, describeBadByte } from './utf8.ts';

/** Where the references and the changelog live under the content folder. */
export const CITING_PATHS = {
  references: 'references',
  changelog: 'changelog.yaml',
} as const;

export type ReferenceRecord = WithOrigin<Reference>;
export type ChangelogRecord = WithOrigin<ChangelogEntry>;

/** One item of a YAML list file, with the line it starts on. */
export interface RawListItem extends Origin {
  data: Record<string, unknown>;
}

/** Items of a YAML file that is a list of records; a missing file is an empty list. */
export function readYamlList(file: string): { items: RawListItem[]; problems: Problem[] } {
  if (!fs.existsSync(file)) return { items: [], problems: [] };
  const shown = displayPath(file);
  const decoded = decodeUtf8(fs.readFileSync(file));
  if ('bad' in decoded) return { items: [], problems: [{ file: shown, line: decoded.bad.line, field: '(file)', message: describeBadByte(decoded.bad) }] };
  const lineCounter = new LineCounter();
  const document = parseDocument(decoded.text, { lineCounter });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    return { items: [], problems: [{ file: shown, line, field: '(file)', message: `is not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  if (document.contents !== null && !isSeq(document.contents)) {
    return { items: [], problems: [{ file: shown, line: 1, field: '(file)', message: 'must be a list of entries, each starting with "- "' }] };
  }
  const items: RawListItem[] = [];
  const problems: Problem[] = [];
  for (const node of document.contents?.items ?? []) {
    const line = node && typeof node === 'object' && 'range' in node && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    if (!isMap(node)) problems.push({ file: shown, line, field: '(entry)', message: 'must be a set of "field: value" lines' });
    else items.push({ file: shown, line, data: node.toJSON() as Record<string, unknown> });
  }
  return { items, problems };
}

/** Reads and parses the reference lists and the changelog; cross-checks run later with the rest of the dataset. */
export function readCiting(root: string): {
  references: ReferenceRecord[];
  changelog: ChangelogRecord[];
  problems: Problem[];
  /** Reference-list files that could not be read (already reported). */
  unreadableLists: string[];
} {
  const rows = readCsvFolder(path.join(root, CITING_PATHS.references), referenceSchema);
  const list = readYamlList(path.join(root, CITING_PATHS.changelog));
  const problems = [...rows.problems, ...list.problems];
  const parseAll = <T>(items: readonly ({ data: unknown } & Origin)[], schema: Parameters<typeof parseRecord>[0]): WithOrigin<T>[] =>
    items.flatMap((item) => {
      const parsed = parseRecord(schema, item.data, { file: item.file, line: item.line });
      problems.push(...parsed.problems);
      return parsed.record ? [parsed.record as WithOrigin<T>] : [];
    });
  return {
    references: parseAll<Reference>(rows.items, referenceSchema),
    changelog: parseAll<ChangelogEntry>(list.items, changelogEntrySchema),
    problems,
    unreadableLists: rows.unreadable,
  };
}
