import { describe, expect, test } from 'vitest';
import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import { testOutcome, testPatient } from '../support/compare-fixtures.ts';
import { kaplanMeierChecks, recomputedNotes } from '../../scripts/checks/recomputed.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { findLooseNumbers } from '../../scripts/content/prose.ts';
import { validateContent } from '../../scripts/content/validate.ts';

const outcome = (fields: Record<string, string> & { id: string }): Outcome =>
  testOutcome({ source: 's', group: 'g', unit: 'months', locator: 'figure', locatorDetail: 'Figure 3', ...fields });

const patient = (months: string, status: Patient['status'], group = 'g'): Patient => testPatient({ group, months, status });

const median = (value: string, range: Record<string, string> = {}) =>
  outcome({ id: 'median', measure: 'median-survival', statistic: 'median', value, ...range });

const SOURCE = { id: 's', groups: [{ id: 'g', label: 'The group' }] };

/** Four patients: deaths at 10 and 30, censored at 20 and 40. KM: 10 → 3/4; 30 → 3/4 × 1/2 = 3/8, so the median is 30. */
const TABLE = () => [
  patient('10', 'dead'),
  patient('20', 'alive-disease-free'),
  patient('30', 'dead'),
  patient('40', 'alive-on-treatment'),
];

describe('Kaplan–Meier check against a printed median', () => {
  test('writes no note when the printed median is the Kaplan–Meier median', () => {
    expect(recomputedNotes(SOURCE, [median('30')], TABLE())).toEqual([]);
  });

  test('writes a computed note naming the printed record when they differ', () => {
    const [note] = recomputedNotes(SOURCE, [median('25')], TABLE());
    expect(note).toMatchObject({ id: 'recomputed-median-g', computed: true, records: ['median'] });
    expect(note?.recomputed.map((figure) => [figure.text, figure.agrees])).toEqual([
      ['30 months (95% confidence interval 10 months to not estimable)', false],
      ['25 months (range 10–40)', true],
    ]);
  });

  test('says the printed median is the plain median when it equals it exactly', () => {
    const [note] = recomputedNotes(SOURCE, [median('25')], TABLE());
    expect(note?.detail).toContain('It equals the plain median of all the survival times');
    expect(note?.detail).toContain('do not record when each survival time starts');
  });

  test('names the one patient whose omission reproduces the printed median and range', () => {
    const [note] = recomputedNotes(SOURCE, [median('20', { low: '10', high: '30' })], TABLE());
    expect(note?.detail).toContain('reproduced only when one patient is left out');
    expect(note?.recomputed.at(-1)?.label).toMatch(/^Plain median and range of Table 2 without patient \d+ \(40 months\)$/);
    expect(note?.recomputed.at(-1)?.text).toBe('20 months (range 10–30)');
  });

  test('says so when no omission reproduces the printed figure', () => {
    const [note] = recomputedNotes(SOURCE, [median('12', { low: '10', high: '40' })], TABLE());
    expect(note?.detail).toContain('No single patient left out of the table reproduces the printed median and range');
  });

  test('skips tables with any unknown status and medians of other groups', () => {
    expect(kaplanMeierChecks(SOURCE, [median('25')], [...TABLE(), patient('5', 'unknown')])).toEqual([]);
    expect(
      kaplanMeierChecks(
        SOURCE,
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

  test('sets a printed rate that no pattern of deaths and survivors allows beside every value the times allow', () => {
    const [note] = recomputedNotes(SOURCE, [rate('one', '12', '50.0')], times());
    expect(note).toMatchObject({ id: 'recomputed-possible-one', records: ['one'] });
    expect(note?.detail).toContain('not whether the patient had died or was still alive');
    expect(note?.recomputed.map((figure) => [figure.text, figure.agrees])).toEqual([['66.7%, 100.0%', false]]);
  });

  test('writes nothing when the printed rate is one the times allow', () => {
    expect(recomputedNotes(SOURCE, [rate('one', '12', '100.0'), rate('three', '36', '33.3')], times())).toEqual([]);
  });
});

describe('on the review content', () => {
  const { dataset } = validateContent(contentDir());
  const notes = dataset.sources.flatMap((source) => recomputedNotes(source, dataset.outcomes, dataset.patients));

  test('the colorectal Table 2 gives a Kaplan–Meier median of 69 months against the printed 36, a plain median of 36.5, and 36 (16–69) only without patient 3', () => {
    const [check] = kaplanMeierChecks({ id: 'istanbul-colorectal-series' }, dataset.outcomes, dataset.patients);
    expect(check?.reported.id).toBe('crc-median-survival-reoperated');
    expect(check?.median).toMatchObject({ median: 69, lower: 24, upper: undefined, atRiskAtMedian: 2 });
    expect(check?.figures.map((figure) => figure.value)).toEqual([69, 36.5, 36]);
    expect(check?.figures.at(-1)?.label).toBe('Plain median and range of Table 2 without patient 3 (72 months)');
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
