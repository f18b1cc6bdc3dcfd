import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type * as JsYaml from 'js-yaml';
import type { z } from 'astro/zod';
import { CONTENT_GATE_PID_ENV } from '../../scripts/build/commands.ts';
import { HANDED_TREES_ENV } from '../../scripts/content/handed-trees.ts';
import type * as Read from '../../scripts/content/read.ts';
import type { ReadResult, RawDocument } from '../../scripts/content/read.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { patientSchema } from '../../src/schemas/patient.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { csvColumns } from '../../scripts/content/csv-file.ts';

// Counts how often front matter is parsed: a document taken from the gate's readings is not parsed again.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('js-yaml', async (importOriginal) =>
  (await import('../support/counted-yaml.ts')).countingCalls(await importOriginal<typeof JsYaml>(), 'load', parses),
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

  test('are handed over by the content gate for every folder Astro’s loader reads, in the site’s build', async () => {
    vi.resetModules();
    const { validateContent } = await import('../../scripts/content/validate.ts');
    const { contentDir } = await import('../../scripts/content/paths.ts');
    expect(validateContent(contentDir()).problems).toEqual([]);

    // The folders and schemas of src/content.config.ts: a folder the gate read otherwise would keep the loader waiting.
    vi.stubEnv(CONTENT_GATE_PID_ENV, String(process.pid));
    const astro = await processReaders('astro');
    parses.count = 0;
    const folder = (name: string) => path.join(contentDir(), name);
    const settled = (reading: Promise<unknown>) => Promise.race([reading.then(() => 'handed'), delay(2000).then(() => 'still waiting')]);
    const documentFolders = ['sources', 'questions', 'treatments'];
    const csvFolders: [string, z.ZodObject][] = [
      ['outcomes', outcomeSchema],
      ['patients', patientSchema],
      ['glossary', glossaryTermSchema],
      ['references', referenceSchema],
    ];
    expect(await Promise.all(documentFolders.map((name) => settled(astro.readDocumentFolderAfterGate(folder(name), '.mdx'))))).toEqual(
      documentFolders.map(() => 'handed'),
    );
    expect(await Promise.all(csvFolders.map(([name, schema]) => settled(astro.readCsvFolderAfterGate(folder(name), schema))))).toEqual(
      csvFolders.map(() => 'handed'),
    );
    const sources = astro.readDocumentFolder(folder('sources'), '.mdx');
    expect(sources.items.map((item) => item.data.id)).toContain('nelm-review-2012');
    expect(astro.readCsvFolder(folder('outcomes'), outcomeSchema).items.length).toBeGreaterThan(100);
    expect(parses.count).toBe(0);
  });

  test('are waited for while the gate runs, and taken once it hands them over', async () => {
    vi.stubEnv(CONTENT_GATE_PID_ENV, String(process.pid));
    const gate = await processReaders('gate');
    const astro = await processReaders('astro');
    let handedAt = 0;
    setTimeout(() => {
      gate.readDocumentFolder(documents(), '.mdx');
      handedAt = performance.now();
      parses.count = 0;
    }, 150);
    const taken = await astro.readDocumentFolderAfterGate(documents(), '.mdx');
    expect(handedAt).toBeGreaterThan(0);
    expect(taken.items.map((item) => item.data.id)).toEqual(['a', 'b']);
    expect(parses.count).toBe(0);
  });

  test('are no longer waited for once the gate has ended without handing them over', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
    const ended = once(child, 'exit');
    vi.stubEnv(CONTENT_GATE_PID_ENV, String(child.pid));
    const astro = await processReaders('astro');
    const read = await astro.readDocumentFolderAfterGate(documents(), '.mdx');
    await ended;
    expect(read.items.map((item) => item.data.id)).toEqual(['a', 'b']);
    expect(parses.count).toBe(2);
  });

  test('are not waited for without a gate beside the build', async () => {
    const astro = await processReaders('astro');
    const started = performance.now();
    expect((await astro.readDocumentFolderAfterGate(documents(), '.mdx')).items).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parses.count).toBe(2);
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
