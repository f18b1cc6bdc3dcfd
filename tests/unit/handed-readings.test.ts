import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type * as Yaml from 'yaml';
import { HANDED_TREES_ENV } from '../../scripts/content/handed-trees.ts';
import type * as Read from '../../scripts/content/read.ts';
import type { ReadResult, RawDocument } from '../../scripts/content/read.ts';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { csvColumns } from '../../scripts/content/csv-file.ts';

// Counts how often front matter is parsed: a document taken from the gate's readings is not parsed again.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (importOriginal) =>
  (await import('../support/counted-yaml.ts')).countingParses(await importOriginal<typeof Yaml>(), parses),
);

type Reader = typeof Read;

/** The readers as a process of their own has them: the gate's, which hands its readings over, or Astro's. */
async function processReaders(role: 'gate' | 'astro'): Promise<Reader> {
  vi.resetModules();
  if (role === 'gate') (await import('../../scripts/content/handed-readings.ts')).handReadings();
  return import('../../scripts/content/read.ts');
}

/** A document as the pages use it: what a line finder answers is the gate's business. */
const withoutLines = ({ items, problems, unreadable }: ReadResult<RawDocument>) => ({
  items: items.map(({ lineOf: _lineOf, ...item }) => item),
  problems,
  unreadable,
});

const header = csvColumns(outcomeSchema).join(',');
const row = (id: string) =>
  csvColumns(outcomeSchema)
    .map((column) => (column === 'id' ? id : ''))
    .join(',');

describe('what the content gate read, handed to Astro’s loader', () => {
  let root: string;
  let handed: string;
  const documents = () => path.join(root, 'sources');
  const rows = () => path.join(root, 'outcomes');
  const write = (file: string, text: string) => fs.writeFileSync(path.join(root, file), text);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-readings-'));
    handed = path.join(root, 'handed');
    fs.mkdirSync(handed);
    fs.mkdirSync(documents());
    fs.mkdirSync(rows());
    write('sources/a.mdx', '---\nid: a\nreviewed: 2026-11-24\ngroups:\n  - id: all\n    size: 3\n---\n\nBody of a, with “quotes”.\n');
    write('sources/b.mdx', '---\nid: b\n---\nBody of b.\n');
    write('outcomes/a.csv', `${header}\n${row('a-1')}\n${row('a-2')}\n`);
    vi.stubEnv(HANDED_TREES_ENV, handed);
    parses.count = 0;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('are taken as the gate read them, dates and bodies included, without parsing the files again', async () => {
    const gate = await processReaders('gate');
    const gateDocuments = gate.readDocumentFolder(documents(), '.mdx');
    const gateRows = gate.readCsvFolder(rows(), outcomeSchema);
    expect(parses.count).toBe(2);
    expect(fs.readdirSync(handed)).toHaveLength(2);

    const astro = await processReaders('astro');
    parses.count = 0;
    const taken = astro.readDocumentFolder(documents(), '.mdx');
    expect(withoutLines(taken)).toEqual(withoutLines(gateDocuments));
    expect(taken.items[0]?.data.reviewed).toEqual(new Date(Date.UTC(2026, 10, 24)));
    expect(taken.items[0]?.body).toBe('\nBody of a, with “quotes”.\n');
    expect(astro.readCsvFolder(rows(), outcomeSchema)).toEqual(gateRows);
    expect(parses.count).toBe(0);
  });

  test('are not taken for a file that changed after the gate read it: that file is read again, the others taken', async () => {
    const gate = await processReaders('gate');
    gate.readDocumentFolder(documents(), '.mdx');
    gate.readCsvFolder(rows(), outcomeSchema);
    write('sources/b.mdx', '---\nid: b\ntitle: Changed\n---\nBody of b, changed.\n');
    write('outcomes/a.csv', `${header}\n${row('a-3')}\n`);

    const astro = await processReaders('astro');
    parses.count = 0;
    const taken = astro.readDocumentFolder(documents(), '.mdx');
    expect(parses.count).toBe(1);
    expect(taken.items.map((item) => item.data)).toEqual([
      { id: 'a', reviewed: new Date(Date.UTC(2026, 10, 24)), groups: [{ id: 'all', size: 3 }] },
      { id: 'b', title: 'Changed' },
    ]);
    expect(taken.items[1]?.body).toBe('Body of b, changed.\n');
    expect(astro.readCsvFolder(rows(), outcomeSchema).items.map((item) => item.data.id)).toEqual(['a-3']);
  });

  test('leave out a file the gate could not read, which the loader reads and reports as the gate did', async () => {
    write('sources/c.mdx', '---\nid: c\nid: again\n---\nBody.\n');
    const gate = await processReaders('gate');
    const gateDocuments = gate.readDocumentFolder(documents(), '.mdx');
    expect(gateDocuments.problems).toHaveLength(1);

    const astro = await processReaders('astro');
    parses.count = 0;
    expect(withoutLines(astro.readDocumentFolder(documents(), '.mdx'))).toEqual(withoutLines(gateDocuments));
    expect(parses.count).toBe(1);
  });

  test('are handed over by the content gate for each folder it reads, in the site’s build', async () => {
    vi.resetModules();
    const { validateContent } = await import('../../scripts/content/validate.ts');
    const { contentDir } = await import('../../scripts/content/paths.ts');
    expect(validateContent(contentDir()).problems).toEqual([]);

    const astro = await processReaders('astro');
    parses.count = 0;
    const sources = astro.readDocumentFolder(path.join(contentDir(), 'sources'), '.mdx');
    expect(sources.items.map((item) => item.data.id)).toContain('nelm-review-2012');
    expect(astro.readCsvFolder(path.join(contentDir(), 'outcomes'), outcomeSchema).items.length).toBeGreaterThan(100);
    expect(parses.count).toBe(0);
  });

  test('are neither handed nor taken outside the site’s build', async () => {
    vi.unstubAllEnvs();
    const gate = await processReaders('gate');
    gate.readDocumentFolder(documents(), '.mdx');
    expect(fs.readdirSync(handed)).toEqual([]);
  });

  test('that cannot be read stop the loader, naming their file', async () => {
    const gate = await processReaders('gate');
    gate.readDocumentFolder(documents(), '.mdx');
    const [file] = fs.readdirSync(handed);
    fs.writeFileSync(path.join(handed, file ?? ''), 'not a reading');

    const astro = await processReaders('astro');
    expect(() => astro.readDocumentFolder(documents(), '.mdx')).toThrow(
      `${path.join(handed, file ?? '')}: the readings of a content folder left by the content gate could not be read`,
    );
  });
});
