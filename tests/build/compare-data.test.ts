import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, test } from 'vitest';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { patientSchema } from '../../src/schemas/patient.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const { dataset } = validateContent(contentDir());
const download = (name: string) => fs.readFileSync(path.join(siteDir, 'data', name), 'utf8');
const strip = <T extends { origin: unknown }>({ origin: _origin, ...record }: T) => record;

describe('downloads', () => {
  test('outcomes.csv holds every outcome record, reading back to the same record', () => {
    const rows = parse(download('outcomes.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.id).sort()).toEqual(dataset.outcomes.map((o) => o.id).sort());
    const byId = new Map(dataset.outcomes.map((o) => [o.id, strip(o)]));
    for (const row of rows) expect(outcomeSchema.parse(row), row.id).toEqual(byId.get(row.id ?? ''));
  });

  test('outcomes.json holds the same records with numbers as printed', () => {
    const { records } = JSON.parse(download('outcomes.json')) as { records: { id: string; value: { text: string } | null }[] };
    expect(records.map((r) => r.id).sort()).toEqual(dataset.outcomes.map((o) => o.id).sort());
    for (const record of records) expect(record.value?.text, record.id).toBe(dataset.outcomes.find((o) => o.id === record.id)?.value?.text);
  });

  test('patients.csv holds every patient row', () => {
    const rows = parse(download('patients.csv'), { columns: true }) as Record<string, string>[];
    const byId = new Map(dataset.patients.map((p) => [p.id, strip(p)]));
    expect(rows.map((row) => row.id).sort()).toEqual([...byId.keys()].sort());
    for (const row of rows) expect(patientSchema.parse(row), row.id).toEqual(byId.get(row.id ?? ''));
  });
});

describe('data dictionary page', () => {
  const tree = fromHtml(readPage(siteDir, 'data/index.html'));

  test('lists every column of each download', () => {
    const listed = (table: string) =>
      selectAll(`table#${table} tbody th code`, tree).map((code) =>
        String(code.children[0] && 'value' in code.children[0] ? code.children[0].value : ''),
      );
    expect(listed('columns-outcomes')).toEqual(Object.keys(outcomeSchema.shape));
    expect(listed('columns-patients')).toEqual(Object.keys(patientSchema.shape));
  });

  test('links each download and states the licence and how to cite', () => {
    for (const file of ['outcomes.csv', 'outcomes.json', 'patients.csv'])
      expect(selectAll(`a[href="/data/${file}"]`, tree).length, file).toBe(1);
    expect(selectAll('#licence ~ p a[rel~="license"]', tree).length).toBe(1);
    expect(selectAll('[data-data-citation]', tree).length).toBe(1);
  });
});
