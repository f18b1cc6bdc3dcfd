import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import type { DataQualityNote, Source } from '../../src/schemas/source.ts';
import { timepointLabel, withUnit } from '../format/figure.ts';
import { kaplanMeier, kaplanMeierMedian, type KaplanMeierCurve, type MedianEstimate } from '../stats/kaplan-meier.ts';
import { medianInterval, plainMedian } from '../stats/median.ts';
import { patientObservations } from '../stats/observations.ts';

/** The rows of one patient table of one group, as printed in a source. */
export interface PatientTable {
  source: string;
  group: string;
  /** "Table 2": also the name the notes use for it. */
  table: string;
  patients: Patient[];
}

/** A figure this review works out from a source's own patient rows, to set beside the figure the source prints. */
export interface RecomputedFigure {
  /** Id of the reported outcome record it is compared with. */
  comparesWith: string;
  label: string;
  value: number | undefined;
  text: string;
  /** True when it equals the reported figure at the precision the source prints. */
  agrees: boolean;
}

/** A data-quality note written from a recomputation: the same fields as a hand-written note, plus the figures on both sides. */
export type RecomputedNote = DataQualityNote & {
  computed: true;
  reported: Outcome[];
  recomputed: RecomputedFigure[];
};

/** Patient rows split by group and by the table they are printed in, in file order. */
export function patientTables(patients: readonly Patient[]): PatientTable[] {
  const tables = new Map<string, PatientTable>();
  for (const patient of patients) {
    const key = [patient.source, patient.group, patient.locatorDetail].join('|');
    const table = tables.get(key) ?? { source: patient.source, group: patient.group, table: patient.locatorDetail, patients: [] };
    table.patients.push(patient);
    tables.set(key, table);
  }
  return [...tables.values()];
}

function decimals(text: string): number {
  return text.split('.')[1]?.length ?? 0;
}

/** Equal once the recomputed value is rounded the way the source prints its figure. */
function agreesWith(reported: Outcome, value: number | undefined): boolean {
  if (value === undefined || !reported.value) return false;
  return value.toFixed(decimals(reported.value.text)) === Number(reported.value.text).toFixed(decimals(reported.value.text));
}

/** Printed with at most one decimal and without trailing zeros ("36.5", "69"). */
function numberText(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export interface KaplanMeierCheck {
  table: PatientTable;
  reported: Outcome;
  curve: KaplanMeierCurve;
  median: MedianEstimate;
  /** Every survival time in the table, alive or dead. */
  times: number[];
  figures: RecomputedFigure[];
}

/** Kaplan–Meier median of a table whose every row has a known status, set against the median the source reports for that group. */
function kaplanMeierCheck(table: PatientTable, reported: Outcome): KaplanMeierCheck | undefined {
  const { observations, unknownStatus } = patientObservations(table.patients);
  if (unknownStatus.length > 0 || observations.length === 0) return undefined;
  const curve = kaplanMeier(observations);
  const median = kaplanMeierMedian(curve);
  const times = observations.map((o) => o.time);
  const plain = plainMedian(times);
  const unit = reported.unit;
  const interval = `95% confidence interval ${median.lower === undefined ? 'not estimable' : withUnit(numberText(median.lower), unit)} to ${median.upper === undefined ? 'not estimable' : withUnit(numberText(median.upper), unit)}`;
  const figures: RecomputedFigure[] = [
    {
      comparesWith: reported.id,
      label: `Median survival estimated from ${table.table} (Kaplan–Meier, deaths as events, patients alive censored)`,
      value: median.median,
      text: median.median === undefined ? 'not reached' : `${withUnit(numberText(median.median), unit)} (${interval})`,
      agrees: agreesWith(reported, median.median),
    },
    {
      comparesWith: reported.id,
      label: `Plain median of all the survival times in ${table.table}, ignoring censoring`,
      value: plain,
      text: plain === undefined ? 'none' : withUnit(numberText(plain), unit),
      agrees: agreesWith(reported, plain),
    },
  ];
  return { table, reported, curve, median, times, figures };
}

function kaplanMeierNote(check: KaplanMeierCheck): RecomputedNote | undefined {
  const [estimate] = check.figures;
  if (!estimate || estimate.agrees) return undefined;
  const { table, reported, median } = check;
  const printed = reported.value?.value ?? Number.NaN;
  const middle = medianInterval(check.times);
  const matchesPlain = middle !== undefined && printed >= middle[0] && printed <= middle[1];
  const sentences = [
    `This review estimated the median with the Kaplan–Meier method from the patient rows of ${table.table}, counting deaths as events and patients alive at last follow-up as censored, and it does not match the median the source prints.`,
    matchesPlain
      ? `The printed median matches the plain median of all the survival times in ${table.table}, which treats patients still alive as if their follow-up had ended in death; the Kaplan–Meier method keeps them as survivors up to their last follow-up, so its median comes out ${median.median === undefined || median.median > printed ? 'later' : 'earlier'}.`
      : 'The printed median matches neither the Kaplan–Meier estimate nor the plain median of the survival times, so the source may have counted a different set of patients.',
    'The patient rows do not record when each survival time starts (diagnosis, the first operation or a later one), so the recomputed median may not cover the same span as the printed one.',
    median.upper === undefined
      ? 'Few patients were still followed when the curve fell to one half, so the estimate is uncertain and the upper end of its confidence interval cannot be estimated.'
      : 'With so few patients the estimate is uncertain; its confidence interval is shown beside it.',
  ];
  return {
    id: `recomputed-median-${table.group}`,
    title: `The median survival recomputed from ${table.table} differs from the printed median`,
    detail: sentences.join(' '),
    records: [reported.id],
    computed: true,
    reported: [reported],
    recomputed: check.figures,
  };
}

/** Share of listed times beyond one time point: a count of rows, not an estimate of survival. */
export function shareBeyond(table: PatientTable, months: number): { count: number; total: number; percent: number } {
  const total = table.patients.length;
  const count = table.patients.filter((patient) => patient.survivalMonths.value > months).length;
  return { count, total, percent: total === 0 ? 0 : (count / total) * 100 };
}

/** Where the table gives times but no status, each reported survival rate can only be set beside a count of rows. */
export function survivalTimesFigures(table: PatientTable, rates: readonly Outcome[]): RecomputedFigure[] {
  return rates.map((rate): RecomputedFigure => {
    const months = rate.timepointMonths ?? 0;
    const share = shareBeyond(table, months);
    return {
      comparesWith: rate.id,
      label: `Share of the survival times in ${table.table} longer than ${timepointLabel(months)} (not a survival estimate)`,
      value: share.percent,
      text: `${share.count} of ${share.total} patients (${share.percent.toFixed(1)}%)`,
      agrees: agreesWith(rate, share.percent),
    };
  });
}

function survivalTimesNote(table: PatientTable, rates: readonly Outcome[]): RecomputedNote | undefined {
  const figures = survivalTimesFigures(table, rates);
  if (figures.every((figure) => figure.agrees)) return undefined;
  return {
    id: `recomputed-survival-times-${table.group}`,
    title: `The survival times in ${table.table} cannot confirm the printed survival rates`,
    detail: [
      `${table.table} gives each patient's survival time but does not say whether the patient was alive or had died at that time.`,
      'A time may be the follow-up of someone still alive, so the share of times beyond each time point is not a survival estimate, and no Kaplan–Meier curve can be drawn.',
      'The shares are shown only to make plain that the table alone cannot confirm the printed rates; where they differ, neither figure is shown to be wrong.',
    ].join(' '),
    records: rates.map((rate) => rate.id),
    computed: true,
    reported: [...rates],
    recomputed: figures,
  };
}

/** Every recomputed check of one source's patient tables against its own printed figures. */
export function kaplanMeierChecks(
  source: Pick<Source, 'id'>,
  outcomes: readonly Outcome[],
  patients: readonly Patient[],
): KaplanMeierCheck[] {
  return patientTables(patients.filter((patient) => patient.source === source.id)).flatMap((table) =>
    outcomes
      .filter((o) => o.source === source.id && o.group === table.group && o.measure === 'median-survival' && o.value)
      .flatMap((reported) => kaplanMeierCheck(table, reported) ?? []),
  );
}

/** True when the table gives survival times but no patient's status: no Kaplan–Meier curve is possible. */
export function hasNoStatus(table: PatientTable): boolean {
  return table.patients.every((patient) => patient.status === 'unknown');
}

/** The reported survival rates of a group whose patient table gives times but no status. */
export function ratesWithoutStatus(table: PatientTable, outcomes: readonly Outcome[]): Outcome[] {
  if (!hasNoStatus(table)) return [];
  return outcomes.filter(
    (o) =>
      o.source === table.source &&
      o.group === table.group &&
      o.measure === 'overall-survival' &&
      o.statistic === 'rate' &&
      o.value &&
      o.timepointMonths,
  );
}

/** Notes for one source page: one per disagreement between a printed figure and the same figure worked out from its patient rows. */
export function recomputedNotes(source: Pick<Source, 'id'>, outcomes: readonly Outcome[], patients: readonly Patient[]): RecomputedNote[] {
  const fromCurves = kaplanMeierChecks(source, outcomes, patients).flatMap((check) => kaplanMeierNote(check) ?? []);
  const fromTimes = patientTables(patients.filter((patient) => patient.source === source.id)).flatMap((table) => {
    const rates = ratesWithoutStatus(table, outcomes);
    return rates.length ? (survivalTimesNote(table, rates) ?? []) : [];
  });
  return [...fromCurves, ...fromTimes];
}
