import { describe, expect, test } from 'vitest';
import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import { testOutcome, testPatient } from '../support/compare-fixtures.ts';
import { kaplanMeierChecks, patientTables, recomputedNotes, shareBeyond } from '../../scripts/checks/recomputed.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { findLooseNumbers } from '../../scripts/content/prose.ts';
import { validateContent } from '../../scripts/content/validate.ts';

const outcome = (fields: Record<string, string> & { id: string }): Outcome =>
  testOutcome({ source: 's', group: 'g', unit: 'months', locator: 'figure', locatorDetail: 'Figure 3', ...fields });

const patient = (months: string, status: Patient['status'], group = 'g'): Patient => testPatient({ group, months, status });

const median = (value: string) => outcome({ id: 'median', measure: 'median-survival', statistic: 'median', value });

/** Four patients: deaths at 10 and 30, censored at 20 and 40. KM: 10 → 3/4; 30 → 3/4 × 1/2 = 3/8, so the median is 30. */
const TABLE = () => [
  patient('10', 'dead'),
  patient('20', 'alive-disease-free'),
  patient('30', 'dead'),
  patient('40', 'alive-on-treatment'),
];

describe('Kaplan–Meier check against a printed median', () => {
  test('writes no note when the printed median is the Kaplan–Meier median', () => {
    expect(recomputedNotes({ id: 's' }, [median('30')], TABLE())).toEqual([]);
  });

  test('writes a computed note naming the printed record when they differ', () => {
    const [note] = recomputedNotes({ id: 's' }, [median('25')], TABLE());
    expect(note).toMatchObject({ id: 'recomputed-median-g', computed: true, records: ['median'] });
    expect(note?.recomputed.map((figure) => [figure.text.split(' (')[0], figure.agrees])).toEqual([
      ['30 months', false],
      ['25 months', true],
    ]);
  });

  test('says the printed median looks like the plain median when it lies between the two middle times', () => {
    const [note] = recomputedNotes({ id: 's' }, [median('25')], TABLE());
    expect(note?.detail).toContain('matches the plain median');
    expect(note?.detail).toContain('comes out later');
    expect(note?.detail).toContain('do not record when each survival time starts');
  });

  test('says so when the printed median matches neither', () => {
    const [note] = recomputedNotes({ id: 's' }, [median('12')], TABLE());
    expect(note?.detail).toContain('matches neither');
  });

  test('skips tables with any unknown status and medians of other groups', () => {
    expect(kaplanMeierChecks({ id: 's' }, [median('25')], [...TABLE(), patient('5', 'unknown')])).toEqual([]);
    expect(
      kaplanMeierChecks(
        { id: 's' },
        [median('25')],
        TABLE().map((p) => ({ ...p, group: 'other' })),
      ),
    ).toEqual([]);
  });
});

describe('survival times without status', () => {
  const rate = (id: string, months: string, value: string) =>
    outcome({ id, measure: 'overall-survival', statistic: 'rate', timepointMonths: months, value, unit: '%', locatorDetail: 'Fig. 2' });
  const times = () => [patient('6', 'unknown'), patient('13', 'unknown'), patient('40', 'unknown')];

  test('counts the rows beyond a time point', () => {
    const [table] = patientTables(times());
    expect(table && shareBeyond(table, 12)).toEqual({ count: 2, total: 3, percent: (2 / 3) * 100 });
  });

  test('sets each printed rate beside the share of times, saying plainly it is not an estimate', () => {
    const [note] = recomputedNotes({ id: 's' }, [rate('one', '12', '100.0'), rate('three', '36', '33.3')], times());
    expect(note).toMatchObject({ id: 'recomputed-survival-times-g', records: ['one', 'three'] });
    expect(note?.detail).toContain('does not say whether the patient was alive or had died');
    expect(note?.detail).toContain('not a survival estimate');
    expect(note?.recomputed.map((figure) => [figure.text, figure.agrees])).toEqual([
      ['2 of 3 patients (66.7%)', false],
      ['1 of 3 patients (33.3%)', true],
    ]);
  });

  test('writes nothing when every share happens to match', () => {
    expect(recomputedNotes({ id: 's' }, [rate('three', '36', '33.3')], times())).toEqual([]);
  });
});

describe('on the review content', () => {
  const { dataset } = validateContent(contentDir());
  const notes = dataset.sources.flatMap((source) => recomputedNotes(source, dataset.outcomes, dataset.patients));

  test('the colorectal Table 2 gives a Kaplan–Meier median of 69 months against the printed 36, and a plain median of 36.5', () => {
    const [check] = kaplanMeierChecks({ id: 'istanbul-colorectal-series' }, dataset.outcomes, dataset.patients);
    expect(check?.reported.id).toBe('crc-median-survival-reoperated');
    expect(check?.median).toMatchObject({ median: 69, lower: 24, upper: undefined, atRiskAtMedian: 2 });
    expect(check?.figures.map((figure) => figure.value)).toEqual([69, 36.5]);
  });

  test('every computed note keeps figures out of its words, like the hand-written ones', () => {
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(findLooseNumbers(`${note.title} ${note.detail}`), note.id).toEqual([]);
  });

  test('every computed note names only records of its own source', () => {
    for (const source of dataset.sources) {
      for (const note of recomputedNotes(source, dataset.outcomes, dataset.patients)) {
        for (const id of note.records) expect(dataset.outcomes.find((o) => o.id === id)?.source).toBe(source.id);
      }
    }
  });
});
