import { MEASURES, type Outcome } from '../../src/schemas/outcome.ts';

const MEASURE_ORDER = Object.keys(MEASURES);

/**
 * Figures by what they measure, in the order MEASURES lists them, then by time after surgery, earliest first
 * (a figure with no time point before those with one). Equal figures keep their order, so a source's own
 * order of groups and restatements survives within a measure and time point.
 */
export function byMeasureThenTime(
  a: Pick<Outcome, 'measure' | 'timepointMonths'>,
  b: Pick<Outcome, 'measure' | 'timepointMonths'>,
): number {
  return MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) || (a.timepointMonths ?? 0) - (b.timepointMonths ?? 0);
}

/** A copy of the figures in that order. */
export function inReadingOrder<T extends Pick<Outcome, 'measure' | 'timepointMonths'>>(outcomes: readonly T[]): T[] {
  return [...outcomes].sort(byMeasureThenTime);
}
