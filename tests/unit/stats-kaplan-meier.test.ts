import { describe, expect, test } from 'vitest';
import { kaplanMeier, kaplanMeierMedian, type Observation } from '../../scripts/stats/kaplan-meier.ts';
import { medianInterval, plainMedian } from '../../scripts/stats/median.ts';

/**
 * Freireich et al. (1963), 6-mercaptopurine arm: weeks in remission for 21 children with leukaemia, the worked
 * example in Gehan (1965) and in Kleinbaum & Klein, "Survival Analysis: A Self-Learning Text", chapter 2.
 * Relapses at 6, 6, 6, 7, 10, 13, 16, 22, 23; censored at 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35.
 */
const SIX_MP: Observation[] = [
  ...[6, 6, 6, 7, 10, 13, 16, 22, 23].map((time) => ({ time, event: true })),
  ...[6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35].map((time) => ({ time, event: false })),
];

/**
 * By hand, S(t) = product of (n − d) / n over event times, events counted before censorings at the same time:
 *   t=6  n=21 d=3  18/21              = 0.8571
 *   t=7  n=17 d=1  0.8571 × 16/17     = 0.8067
 *   t=10 n=15 d=1  0.8067 × 14/15     = 0.7529
 *   t=13 n=12 d=1  0.7529 × 11/12     = 0.6902
 *   t=16 n=11 d=1  0.6902 × 10/11     = 0.6275
 *   t=22 n=7  d=1  0.6275 × 6/7       = 0.5378
 *   t=23 n=6  d=1  0.5378 × 5/6       = 0.4482   ← first value ≤ 0.5, so the median is 23 weeks
 */
const EXPECTED = [
  [6, 21, 0.8571],
  [7, 17, 0.8067],
  [10, 15, 0.7529],
  [13, 12, 0.6902],
  [16, 11, 0.6275],
  [22, 7, 0.5378],
  [23, 6, 0.4482],
] as const;

describe('Kaplan–Meier estimate of the textbook 6-MP example', () => {
  const curve = kaplanMeier(SIX_MP);

  test.each(EXPECTED)('at %i weeks: %i at risk, survival %f', (time, atRisk, survival) => {
    const step = curve.steps.find((candidate) => candidate.time === time);
    expect(step?.atRisk).toBe(atRisk);
    expect(step?.survival).toBeCloseTo(survival, 4);
  });

  test('counts events and censorings', () => {
    expect(curve).toMatchObject({ patients: 21, events: 9, censored: 12 });
    expect(curve.steps.find((step) => step.time === 6)).toMatchObject({ events: 3, censored: 1 });
  });

  test('holds survival flat through censorings', () => {
    const at = (time: number) => curve.steps.find((step) => step.time === time);
    expect(at(9)).toMatchObject({ events: 0, censored: 1 });
    expect(at(9)?.survival).toBeCloseTo(0.8067, 4);
    expect(at(35)?.survival).toBeCloseTo(0.4482, 4);
  });

  /**
   * Greenwood at 6 weeks: SE = S × √(d / (n(n − d))) = 0.8571 × √(3 / (21 × 18)) = 0.8571 × 0.08909 = 0.0764.
   * Log–log band: c = 1.96 × 0.08909 / |ln 0.8571| = 1.96 × 0.08909 / 0.15415 = 1.1327;
   * lower = 0.8571^exp(1.1327) = 0.8571^3.1042 = 0.6197, upper = 0.8571^exp(−1.1327) = 0.8571^0.3222 = 0.9516.
   * At 23 weeks the Greenwood sum is 3/378 + 1/272 + 1/210 + 1/132 + 1/110 + 1/42 + 1/30 = 0.09018, so
   * c = 1.96 × √0.09018 / |ln 0.4482| = 1.96 × 0.30031 / 0.80250 = 0.7335; lower = 0.4482^2.0822 = 0.1881, upper = 0.4482^0.4803 = 0.6801.
   */
  test('gives the Greenwood standard error and the log–log confidence band', () => {
    const first = curve.steps[0];
    expect(first?.standardError).toBeCloseTo(0.0764, 4);
    expect(first?.lower).toBeCloseTo(0.6197, 4);
    expect(first?.upper).toBeCloseTo(0.9516, 4);
    const last = curve.steps.find((step) => step.time === 23);
    expect(last?.lower).toBeCloseTo(0.1881, 4);
    expect(last?.upper).toBeCloseTo(0.6801, 4);
  });

  /**
   * Lower band at 10 weeks: 0.7529^exp(1.96 × √0.016375 / 0.28381) = 0.7529^2.4199 = 0.5032, still above one half;
   * at 13 weeks: 0.6902^exp(1.96 × √0.023951 / 0.37077) = 0.6902^2.2662 = 0.4316. The upper band never reaches one half.
   */
  test('finds the median and its interval', () => {
    expect(kaplanMeierMedian(curve)).toEqual({ median: 23, lower: 13, upper: undefined, atRiskAtMedian: 6 });
  });
});

describe('edge cases', () => {
  test('a curve that never reaches one half has no median', () => {
    const curve = kaplanMeier([
      { time: 5, event: true },
      { time: 10, event: false },
      { time: 12, event: false },
    ]);
    expect(kaplanMeierMedian(curve).median).toBeUndefined();
  });

  test('when everyone at risk dies survival is exactly zero and the band closes', () => {
    const curve = kaplanMeier([
      { time: 2, event: true },
      { time: 4, event: true },
    ]);
    expect(curve.steps.map((step) => step.survival)).toEqual([0.5, 0]);
    expect(curve.steps[1]).toMatchObject({ standardError: undefined, lower: undefined, upper: undefined });
    expect(kaplanMeierMedian(curve)).toMatchObject({ median: 2, upper: 4 });
  });

  test('censorings before the first event leave survival at one with no band', () => {
    const curve = kaplanMeier([
      { time: 1, event: false },
      { time: 3, event: true },
      { time: 4, event: false },
    ]);
    expect(curve.steps[0]).toMatchObject({ survival: 1, standardError: undefined, lower: undefined });
    expect(curve.steps[1]?.survival).toBeCloseTo(0.5, 10);
  });

  test('rejects a negative or missing time', () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: Number.NaN, event: true }])).toThrow(RangeError);
  });
});

describe('plain median', () => {
  test('takes the middle value or the mean of the two middle values', () => {
    expect(plainMedian([3, 1, 2])).toBe(2);
    expect(plainMedian([16, 16, 22, 24, 32, 36, 37, 42, 56, 56, 69, 72])).toBe(36.5);
    expect(plainMedian([])).toBeUndefined();
  });

  test('gives every value that counts as a median', () => {
    expect(medianInterval([4, 1, 3, 2])).toEqual([2, 3]);
    expect(medianInterval([5])).toEqual([5, 5]);
  });
});
