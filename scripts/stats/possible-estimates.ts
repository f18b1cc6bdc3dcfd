import { kaplanMeier, type KaplanMeierCurve, type Observation } from './kaplan-meier.ts';

/**
 * Survival at a time on a Kaplan–Meier curve: the last step at or before it, or undefined where the
 * curve has ended (everyone left at risk was censored) before that time.
 */
export function survivalAt(curve: KaplanMeierCurve, months: number): number | undefined {
  let survival = 1;
  for (const step of curve.steps) {
    if (step.time > months) return survival;
    survival = step.survival;
  }
  const last = curve.steps.at(-1);
  if (!last || last.time >= months || survival === 0) return survival;
  return undefined;
}

/** Patterns beyond this many rows (2^n curves) are not enumerated. */
const MAX_ROWS = 16;

export interface PossibleEstimates {
  /** Every value (as a percentage rounded to one decimal) some pattern of deaths and censorings gives. */
  values: number[];
  /** True when some pattern leaves the curve ended before the time, so no estimate exists there. */
  canBeUndefined: boolean;
}

/**
 * Where a table gives survival times but not whether each patient died or was still alive, every
 * alive/dead pattern is tried: a printed rate that none of them gives cannot come from these rows.
 */
export function possibleKaplanMeierAt(times: readonly number[], months: number): PossibleEstimates | undefined {
  if (times.length === 0 || times.length > MAX_ROWS) return undefined;
  const values = new Set<number>();
  let canBeUndefined = false;
  for (let mask = 0; mask < 2 ** times.length; mask += 1) {
    const observations: Observation[] = times.map((time, i) => ({ time, event: (mask & (1 << i)) !== 0 }));
    const survival = survivalAt(kaplanMeier(observations), months);
    if (survival === undefined) canBeUndefined = true;
    else values.add(Math.round(survival * 1000) / 10);
  }
  return { values: [...values].sort((a, b) => a - b), canBeUndefined };
}

/**
 * Recurrence-free survival needs recurrence times the tables do not give. Only one thing follows from the
 * survival times: if every patient was followed beyond the time point, nobody was censored before it, so
 * the estimate there is a plain share of the group (k of n free of recurrence).
 */
export function possibleShareEstimatesAt(times: readonly number[], months: number): number[] | undefined {
  if (times.length === 0 || times.some((time) => time <= months)) return undefined;
  return Array.from({ length: times.length + 1 }, (_, k) => Math.round((k / times.length) * 1000) / 10);
}
