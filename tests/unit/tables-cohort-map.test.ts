import { describe, expect, test } from 'vitest';
import { allFigures } from '../../scripts/tables/all-figures.ts';
import { cohortTable } from '../../scripts/tables/cohort.ts';
import { evidenceMap, MAP_THEMES } from '../../scripts/tables/evidence-map.ts';
import { TREATMENTS } from '../../src/schemas/vocabulary.ts';
import { TEST_LINKS, testOutcome, testReviewRange, testSource } from '../support/compare-fixtures.ts';

const sources = [
  testSource({ id: 'crc', patients: 45, studyPeriod: { start: '2013-03', end: '2018-11' }, treatments: ['liver-resection', 'ablation'] }),
  testSource({
    id: 'review',
    kind: 'systematic-review',
    patients: 793,
    studies: 22,
    studyPeriod: { start: 1995, end: 2010 },
    cancers: ['neuroendocrine'],
  }),
  testSource({ id: 'leaflet', kind: 'patient-information', cancers: ['neuroendocrine'], treatments: ['debulking'] }),
];
const outcomes = [
  testOutcome({
    id: 'crc-age',
    source: 'crc',
    measure: 'age',
    statistic: 'median',
    value: '61',
    low: '25',
    high: '76',
    unit: 'years',
    locator: 'table',
    locatorDetail: 'Table 1',
  }),
  testOutcome({ id: 'crc-age-sub', source: 'crc', group: 'background', measure: 'age', statistic: 'median', value: '59', unit: 'years' }),
  testOutcome({
    id: 'crc-median',
    source: 'crc',
    measure: 'median-survival',
    statistic: 'median',
    value: '32',
    unit: 'months',
    treatment: 'liver-resection',
  }),
  testOutcome({
    id: 'crc-stay',
    source: 'crc',
    measure: 'hospital-stay',
    statistic: 'median',
    value: '4',
    unit: 'days',
    treatment: 'ablation',
  }),
  { ...testReviewRange('review-os', 'review'), treatment: 'liver-resection' as const },
  testOutcome({ id: 'crc-cited', source: 'crc', group: 'background', measure: 'share-of-liver-metastases', value: '25' }),
];

describe('cohort table', () => {
  const rows = cohortTable(sources, outcomes, TEST_LINKS);

  test('describes each source from its record', () => {
    expect(rows[0]).toMatchObject({
      source: { id: 'crc', name: 'Source crc', href: '/sources/crc/' },
      design: 'Retrospective case series',
      cancers: 'Colorectal',
      country: 'Nowhere',
      period: 'March 2013 to November 2018',
      size: '45 patients',
      treatments: ['Liver resection', 'Ablation'],
    });
  });

  test('links the age of the whole cohort and says "Not reported" where there is none', () => {
    expect(rows[0]?.age).toMatchObject({
      kind: 'figures',
      figures: [{ id: 'crc-age', text: '61 years (range 25–76)', locator: 'Table 1' }],
    });
    expect(rows[1]?.age).toEqual({ kind: 'not-reported', text: 'Not reported' });
  });

  test('marks a review period as the years searched and a missing size as not reported', () => {
    expect(rows[1]).toMatchObject({ period: '1995 to 2010 (studies searched)', size: '793 patients in 22 studies' });
    expect(rows[2]).toMatchObject({ period: 'Not reported', size: 'Not reported' });
  });
});

describe('evidence map', () => {
  const map = evidenceMap(sources, outcomes, TEST_LINKS);
  const cell = (treatment: string, theme: string) =>
    map.rows.find((row) => row.treatment === treatment)?.cells[MAP_THEMES.indexOf(theme as (typeof MAP_THEMES)[number])];

  test('has every treatment against every result theme', () => {
    expect(map.rows.map((row) => row.treatment)).toEqual([...TREATMENTS]);
    expect(map.rows.every((row) => row.cells.length === MAP_THEMES.length)).toBe(true);
  });

  test('gives each source a short mark in reading order', () => {
    expect(map.key.map((entry) => `${entry.mark} ${entry.id}`)).toEqual(['A crc', 'B review', 'C leaflet']);
  });

  test('lists the sources with a figure that measured the treatment and is that kind of result, with the measures', () => {
    expect(cell('liver-resection', 'survival')).toMatchObject({
      sources: [{ id: 'crc' }, { id: 'review' }],
      measures: ['Median survival', 'Overall survival'],
    });
    expect(cell('ablation', 'safety')).toMatchObject({ sources: [{ id: 'crc' }], measures: ['Hospital stay'] });
  });

  test('leaves a cell empty where no source gives evidence, and never counts background figures', () => {
    expect(cell('debulking', 'survival')).toEqual({ sources: [], measures: [] });
    // The leaflet lists debulking but measured nothing: a listed treatment alone never fills a cell.
    expect(cell('debulking', 'recurrence')).toEqual({ sources: [], measures: [] });
    expect(cell('liver-transplant', 'symptoms')).toEqual({ sources: [], measures: [] });
  });
});

describe('every figure by measure', () => {
  const sections = allFigures(sources, outcomes, TEST_LINKS);

  test('holds every record exactly once', () => {
    const ids = sections.flatMap((section) => section.rows.map((row) => row.figure.id));
    expect(ids.sort()).toEqual(outcomes.map((o) => o.id).sort());
  });

  test('puts the figures cited from other studies last, in a section of their own', () => {
    expect(sections.at(-1)).toMatchObject({
      id: 'figures-background-cited',
      rows: [{ figure: { id: 'crc-age-sub' } }, { figure: { id: 'crc-cited' } }],
    });
    expect(sections.slice(0, -1).map((section) => section.id)).toEqual(['figures-survival', 'figures-safety', 'figures-cohort']);
  });
});
