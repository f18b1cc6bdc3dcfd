import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { MEASURE_CODES, outcomeSchema, UNITS } from '../../src/schemas/outcome.ts';
import { patientSchema, VITAL_STATUSES } from '../../src/schemas/patient.ts';
import { describeColumns, fieldDocs } from '../../scripts/data-export/dictionary.ts';
import { DATA_LICENCE } from '../../scripts/data-export/licence.ts';
import { cellText, columnsOf, tableCsvPieces, tableJsonPieces } from '../../scripts/data-export/records.ts';
import { textStream } from '../../scripts/data-export/text-stream.ts';
import { TABLES, tableRows } from '../../scripts/data-export/tables.ts';
import { tableSchemaField } from '../../scripts/data-export/data-package.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { testOutcome } from '../support/compare-fixtures.ts';

const outcomes = [
  testOutcome({
    id: 'a',
    source: 's',
    measure: 'overall-survival',
    timepointMonths: '36',
    value: '0.0',
    note: 'Says "none", then, a comma',
  }),
  testOutcome({
    id: 'b',
    source: 's',
    measure: 'median-survival',
    statistic: 'median',
    value: '32',
    low: '16',
    high: '72',
    unit: 'months',
  }),
];

const tableCsv = (...args: Parameters<typeof tableCsvPieces>) => [...tableCsvPieces(...args)].join('');
const tableJson = (...args: Parameters<typeof tableJsonPieces>) => [...tableJsonPieces(...args)].join('');
const outcomesCsv = (rows: typeof outcomes) => tableCsv(TABLES.outcomes, rows);
const outcomesJson = (rows: typeof outcomes) => tableJson(TABLES.outcomes, rows);

/** As many records as it takes to fill several pieces, with text beyond Latin-1 and characters JSON escapes. */
const manyOutcomes = Array.from({ length: 1234 }, (_, index) =>
  testOutcome({
    id: `o-${index}`,
    source: 's',
    measure: 'overall-survival',
    timepointMonths: String(12 * (1 + (index % 5))),
    value: `${index % 100}.${index % 10}`,
    ...(index % 3 === 0 ? { note: `Range 10–20 months ≥ ${index}, "quoted", line\nbreak` } : {}),
  }),
);

describe('downloads', () => {
  test('write the schema columns in schema order, one row per record, numbers as printed', () => {
    const rows = parse(outcomesCsv(outcomes), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(outcomeSchema.shape));
    expect(columnsOf(TABLES.outcomes)).toEqual(Object.keys(outcomeSchema.shape));
    expect(rows.map((row) => [row.id, row.value, row.low, row.timepointMonths, row.note])).toEqual([
      ['a', '0.0', '', '36', 'Says "none", then, a comma'],
      ['b', '32', '16', '', ''],
    ]);
  });

  test('read back through the schema to the same records', () => {
    const rows = parse(outcomesCsv(outcomes), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => outcomeSchema.parse(row))).toEqual(outcomes);
  });

  test('keep printed numbers as text and value in JSON, with the licence', () => {
    const json = JSON.parse(outcomesJson(outcomes)) as { licence: unknown; records: Record<string, unknown>[] };
    expect(json.licence).toEqual(DATA_LICENCE);
    expect(json.records[0]).toMatchObject({ id: 'a', value: { text: '0.0', value: 0 }, low: null });
    expect(Object.keys(json.records[1]!)).toEqual(Object.keys(outcomeSchema.shape));
  });

  test('turn an empty value into an empty cell and anything else into its text', () => {
    expect([undefined, null, 12, 'x', { text: '9.40', value: 9.4 }].map(cellText)).toEqual(['', '', '12', 'x', '9.40']);
  });

  test('write every patient row of the review with its printed survival time', () => {
    const { dataset } = validateContent(contentDir());
    const rows = parse(tableCsv(TABLES.patients, dataset.patients), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => `${row.id}:${row.survivalMonths}`)).toEqual(dataset.patients.map((p) => `${p.id}:${p.survivalMonths.text}`));
  });
});

describe('data dictionary', () => {
  const outcomeColumns = describeColumns(outcomeSchema, 'src/schemas/outcome.ts', 'outcomeSchema');
  const patientColumns = describeColumns(patientSchema, 'src/schemas/patient.ts', 'patientSchema');
  const column = (name: string) => [...outcomeColumns, ...patientColumns].find((c) => c.name === name);

  test('describes every column with the JSDoc line of its schema field', () => {
    expect(outcomeColumns.map((c) => c.name)).toEqual(Object.keys(outcomeSchema.shape));
    expect(patientColumns.map((c) => c.name)).toEqual(Object.keys(patientSchema.shape));
    for (const described of [...outcomeColumns, ...patientColumns]) expect(described.meaning, described.name).not.toBe('');
    expect(column('timepointMonths')?.meaning).toBe('Time after surgery the figure applies to, in months (12 = one year).');
  });

  test('lists the allowed codes of enumerated columns, with the labels the pages use', () => {
    expect(column('measure')?.allowed.map((value) => value.code)).toEqual([...MEASURE_CODES]);
    expect(column('measure')?.allowed[0]).toEqual({ code: 'overall-survival', label: 'Overall survival' });
    expect(column('unit')?.allowed.map((value) => value.code)).toEqual([...UNITS]);
    expect(column('status')?.allowed.map((value) => value.code)).toEqual([...VITAL_STATUSES]);
    expect(column('locator')?.allowed.find((value) => value.code === 'page-text')?.label).toBe('Page text');
  });

  test('tells required columns from optional cells and names formats and units', () => {
    expect(column('id')).toMatchObject({ required: true, format: 'Id: lower-case letters, digits and single hyphens' });
    expect(column('note')).toMatchObject({ required: false, format: 'Plain text' });
    expect(column('value')).toMatchObject({
      required: false,
      unit: 'given in the unit column',
      format: expect.stringContaining('exactly as printed'),
    });
    expect(column('timepointMonths')).toMatchObject({ required: false, unit: 'months', format: 'Whole number above 0' });
    expect(column('age')).toMatchObject({ required: true, unit: 'years', format: 'Whole number from 0 to 120' });
    expect(column('survivalMonths')).toMatchObject({ required: true, unit: 'months' });
  });

  test('reads JSDoc lines only from the named schema', () => {
    expect(fieldDocs(`${process.cwd()}/src/schemas/patient.ts`, 'noSuchSchema').size).toBe(0);
  });

  test('reads each field its own JSDoc block as TypeScript does: stars and tags left out, plain comments and other schemas not read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'field-docs-'));
    const file = path.join(dir, 'schema.ts');
    fs.writeFileSync(
      file,
      [
        '/** Clavien–Dindo grades, “as printed” */',
        'const other = z.object({ /** Not this one. */ id: slugSchema });',
        'export const wanted: z.ZodObject = z.object({',
        '  /** Déjà vu – the first. */',
        '  first: z.string(),',
        '  // A line comment is not documentation.',
        '  second: z.number(),',
        '  /**',
        '   * Spread over',
        '   * two lines.',
        '   * @deprecated Kept for old files.',
        '   */',
        "  'third-field': z.boolean(),",
        '  ...other.shape,',
        '  /** Ignored by the next. */ /** The last block counts. */ fourth: z.string().optional(),',
        '});',
      ].join('\n'),
    );
    expect([...fieldDocs(file, 'wanted')]).toEqual([
      ['first', 'Déjà vu – the first.'],
      ["'third-field'", 'Spread over two lines.'],
      ['fourth', 'The last block counts.'],
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('data package tables', () => {
  const { dataset } = validateContent(contentDir());
  const rows = tableRows(dataset);

  test('take their columns from the schemas, leaving lists on the pages', () => {
    expect(columnsOf(TABLES.patients)).toEqual(Object.keys(patientSchema.shape));
    expect(columnsOf(TABLES.sources)).toContain('doi');
    expect(columnsOf(TABLES.sources)).not.toContain('authors');
    expect(columnsOf(TABLES.groups)).toEqual(['source', 'id', 'label', 'size']);
    expect(rows.groups).toHaveLength(dataset.sources.flatMap((source) => source.groups).length);
  });

  test('write Table Schema fields with types, bounds, codes and printed numbers', () => {
    const field = (table: keyof typeof TABLES, name: string, json = false) =>
      tableSchemaField(
        TABLES[table].columns.find((column) => column.name === name)!,
        json,
      );
    expect(field('outcomes', 'value')).toMatchObject({ type: 'number' });
    expect(field('outcomes', 'value', true)).toMatchObject({
      type: 'object',
      constraints: { jsonSchema: { required: ['text', 'value'] } },
    });
    expect(field('outcomes', 'timepointMonths')).toMatchObject({ type: 'integer', constraints: { minimum: 1 } });
    expect(field('patients', 'age')).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 0, maximum: 120 } });
    expect(field('outcomes', 'unit')).toMatchObject({ type: 'string', constraints: { required: true, enum: [...UNITS] } });
    expect(field('outcomes', 'id')).toMatchObject({ type: 'string', constraints: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } });
    expect(field('sources', 'lastReviewed')).toMatchObject({ type: 'date' });
    expect(field('patients', 'survivalMonths').description).toContain('Unit: months.');
  });

  test('write JSON for patients too, with every column', () => {
    const json = JSON.parse(tableJson(TABLES.patients, dataset.patients)) as { records: Record<string, unknown>[] };
    expect(json.records).toHaveLength(dataset.patients.length);
    expect(Object.keys(json.records[0]!)).toEqual(Object.keys(patientSchema.shape));
  });
});

describe('downloads written piece by piece', () => {
  const everyColumn = (rows: readonly object[]) =>
    rows.map((row) =>
      Object.fromEntries(columnsOf(TABLES.outcomes).map((column) => [column, (row as Record<string, unknown>)[column] ?? null])),
    );

  test.each([0, 1, 2, manyOutcomes.length])('JSON of %i records is what JSON.stringify writes of the whole', (count) => {
    const rows = manyOutcomes.slice(0, count);
    expect(outcomesJson(rows)).toBe(`${JSON.stringify({ licence: DATA_LICENCE, records: everyColumn(rows) }, null, 2)}\n`);
  });

  test.each([0, 1, 500, 501, manyOutcomes.length])('CSV of %i records is what the CSV library writes of the whole', (count) => {
    const rows = manyOutcomes.slice(0, count);
    const columns = columnsOf(TABLES.outcomes);
    const whole = stringify([columns, ...rows.map((row) => columns.map((column) => cellText((row as Record<string, unknown>)[column])))], {
      record_delimiter: 'unix',
    });
    expect(outcomesCsv(rows)).toBe(whole);
  });

  test('a large table comes in several pieces, so the build never holds it as one string', () => {
    expect([...tableCsvPieces(TABLES.outcomes, manyOutcomes)].length).toBeGreaterThan(2);
    expect([...tableJsonPieces(TABLES.outcomes, manyOutcomes)].length).toBe(manyOutcomes.length + 2);
  });

  test('the stream carries the pieces as UTF-8, in chunks, byte for byte', async () => {
    const pieces = [...tableJsonPieces(TABLES.outcomes, manyOutcomes)];
    const chunks: Uint8Array[] = [];
    for await (const chunk of textStream(pieces)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  test('the stream of no text is empty, and a response reads it back whole', async () => {
    expect(await new Response(textStream([])).text()).toBe('');
    expect(await new Response(textStream(['a', 'é', '≥'])).text()).toBe('aé≥');
  });
});
