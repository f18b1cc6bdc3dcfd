import { describe, expect, test } from 'vitest';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { checkSurvivalNeverRises, checkUniqueIds, type OutcomeRecord } from '../../scripts/content/checks.ts';
import { outcomeInput } from '../support/records.ts';

let line = 1;
const record = (overrides: Record<string, string>): OutcomeRecord => ({
  ...outcomeSchema.parse(
    outcomeInput({
      id: `r${line}`,
      source: 's',
      cancer: 'neuroendocrine',
      group: 'all',
      measure: 'overall-survival',
      statistic: 'range-across-studies',
      unit: '%',
      locator: 'abstract',
      ...overrides,
    }),
  ),
  origin: { file: 'outcomes/s.csv', line: ++line },
});

describe('survival never rises with time', () => {
  test('accepts ranges whose both ends fall', () => {
    expect(
      checkSurvivalNeverRises([
        record({ timepointMonths: '60', low: '46', high: '86' }),
        record({ timepointMonths: '120', low: '35', high: '79' }),
      ]),
    ).toEqual([]);
  });

  test('flags the end of a range that rises', () => {
    const problems = checkSurvivalNeverRises([
      record({ id: 'five', timepointMonths: '60', low: '46', high: '86' }),
      record({ id: 'ten', timepointMonths: '120', low: '35', high: '90' }),
    ]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'high: is 90% at 120 months, higher than 86% at 60 months (five) for the same group; survival cannot rise with time',
    ]);
  });

  test('compares only the same group, measure and detail', () => {
    expect(
      checkSurvivalNeverRises([
        record({ timepointMonths: '12', statistic: 'rate', value: '50.0' }),
        record({ timepointMonths: '36', statistic: 'rate', value: '60.0', group: 'other' }),
        record({ timepointMonths: '36', statistic: 'rate', value: '60.0', detail: 'as restated in the Discussion' }),
        record({ timepointMonths: '36', statistic: 'rate', value: '60.0', measure: 'recurrence' }),
      ]),
    ).toEqual([]);
  });
});

test('unique ids point at the first use', () => {
  const problems = checkUniqueIds(
    [
      { id: 'a', origin: { file: 'one.csv', line: 2 } },
      { id: 'a', origin: { file: 'two.csv', line: 5 } },
    ],
    'outcome record',
  );
  expect(problems).toEqual([
    { file: 'two.csv', line: 5, field: 'id', message: '"a" is already used by another outcome record (one.csv:2); ids must be unique' },
  ]);
});
