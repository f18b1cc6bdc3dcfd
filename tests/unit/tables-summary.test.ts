import { describe, expect, test } from 'vitest';
import { NOT_REPORTED } from '../../scripts/tables/cells.ts';
import { evidenceBase } from '../../scripts/tables/certainty.ts';
import { rowLabel, SUMMARY_QUESTIONS, summaryOfFindings } from '../../scripts/tables/summary.ts';
import { TEST_LINKS, testOutcome, testReviewRange, testSource } from '../support/compare-fixtures.ts';

const sources = [
  testSource({ id: 'net', kind: 'systematic-review', cancers: ['neuroendocrine'], patients: 793, studies: 22 }),
  testSource({ id: 'crc', patients: 45 }),
  testSource({ id: 'leaflet', kind: 'patient-information', cancers: ['neuroendocrine'] }),
];
const outcomes = [
  testReviewRange('net-os-5y', 'net'),
  testOutcome({
    id: 'crc-os-1y',
    source: 'crc',
    measure: 'overall-survival',
    timepointMonths: '12',
    value: '90.0',
    locator: 'figure',
    locatorDetail: 'Figure 1',
  }),
  testOutcome({
    id: 'crc-os-3y-restated',
    source: 'crc',
    measure: 'overall-survival',
    timepointMonths: '36',
    value: '60.5',
    detail: 'as restated in the Discussion',
  }),
  testOutcome({
    id: 'crc-background-os',
    source: 'crc',
    group: 'background',
    measure: 'overall-survival',
    timepointMonths: '60',
    value: '30',
  }),
];
const [survival] = summaryOfFindings(sources, outcomes, TEST_LINKS);

describe('summary of findings', () => {
  test('has one table per question, survival first, each with its rows in order', () => {
    expect(SUMMARY_QUESTIONS.map((q) => q.id)).toEqual(['survival', 'recurrence', 'safety', 'symptoms']);
    expect(survival?.rows.map((row) => row.label)).toEqual([
      'Overall survival at 1 year',
      'Overall survival at 3 years',
      'Overall survival at 5 years',
      'Overall survival at 10 years',
      'Median survival',
    ]);
  });

  test('has a column per primary cancer and source with results of its own, cancers in review order', () => {
    expect(survival?.columns.map((c) => `${c.cancer}:${c.source.id}`)).toEqual(['neuroendocrine:net', 'colorectal:crc']);
    expect(survival?.cancers).toEqual([
      { cancer: 'neuroendocrine', label: 'Neuroendocrine', span: 1 },
      { cancer: 'colorectal', label: 'Colorectal', span: 1 },
    ]);
  });

  test('fills a cell with the figure, its group, locator and link', () => {
    const cell = survival?.rows[0]?.cells[1];
    expect(cell).toEqual({
      kind: 'figures',
      figures: [
        {
          id: 'crc-os-1y',
          href: '/sources/crc/#crc-os-1y',
          text: '90.0%',
          measure: 'Overall survival at 1 year',
          group: 'Everyone (n = 20)',
          locator: 'Figure 1',
          note: undefined,
        },
      ],
    });
  });

  test('says "Not reported" in every empty cell, never leaves it blank', () => {
    expect(survival?.rows[0]?.cells[0]).toEqual({ kind: 'not-reported', text: NOT_REPORTED });
    expect(survival?.rows[3]?.cells).toEqual([
      { kind: 'not-reported', text: 'Not reported' },
      { kind: 'not-reported', text: 'Not reported' },
    ]);
  });

  test('keeps a restated figure in its time point row with its own wording', () => {
    const [figure] = survival?.rows[1]?.cells[1]?.kind === 'figures' ? survival.rows[1].cells[1].figures : [];
    expect(figure?.measure).toBe('Overall survival at 3 years: as restated in the Discussion');
  });

  test('leaves background figures out of the comparison', () => {
    const ids = survival?.rows.flatMap((row) =>
      row.cells.flatMap((cell) => (cell.kind === 'figures' ? cell.figures.map((f) => f.id) : [])),
    );
    expect(ids).toEqual(['crc-os-1y', 'crc-os-3y-restated', 'net-os-5y']);
  });

  test('gives every row a stable anchor built from the measure and time point', () => {
    expect(survival?.rows.map((row) => row.id)).toEqual([
      'sof-survival-overall-survival-12m',
      'sof-survival-overall-survival-36m',
      'sof-survival-overall-survival-60m',
      'sof-survival-overall-survival-120m',
      'sof-survival-median-survival',
    ]);
  });

  test('labels rows that gather several measures with each name', () => {
    expect(rowLabel({ measures: ['recurrence', 'recurrence-or-progression'] })).toBe('Recurrence / Recurrence or progression');
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
