import { describe, expect, test } from 'vitest';
import { evidenceBase } from '../../scripts/tables/certainty.ts';
import { eligibleForComparison, NOT_REPORTED } from '../../scripts/tables/cells.ts';
import { headlineFirst, rowMeasure, SUMMARY_QUESTIONS, summaryOfFindings } from '../../scripts/tables/summary.ts';
import { TEST_LINKS, testOutcome, testReviewRange, testSource } from '../support/compare-fixtures.ts';

const sources = [
  testSource({ id: 'net', kind: 'systematic-review', cancers: ['neuroendocrine'], patients: 793, studies: 22 }),
  testSource({
    id: 'crc',
    patients: 45,
    groups: [
      { id: 'all', label: 'Everyone', size: 20 },
      { id: 'few', label: 'A subgroup', size: 6 },
      { id: 'uncounted', label: 'A group the source does not count' },
      { id: 'background', label: 'Cited from elsewhere' },
    ],
  }),
  testSource({ id: 'leaflet', kind: 'patient-information', cancers: ['neuroendocrine'] }),
];
const os = (id: string, fields: Record<string, string>) =>
  testOutcome({ id, source: 'crc', measure: 'overall-survival', timepointMonths: '12', ...fields });
const outcomes = [
  testReviewRange('net-os-5y', 'net'),
  os('crc-os-1y-few', { group: 'few', value: '80.0', locator: 'figure', locatorDetail: 'Figure 2' }),
  os('crc-os-1y-discussion', { value: '88.0', locator: 'discussion' }),
  os('crc-os-1y', { value: '90.0', locator: 'figure', locatorDetail: 'Figure 1' }),
  os('crc-os-3y-restated', { timepointMonths: '36', value: '60.5', detail: 'as restated in the Discussion' }),
  os('crc-background-os', { group: 'background', timepointMonths: '60', value: '30' }),
];
const tables = summaryOfFindings(sources, outcomes, TEST_LINKS);
const [survival] = tables;

describe('summary of findings', () => {
  test('asks its questions in a clinician’s order, each row in short plain words', () => {
    expect(SUMMARY_QUESTIONS.map((q) => q.id)).toEqual(['survival', 'recurrence', 'safety', 'symptoms']);
    expect(SUMMARY_QUESTIONS.flatMap((q) => q.rows.map((row) => row.label))).not.toContainEqual(expect.stringMatching(/\//));
    expect(SUMMARY_QUESTIONS[1]?.rows.find((row) => row.measures.includes('recurrence'))?.label).toBe('Cancer came back');
  });

  test('shows only the questions and rows some source answers: no row where every cell is "Not reported"', () => {
    expect(tables.map((table) => table.id)).toEqual(['sof-survival']);
    expect(survival?.rows.map((row) => row.label)).toEqual(['Alive at 1 year', 'Alive at 3 years', 'Alive at 5 years']);
    for (const row of survival?.rows ?? [])
      expect(
        row.cells.some((cell) => cell.kind === 'figures'),
        row.label,
      ).toBe(true);
  });

  test('has a column per primary cancer and source with figures for the question, and names the silent ones', () => {
    expect(survival?.columns.map((c) => `${c.cancer}:${c.source.id}`)).toEqual(['neuroendocrine:net', 'colorectal:crc']);
    expect(survival?.cancers).toEqual([
      { cancer: 'neuroendocrine', label: 'Neuroendocrine', span: 1 },
      { cancer: 'colorectal', label: 'Colorectal', span: 1 },
    ]);
    expect(survival?.silent).toEqual([]);
    const withSilent = summaryOfFindings(
      sources,
      [...outcomes, testOutcome({ id: 'leaflet-age', source: 'leaflet', measure: 'age', value: '60', unit: 'years' })],
      TEST_LINKS,
    );
    expect(withSilent[0]?.silent.map((c) => c.source.id)).toEqual(['leaflet']);
  });

  test('puts one headline figure in a cell and the others behind it, by the stated rule', () => {
    const cell = survival?.rows[0]?.cells[1];
    expect(cell).toMatchObject({
      kind: 'figures',
      headline: {
        id: 'crc-os-1y',
        href: '/sources/crc/#crc-os-1y',
        text: '90.0%',
        measure: 'Overall survival at 1 year',
        group: 'Everyone (n = 20)',
        locator: 'Figure 1',
      },
    });
    expect(cell?.kind === 'figures' && cell.more.map((figure) => figure.id)).toEqual(['crc-os-1y-discussion', 'crc-os-1y-few']);
  });

  test('says "Not reported" where a source gives no figure for a row it could fill', () => {
    expect(survival?.rows[0]?.cells[0]).toEqual({ kind: 'not-reported', text: NOT_REPORTED });
  });

  test('keeps a restated figure in its time point row with its own wording', () => {
    const cell = survival?.rows[1]?.cells[1];
    expect(cell?.kind === 'figures' && cell.headline.measure).toBe('Overall survival at 3 years: as restated in the Discussion');
    expect(survival?.rows[1]?.measure).toBe('Overall survival at 3 years');
  });

  test('leaves background figures out of the comparison', () => {
    expect(eligibleForComparison(outcomes.find((o) => o.id === 'crc-background-os')!)).toBe(false);
    const ids = survival?.rows.flatMap((row) =>
      row.cells.flatMap((cell) => (cell.kind === 'figures' ? [cell.headline, ...cell.more].map((f) => f.id) : [])),
    );
    expect(ids).not.toContain('crc-background-os');
  });

  test('gives every row a stable anchor built from the measure and time point', () => {
    expect(survival?.rows.map((row) => row.id)).toEqual([
      'sof-survival-overall-survival-12m',
      'sof-survival-overall-survival-36m',
      'sof-survival-overall-survival-60m',
    ]);
  });

  test('names what a row measures in the review’s terms, so a cell repeats a figure’s measure only where it says more', () => {
    expect(rowMeasure({ label: 'Alive at 5 years', measures: ['overall-survival'], timepointMonths: 60 })).toBe(
      'Overall survival at 5 years',
    );
  });
});

describe('the headline rule', () => {
  const [crc] = sources.slice(1);
  const pick = (...ids: string[]) =>
    headlineFirst(
      ids.map((id) => outcomes.find((o) => o.id === id) ?? os(id, { group: id.includes('uncounted') ? 'uncounted' : 'all', value: '1' })),
      crc!,
    ).map((o) => o.id);

  test('prefers the largest group the source counts, and puts a group it does not count last', () => {
    expect(pick('crc-os-1y-few', 'crc-os-1y')).toEqual(['crc-os-1y', 'crc-os-1y-few']);
    expect(pick('x-uncounted', 'crc-os-1y-few')).toEqual(['crc-os-1y-few', 'x-uncounted']);
  });

  test('then a figure printed in the results over one restated in the discussion', () => {
    expect(pick('crc-os-1y-discussion', 'crc-os-1y')).toEqual(['crc-os-1y', 'crc-os-1y-discussion']);
  });

  test('then keeps the source’s own order', () => {
    expect(pick('b', 'a')).toEqual(['b', 'a']);
  });
});

describe('evidence and certainty lines', () => {
  test('name the kinds of evidence, each source’s patient count and its first stated limit', () => {
    expect(evidenceBase(sources)).toEqual({
      kinds: 'Review of published case series (one source); Retrospective case series (one source); Patient information page (one source)',
      patients: [
        { source: 'Source net', text: '793 patients in 22 studies' },
        { source: 'Source crc', text: '45 patients' },
        { source: 'Source leaflet', text: 'no patient count given' },
      ],
      limits: [
        { source: 'Source net', text: 'Limits of net' },
        { source: 'Source crc', text: 'Limits of crc' },
        { source: 'Source leaflet', text: 'Limits of leaflet' },
      ],
    });
  });

  test('count sources of the same kind together', () => {
    expect(evidenceBase([sources[1]!, testSource({ id: 'other' })]).kinds).toBe('Retrospective case series (2 sources)');
  });
});
