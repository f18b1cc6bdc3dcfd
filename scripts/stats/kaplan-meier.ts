/** One follow-up time: either the event (death) was seen at that time, or follow-up ended there without it (censored). */
export interface Observation {
  time: number;
  event: boolean;
}

/** The estimate just after one distinct time at which something happened (an event, a censoring, or both). */
export interface KaplanMeierStep {
  time: number;
  /** Patients still followed just before this time. */
  atRisk: number;
  events: number;
  censored: number;
  /** Probability of surviving past this time. */
  survival: number;
  /** Greenwood standard error of the survival probability; undefined before the first event. */
  standardError: number | undefined;
  /** 95% confidence interval on the log–log scale, which stays inside 0–1; undefined before the first event or once survival reaches 0 or 1. */
  lower: number | undefined;
  upper: number | undefined;
}

export interface KaplanMeierCurve {
  steps: KaplanMeierStep[];
  patients: number;
  events: number;
  censored: number;
}

const Z_95 = 1.959963984540054;

/**
 * Product-limit estimate. At a time shared by events and censorings the events are counted first,
 * the usual convention: a patient censored at that time was still at risk when the deaths happened.
 */
export function kaplanMeier(observations: readonly Observation[]): KaplanMeierCurve {
  for (const observation of observations) {
    if (!Number.isFinite(observation.time) || observation.time < 0)
      throw new RangeError(`follow-up time must be a number ≥ 0, got ${observation.time}`);
  }
  const times = [...new Set(observations.map((o) => o.time))].sort((a, b) => a - b);
  let atRisk = observations.length;
  let survival = 1;
  let greenwoodSum = 0;
  let anyEvent = false;
  const steps: KaplanMeierStep[] = [];
  for (const time of times) {
    const here = observations.filter((o) => o.time === time);
    const events = here.filter((o) => o.event).length;
    const censored = here.length - events;
    if (events > 0) {
      anyEvent = true;
      survival *= (atRisk - events) / atRisk;
      // Greenwood's sum is undefined once everyone at risk has died; survival is then exactly 0.
      greenwoodSum = atRisk === events ? Number.POSITIVE_INFINITY : greenwoodSum + events / (atRisk * (atRisk - events));
    }
    const standardError = anyEvent && Number.isFinite(greenwoodSum) ? survival * Math.sqrt(greenwoodSum) : undefined;
    const [lower, upper] = anyEvent ? logLogInterval(survival, greenwoodSum) : [undefined, undefined];
    steps.push({ time, atRisk, events, censored, survival, standardError, lower, upper });
    atRisk -= here.length;
  }
  const events = observations.filter((o) => o.event).length;
  return { steps, patients: observations.length, events, censored: observations.length - events };
}

/** Kalbfleisch–Prentice interval: Greenwood's variance carried to log(−log S), so the bounds cannot leave 0–1. */
function logLogInterval(survival: number, greenwoodSum: number): [number | undefined, number | undefined] {
  if (survival <= 0 || survival >= 1 || !Number.isFinite(greenwoodSum)) return [undefined, undefined];
  const spread = (Z_95 * Math.sqrt(greenwoodSum)) / Math.abs(Math.log(survival));
  return [survival ** Math.exp(spread), survival ** Math.exp(-spread)];
}

/** First time at which the estimate (or one of its bounds) is one half or below; undefined when it never is. */
function firstTimeAtOrBelowHalf(curve: KaplanMeierCurve, pick: (step: KaplanMeierStep) => number): number | undefined {
  return curve.steps.find((step) => pick(step) <= 0.5)?.time;
}

export interface MedianEstimate {
  /** Smallest time at which estimated survival is one half or less; undefined when the curve never gets there ("not reached"). */
  median: number | undefined;
  /** Brookmeyer–Crowley style 95% interval read off the log–log band; undefined ends could not be estimated. */
  lower: number | undefined;
  upper: number | undefined;
  /** Patients still followed just before the median time: how many the estimate rests on. */
  atRiskAtMedian: number | undefined;
}

export function kaplanMeierMedian(curve: KaplanMeierCurve): MedianEstimate {
  const median = firstTimeAtOrBelowHalf(curve, (step) => step.survival);
  return {
    median,
    // Where a band is undefined (survival exactly 0 or 1) the band collapses onto the estimate itself.
    lower: firstTimeAtOrBelowHalf(curve, (step) => step.lower ?? step.survival),
    upper: firstTimeAtOrBelowHalf(curve, (step) => step.upper ?? step.survival),
    atRiskAtMedian: curve.steps.find((step) => step.time === median)?.atRisk,
  };
}
