import { describe, expect, test } from 'vitest';
import { kaplanMeier } from '../../scripts/stats/kaplan-meier.ts';
import { possibleKaplanMeierAt, possibleShareEstimatesAt, survivalAt } from '../../scripts/stats/possible-estimates.ts';

describe('survivalAt', () => {
  const curve = kaplanMeier([
    { time: 5, event: true },
    { time: 10, event: false },
    { time: 20, event: true },
  ]);

  test('reads the last step at or before the time', () => {
    expect(survivalAt(curve, 4)).toBe(1);
    expect(survivalAt(curve, 5)).toBeCloseTo(2 / 3);
    expect(survivalAt(curve, 19)).toBeCloseTo(2 / 3);
    expect(survivalAt(curve, 20)).toBe(0);
  });

  test('is undefined past the end of a curve whose last patient was censored', () => {
    const censoredLast = kaplanMeier([
      { time: 5, event: true },
      { time: 10, event: false },
    ]);
    expect(survivalAt(censoredLast, 12)).toBeUndefined();
    expect(survivalAt(curve, 30)).toBe(0);
  });
});

describe('possibleKaplanMeierAt', () => {
  test('with every time beyond the point, the only possible estimate is 100%', () => {
    expect(possibleKaplanMeierAt([15.2, 15.6, 17.6, 39.3, 50.2, 54.4, 57.9], 12)).toEqual({ values: [100], canBeUndefined: false });
  });

  test('with every time before the point, the estimate is 0% or does not exist', () => {
    expect(possibleKaplanMeierAt([13.1, 12.5, 25.0, 7.1, 11.8, 7.6], 36)).toEqual({ values: [0], canBeUndefined: true });
  });

  test('lists each value some pattern gives', () => {
    // Two patients at 1 and 3 months; at 2 months the first either died (50%) or was censored (100%).
    expect(possibleKaplanMeierAt([1, 3], 2)).toEqual({ values: [50, 100], canBeUndefined: false });
  });

  test('does not try more rows than it can enumerate', () => {
    expect(
      possibleKaplanMeierAt(
        Array.from({ length: 17 }, (_, i) => i + 1),
        5,
      ),
    ).toBeUndefined();
  });
});

describe('possibleShareEstimatesAt', () => {
  test('is k of n when nobody left follow-up before the point, and unknown otherwise', () => {
    expect(possibleShareEstimatesAt([15, 16, 20], 12)).toEqual([0, 33.3, 66.7, 100]);
    expect(possibleShareEstimatesAt([10, 16, 20], 12)).toBeUndefined();
  });
});
