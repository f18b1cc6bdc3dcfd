import { expect, test } from 'vitest';
import { inReadingOrder } from '../../scripts/tables/order.ts';
import { testOutcome } from '../support/compare-fixtures.ts';

test('figures read by measure, then time after surgery, earliest first; equal ones keep their order', () => {
  const figure = (id: string, measure: string, timepointMonths?: string) =>
    testOutcome({
      id,
      source: 's',
      measure,
      value: '1',
      ...(measure === 'median-survival' ? { statistic: 'median', unit: 'months' } : {}),
      ...(timepointMonths ? { timepointMonths } : {}),
    });
  const figures = [
    figure('median', 'median-survival'),
    figure('os-10y', 'overall-survival', '120'),
    figure('rfs-1y', 'recurrence-free-survival', '12'),
    figure('os-3y-subgroup', 'overall-survival', '36'),
    figure('os-3y', 'overall-survival', '36'),
    figure('os-1y', 'overall-survival', '12'),
  ];
  expect(inReadingOrder(figures).map((o) => o.id)).toEqual(['os-1y', 'os-3y-subgroup', 'os-3y', 'os-10y', 'rfs-1y', 'median']);
  expect(figures[0]?.id).toBe('median');
});
