import { describeLocator } from '../../src/schemas/locator.ts';
import { MEASURES, type Outcome } from '../../src/schemas/outcome.ts';

const QUALIFIER_WORDS: Record<NonNullable<Outcome['qualifier']>, string> = {
  almost: 'almost',
  approaching: 'approaching',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-most': 'no more than',
  exceeding: 'over',
};

const COUNT_UNITS: Record<string, [string, string]> = {
  patients: ['patient', 'patients'],
  metastases: ['metastasis', 'metastases'],
  cycles: ['cycle', 'cycles'],
  studies: ['study', 'studies'],
};

/** "83.1%", "32 months", "1 patient": the unit agrees with the number as printed. */
export function withUnit(text: string, unit: Outcome['unit']): string {
  if (unit === '%') return `${text}%`;
  if (unit === 'none') return text;
  const forms = COUNT_UNITS[unit];
  if (forms) return `${text} ${Number(text) === 1 ? forms[0] : forms[1]}`;
  if (unit === 'months' || unit === 'days' || unit === 'years') return `${text} ${Number(text) === 1 ? unit.slice(0, -1) : unit}`;
  return `${text} ${unit}`;
}

function spanText(low: string, high: string, unit: Outcome['unit']): string {
  return unit === '%' ? `${low}–${high}%` : withUnit(`${low}–${high}`, unit);
}

export type FigurePart = 'full' | 'value';

/**
 * The figure as a reader sees it, built only from the printed text of each number:
 * "46–86%", "32 months (range 16–72)", "51.0 years (SD 9.4; range 39–64)", "12 patients (92.3%)".
 */
export function formatFigure(outcome: Outcome, part: FigurePart = 'full'): string {
  const qualifier = outcome.qualifier ? `${QUALIFIER_WORDS[outcome.qualifier]} ` : '';
  if (!outcome.value) {
    return `${qualifier}${spanText(outcome.low?.text ?? '', outcome.high?.text ?? '', outcome.unit)}`;
  }
  if (outcome.statistic === 'p-value') return `p = ${outcome.value.text}`;
  const main = `${qualifier}${withUnit(outcome.value.text, outcome.unit)}`;
  if (part === 'value') return main;
  const extras: string[] = [];
  if (outcome.sharePercent) extras.push(`${outcome.sharePercent.text}%`);
  if (outcome.sd) extras.push(`SD ${outcome.sd.text}`);
  if (outcome.low && outcome.high) extras.push(`range ${outcome.low.text}–${outcome.high.text}`);
  return extras.length ? `${main} (${extras.join('; ')})` : main;
}

/** "1 year", "3 years", "30 months". */
export function timepointLabel(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return `${months} months`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the figure measures, e.g. "Overall survival at 5 years", or for a characteristic its own name ("Women"). */
export function measureLabel(outcome: Outcome): string {
  const base = MEASURES[outcome.measure].label;
  const at = outcome.timepointMonths ? ` at ${timepointLabel(outcome.timepointMonths)}` : '';
  if (outcome.measure === 'characteristic') return capitalise(outcome.detail ?? base);
  return outcome.detail ? `${base}${at}: ${outcome.detail}` : `${base}${at}`;
}

/** Words naming where the figure is printed, e.g. "Table 2" or "Results: Surgical outcomes". */
export function locatorLabel(outcome: Pick<Outcome, 'locator' | 'locatorDetail'>): string {
  return describeLocator(outcome.locator, outcome.locatorDetail);
}

/**
 * What kind of figure it is and, for a time, from when it runs: "Kaplan–Meier estimate, counted after liver
 * resection", "Median; the source does not say how it was worked out". Counts need no such words.
 */
export function figureKind(outcome: Outcome): string | undefined {
  const kind = (() => {
    switch (outcome.statistic) {
      case 'count':
        return undefined;
      case 'range-across-studies':
        return 'Lowest and highest across the included series';
      case 'threshold':
        return 'Threshold';
      case 'p-value':
        return 'p-value of the comparison, as printed';
      default: {
        const name = outcome.statistic === 'rate' ? (outcome.value ? 'Rate' : 'Range given by the source') : capitalise(outcome.statistic);
        if (outcome.method === 'kaplan-meier') return `${name}, Kaplan–Meier estimate`;
        if (outcome.method === 'observed') return outcome.statistic === 'rate' ? name : `${name} of the observed values`;
        return `${name}; the source does not say how it was worked out`;
      }
    }
  })();
  const counted =
    outcome.countedFrom === undefined
      ? undefined
      : outcome.countedFrom === 'not stated'
        ? 'the source does not say from when the time is counted'
        : `counted ${outcome.countedFrom}`;
  // Two things left unsaid read as one sentence rather than the same clause twice.
  if (kind?.endsWith('the source does not say how it was worked out') && outcome.countedFrom === 'not stated') {
    return `${kind} or from when the time is counted`;
  }
  const parts = [kind, counted].filter((part): part is string => part !== undefined);
  return parts.length ? capitalise(parts.join('; ')) : undefined;
}
