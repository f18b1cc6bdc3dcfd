import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import type { DataQualityNote, Source } from '../../src/schemas/source.ts';
import { timepointLabel, withUnit } from '../format/figure.ts';
import { kaplanMeier, kaplanMeierMedian, type KaplanMeierCurve, type MedianEstimate } from '../stats/kaplan-meier.ts';
import { plainMedian } from '../stats/median.ts';
import { possibleKaplanMeierAt, possibleShareEstimatesAt } from '../stats/possible-estimates.ts';
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

/** "36.5 months (range 16–72)": the plain median of a list of times with its lowest and highest value. */
function plainSummary(times: readonly number[], unit: Outcome['unit']): string {
  const median = plainMedian(times);
  if (median === undefined) return 'none';
  return `${withUnit(numberText(median), unit)} (range ${numberText(Math.min(...times))}–${numberText(Math.max(...times))})`;
}

/**
 * The patients whose omission alone makes the plain median and range of the rest equal the printed ones:
 * a printed summary that only fits the table with one row left out points at the row it left out.
 */
export function omissionsMatching(patients: readonly Patient[], reported: Outcome): Patient[] {
  if (!reported.value || !reported.low || !reported.high) return [];
  return patients.filter((_, index) => {
    const rest = patients.filter((__, other) => other !== index).map((patient) => patient.survivalMonths.value);
    return (
      plainMedian(rest) === reported.value?.value && Math.min(...rest) === reported.low?.value && Math.max(...rest) === reported.high?.value
    );
  });
}

/** Kaplan–Meier median of a table whose every row has a known status, set against the median the source reports for that group. */
function kaplanMeierCheck(table: PatientTable, reported: Outcome): KaplanMeierCheck | undefined {
  const { observations, unknownStatus } = patientObservations(table.patients);
  if (unknownStatus.length > 0 || observations.length === 0) return undefined;
  const curve = kaplanMeier(observations);
  const median = kaplanMeierMedian(curve);
  const times = observations.map((o) => o.time);
  const unit = reported.unit;
  const interval = `95% confidence interval ${median.lower === undefined ? 'not estimable' : withUnit(numberText(median.lower), unit)} to ${median.upper === undefined ? 'not estimable' : withUnit(numberText(median.upper), unit)}`;
  const plain = plainMedian(times);
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
      label: `Plain median and range of all the survival times in ${table.table}, ignoring censoring`,
      value: plain,
      text: plainSummary(times, unit),
      agrees: agreesWith(reported, plain),
    },
    ...omissionsMatching(table.patients, reported).map((left): RecomputedFigure => {
      const rest = table.patients.filter((patient) => patient !== left).map((patient) => patient.survivalMonths.value);
      return {
        comparesWith: reported.id,
        label: `Plain median and range of ${table.table} without patient ${left.caseNumber} (${withUnit(left.survivalMonths.text, unit)})`,
        value: plainMedian(rest),
        text: plainSummary(rest, unit),
        agrees: true,
      };
    }),
  ];
  return { table, reported, curve, median, times, figures };
}

function kaplanMeierNote(check: KaplanMeierCheck): RecomputedNote | undefined {
  const [estimate, plain, ...omissions] = check.figures;
  if (!estimate || estimate.agrees) return undefined;
  const { table, median } = check;
  const plainWords = plain?.agrees
    ? `It equals the plain median of all the survival times in ${table.table}, which treats patients still alive as if their follow-up had ended in death.`
    : `It is not the plain median and range of all the survival times in ${table.table} either.`;
  const omissionWords =
    omissions.length > 0
      ? `The printed median and range are reproduced only when one patient is left out of ${table.table}, as shown below; the source does not say that anyone was left out.`
      : 'No single patient left out of the table reproduces the printed median and range, so the source may have counted a different set of patients.';
  const sentences = [
    `This review estimated the median with the Kaplan–Meier method from the patient rows of ${table.table}, counting deaths as events and patients alive at last follow-up as censored, and it does not match the median the source prints.`,
    plainWords,
    ...(plain?.agrees ? [] : [omissionWords]),
    'The patient rows do not record when each survival time starts (diagnosis, the first operation or a later one), so the recomputed figures may not cover the same span as the printed one.',
    median.upper === undefined
      ? 'Few patients were still followed when the curve fell to one half, so the estimate is uncertain and the upper end of its confidence interval cannot be estimated.'
      : 'With so few patients the estimate is uncertain; its confidence interval is shown beside it.',
  ];
  return {
    id: `recomputed-median-${table.group}`,
    title: `The median survival recomputed from ${table.table} differs from the printed median`,
    detail: sentences.join(' '),
    records: [check.reported.id],
    arithmetic: [],
    computed: true,
    reported: [check.reported],
    recomputed: check.figures,
  };
}

function percentList(values: readonly number[]): string {
  return values.map((value) => `${value.toFixed(1)}%`).join(', ');
}

/**
 * What the survival times of a table allow a printed rate at a time point to be, when the table does not
 * say who died: every alive/dead pattern is tried for overall survival; for recurrence-free survival only a
 * group followed beyond the time point allows a conclusion. Undefined where nothing can be said.
 */
export function possibleRateFigure(rows: readonly Patient[], tableName: string, rate: Outcome): RecomputedFigure | undefined {
  const months = rate.timepointMonths;
  if (months === undefined || !rate.value) return undefined;
  const times = rows.map((patient) => patient.survivalMonths.value);
  const printed = Number(rate.value.value.toFixed(1));
  const at = timepointLabel(months);
  // Whatever kind of survival an unspecified rate is, it cannot exceed overall survival, so the same bounds hold.
  if (rate.measure === 'overall-survival' || rate.measure === 'survival-unspecified') {
    const possible = possibleKaplanMeierAt(times, months);
    if (!possible) return undefined;
    const values = possible.values.length ? percentList(possible.values) : 'none';
    const ended = possible.canBeUndefined ? '; or no estimate at all, where the curve ends earlier' : '';
    return {
      comparesWith: rate.id,
      label: `Every Kaplan–Meier value at ${at} that some pattern of deaths and survivors among the times in ${tableName} gives`,
      value: undefined,
      text: `${values}${ended}`,
      agrees: possible.values.includes(printed),
    };
  }
  if (rate.measure === 'recurrence-free-survival') {
    const possible = possibleShareEstimatesAt(times, months);
    if (!possible) return undefined;
    return {
      comparesWith: rate.id,
      label: `Every value at ${at} possible when all ${times.length} patients of ${tableName} were followed beyond ${at} (a whole number of them free of recurrence)`,
      value: undefined,
      text: percentList(possible),
      agrees: possible.includes(printed),
    };
  }
  return undefined;
}

/** The patient rows a group's figures rest on: its own table, or for the whole cohort every table of the source when they add up to it. */
function groupRows(source: Pick<Source, 'id' | 'groups'>, patients: readonly Patient[], group: string): Patient[] | undefined {
  const own = patients.filter((patient) => patient.source === source.id && patient.group === group);
  if (own.length > 0) return own;
  const size = source.groups.find((candidate) => candidate.id === group)?.size;
  const all = patients.filter((patient) => patient.source === source.id);
  return size !== undefined && all.length === size ? all : undefined;
}

function tablesOf(rows: readonly Patient[]): string {
  const names = [...new Set(rows.map((patient) => patient.locatorDetail))];
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** Printed survival rates of groups whose tables give times but no status, checked against every pattern the times allow. */
function impossibleRateNotes(
  source: Pick<Source, 'id' | 'groups'>,
  outcomes: readonly Outcome[],
  patients: readonly Patient[],
): RecomputedNote[] {
  const rates = outcomes.filter(
    (o) =>
      o.source === source.id &&
      o.statistic === 'rate' &&
      o.value &&
      o.timepointMonths &&
      (o.measure === 'overall-survival' || o.measure === 'survival-unspecified' || o.measure === 'recurrence-free-survival'),
  );
  return rates.flatMap((rate) => {
    const rows = groupRows(source, patients, rate.group);
    if (!rows || !rows.every((patient) => patient.status === 'unknown')) return [];
    const tableName = tablesOf(rows);
    const figure = possibleRateFigure(rows, tableName, rate);
    if (!figure || figure.agrees) return [];
    return [
      {
        id: `recomputed-possible-${rate.id}`,
        title: `The survival times in ${tableName} do not allow the printed ${rate.measure === 'recurrence-free-survival' ? 'recurrence-free survival' : 'survival'} rate`,
        detail: [
          `${tableName} gives each patient's survival time but not whether the patient had died or was still alive, so this review tried every pattern.`,
          'None of them gives the printed rate, provided the table counts its times from the same starting point as the rate; the source does not say from when the table counts.',
        ].join(' '),
        records: [rate.id],
        arithmetic: [],
        computed: true,
        reported: [rate],
        recomputed: [figure],
      },
    ];
  });
}

/** Printed means and shares worked out again from the patient rows and group sizes they describe. */
function cohortNotes(source: Pick<Source, 'id' | 'groups'>, outcomes: readonly Outcome[], patients: readonly Patient[]): RecomputedNote[] {
  const own = outcomes.filter((o) => o.source === source.id);
  const meanAges = own.flatMap((o): RecomputedNote[] => {
    if (o.measure !== 'age' || o.statistic !== 'mean' || !o.value) return [];
    const rows = groupRows(source, patients, o.group);
    if (!rows) return [];
    const mean = rows.reduce((sum, patient) => sum + patient.age, 0) / rows.length;
    const figure: RecomputedFigure = {
      comparesWith: o.id,
      label: `Mean of the ${rows.length} ages in ${tablesOf(rows)}`,
      value: mean,
      text: withUnit(mean.toFixed(decimals(o.value.text) + 1), o.unit),
      agrees: agreesWith(o, mean),
    };
    return figure.agrees
      ? []
      : [
          {
            id: `recomputed-mean-${o.id}`,
            title: `The mean age worked out from ${tablesOf(rows)} differs from the printed mean`,
            detail:
              'Adding the ages printed in the patient tables and dividing by the number of patients gives a mean that does not round to the printed one.',
            records: [o.id],
            arithmetic: [],
            computed: true,
            reported: [o],
            recomputed: [figure],
          },
        ];
  });
  const shares = own.flatMap((o): RecomputedNote[] => {
    const size = source.groups.find((group) => group.id === o.group)?.size;
    if (o.statistic !== 'count' || !o.value || !o.sharePercent || size === undefined) return [];
    const share = (o.value.value / size) * 100;
    const places = decimals(o.sharePercent.text);
    if (share.toFixed(places) === o.sharePercent.value.toFixed(places)) return [];
    return [
      {
        id: `recomputed-share-${o.id}`,
        title: 'A printed percentage does not match its count',
        detail: 'The percentage printed beside the count is not the count divided by the size of its group, rounded as the source rounds.',
        records: [o.id],
        arithmetic: [],
        computed: true,
        reported: [o],
        recomputed: [
          {
            comparesWith: o.id,
            label: `${o.value.text} of ${size} patients`,
            value: share,
            text: `${share.toFixed(places + 1)}%, which rounds to ${share.toFixed(places)}%`,
            agrees: false,
          },
        ],
      },
    ];
  });
  return [...meanAges, ...shares];
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
export function recomputedNotes(
  source: Pick<Source, 'id' | 'groups'>,
  outcomes: readonly Outcome[],
  patients: readonly Patient[],
): RecomputedNote[] {
  const fromCurves = kaplanMeierChecks(source, outcomes, patients).flatMap((check) => kaplanMeierNote(check) ?? []);
  return [...fromCurves, ...impossibleRateNotes(source, outcomes, patients), ...cohortNotes(source, outcomes, patients)];
}
