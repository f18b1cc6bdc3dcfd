import { describe, expect, test } from 'vitest';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { formatFigure, measureLabel, locatorLabel, timepointLabel } from '../../scripts/format/figure.ts';
import { outcomeInput } from '../support/records.ts';

const outcome = (overrides: Record<string, string>) =>
  outcomeSchema.parse(
    outcomeInput({
      id: 'x',
      source: 's',
      cancer: 'colorectal',
      group: 'all',
      measure: 'median-survival',
      statistic: 'median',
      unit: 'months',
      locator: 'figure',
      locatorDetail: 'Figure 2',
      ...overrides,
    }),
  );

describe('formatFigure', () => {
  test.each([
    ['a median with its range', { value: '32', low: '16', high: '72' }, '32 months (range 16–72)'],
    [
      'a range across studies',
      { statistic: 'range-across-studies', measure: 'overall-survival', unit: '%', low: '46', high: '86' },
      '46–86%',
    ],
    ['a rate printed with a trailing zero', { measure: 'overall-survival', statistic: 'rate', unit: '%', value: '0.0' }, '0.0%'],
    [
      'a count with its printed share',
      { measure: 'characteristic', detail: 'IDC', statistic: 'count', unit: 'patients', value: '12', sharePercent: '92.3' },
      '12 patients (92.3%)',
    ],
    ['a single patient', { measure: 'mortality-30-day', statistic: 'count', unit: 'patients', value: '1' }, '1 patient'],
    [
      'a mean with SD and range',
      { measure: 'age', statistic: 'mean', unit: 'years', value: '51.0', sd: '9.4', low: '39', high: '64' },
      '51.0 years (SD 9.4; range 39–64)',
    ],
    [
      'a qualified figure',
      { measure: 'share-of-liver-metastases', statistic: 'rate', unit: '%', value: '10', qualifier: 'almost' },
      'almost 10%',
    ],
    [
      'a qualified range',
      { measure: 'overall-survival', statistic: 'rate', unit: '%', low: '70', high: '80', qualifier: 'exceeding' },
      'over 70–80%',
    ],
  ])('shows %s as printed', (_name, overrides, expected) => {
    expect(formatFigure(outcome(overrides))).toBe(expected);
  });

  test('the value part drops ranges for plain sentences', () => {
    expect(formatFigure(outcome({ value: '32', low: '16', high: '72' }), 'value')).toBe('32 months');
  });
});

describe('labels', () => {
  test('time points read in years where whole', () => {
    expect([12, 36, 60, 120, 30].map(timepointLabel)).toEqual(['1 year', '3 years', '5 years', '10 years', '30 months']);
  });

  test('measure labels carry the time point and detail', () => {
    expect(measureLabel(outcome({ measure: 'overall-survival', statistic: 'rate', unit: '%', value: '60.5', timepointMonths: '60' }))).toBe(
      'Overall survival at 5 years',
    );
    expect(measureLabel(outcome({ measure: 'characteristic', statistic: 'count', unit: 'patients', value: '3', detail: 'men' }))).toBe(
      'Men',
    );
    expect(measureLabel(outcome({ measure: 'tumour-size', unit: 'mm', value: '35', detail: 'before chemotherapy' }))).toBe(
      'Tumour size: before chemotherapy',
    );
  });

  test('locators name the table or the section', () => {
    expect(locatorLabel({ locator: 'table', locatorDetail: 'Table 2' })).toBe('Table 2');
    expect(locatorLabel({ locator: 'results', locatorDetail: 'Surgical outcomes' })).toBe('Results: Surgical outcomes');
    expect(locatorLabel({ locator: 'abstract', locatorDetail: undefined })).toBe('Abstract');
  });
});
