import { MEASURES, type Measure, type Outcome } from '../../src/schemas/outcome.ts';
import type { LocatorKind } from '../../src/schemas/locator.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CANCER_LABELS, CANCERS, SOURCE_KIND_LABELS, type Cancer } from '../../src/schemas/vocabulary.ts';
import { timepointLabel } from '../format/figure.ts';
import { eligibleForComparison, figureEntry, NOT_REPORTED, sourceRef, type FigureEntry, type Links, type SourceRef } from './cells.ts';

/** One row of a summary-of-findings table: its words, the measures it gathers and, for rates, the time point. */
export interface SummaryRowSpec {
  /** Short plain words for the row; the exact measure shows in a cell wherever it says more. */
  label: string;
  measures: readonly Measure[];
  timepointMonths?: number;
}

export interface SummaryQuestion {
  id: string;
  title: string;
  rows: readonly SummaryRowSpec[];
}

const YEARS = [12, 36, 60, 120] as const;
const atEachYear = (measure: Measure, words: string): SummaryRowSpec[] =>
  YEARS.map((timepointMonths) => ({ label: `${words} at ${timepointLabel(timepointMonths)}`, measures: [measure], timepointMonths }));

/** The questions the comparison answers, each a table; rows follow the order a clinician asks them in. */
export const SUMMARY_QUESTIONS: readonly SummaryQuestion[] = [
  {
    id: 'survival',
    title: 'How long do people live after liver surgery?',
    rows: [...atEachYear('overall-survival', 'Alive'), { label: 'Median survival', measures: ['median-survival'] }],
  },
  {
    id: 'recurrence',
    title: 'How often does the cancer come back?',
    rows: [
      ...atEachYear('recurrence-free-survival', 'Alive without recurrence'),
      { label: 'Cancer came back', measures: ['recurrence', 'recurrence-or-progression'] },
      { label: 'Time until it came back', measures: ['time-to-recurrence'] },
      { label: 'Operated on again', measures: ['repeat-surgery'] },
    ],
  },
  {
    id: 'safety',
    title: 'How safe is the operation?',
    rows: [
      { label: 'Minor complications (grade 1–2)', measures: ['complications-grade-1-2'] },
      { label: 'Major complications (grade 3)', measures: ['complications-grade-3'] },
      { label: 'Died within 30 days', measures: ['mortality-30-day'] },
      { label: 'Time in hospital', measures: ['hospital-stay'] },
    ],
  },
  {
    id: 'symptoms',
    title: 'How long does relief from symptoms last?',
    rows: [{ label: 'Symptom relief lasted', measures: ['symptom-relief'] }],
  },
];

/** What a row measures in the review's own terms ("Overall survival at 5 years"); a cell names its figure's measure where that differs. */
export function rowMeasure(spec: SummaryRowSpec): string {
  const measures = spec.measures.map((measure) => MEASURES[measure].label).join(' or ');
  return spec.timepointMonths ? `${measures} at ${timepointLabel(spec.timepointMonths)}` : measures;
}

function rowId(spec: SummaryRowSpec): string {
  return [spec.measures[0], spec.timepointMonths && `${spec.timepointMonths}m`].filter(Boolean).join('-');
}

export function matchesRow(outcome: Outcome, spec: SummaryRowSpec): boolean {
  return (
    spec.measures.includes(outcome.measure) && (spec.timepointMonths === undefined || outcome.timepointMonths === spec.timepointMonths)
  );
}

/** Where a figure is printed, in the order the headline rule prefers: the results themselves before restatements. */
const PRINTED_IN: readonly LocatorKind[] = [
  'table',
  'figure',
  'results',
  'abstract',
  'page-text',
  'discussion',
  'methods',
  'introduction',
  'reference-list',
];

/** The headline rule in words, shown on the page above the tables; headlineFirst is the same rule in code. */
export const HEADLINE_RULE =
  'Where a source gives more than one figure for a cell, the headline is the figure for the largest group of patients the source counts ' +
  '(everyone before a part of them; a group the source gives no number for comes last), then the one printed in the results ' +
  '(a table or figure first, then the results text, the abstract, the page text and the discussion), then the one the source gives first. ' +
  'The other figures are one click away, under "more figures" in the same cell.';

/** One cell's figures, headline first, by HEADLINE_RULE; the sort is stable, so ties keep the source's own order. */
export function headlineFirst(outcomes: readonly Outcome[], source: Pick<Source, 'groups'>): Outcome[] {
  const size = (outcome: Outcome) => source.groups.find((group) => group.id === outcome.group)?.size ?? -1;
  return [...outcomes].sort((a, b) => size(b) - size(a) || PRINTED_IN.indexOf(a.locator) - PRINTED_IN.indexOf(b.locator));
}

/** A summary cell: one headline figure and the rest behind it, or the typed statement that there is none. */
export type SummaryCell =
  { kind: 'figures'; headline: FigureEntry; more: FigureEntry[] } | { kind: 'not-reported'; text: typeof NOT_REPORTED };

/** A column: one source's figures for one primary cancer. */
export interface SummaryColumn {
  cancer: Cancer;
  /** "Neuroendocrine", shown above the figures when a row is read as a card. */
  cancerLabel: string;
  source: SourceRef;
  kind: string;
}

export interface SummaryRow {
  id: string;
  label: string;
  /** The row's measure in the review's terms: a cell repeats its figure's measure only where it says more. */
  measure: string;
  cells: SummaryCell[];
}

export interface SummaryTable {
  id: string;
  title: string;
  /** Columns with at least one figure in this table. */
  columns: SummaryColumn[];
  /** Column headings over the sources, one per primary cancer, with how many source columns each spans. */
  cancers: { cancer: Cancer; label: string; span: number }[];
  /** Rows with at least one figure: a row where every source is silent says nothing. */
  rows: SummaryRow[];
  /** Columns with no figure for this question, named under the table instead of filling it with "Not reported". */
  silent: SummaryColumn[];
  /** Sources behind the columns, for the evidence and certainty lines. */
  sources: Source[];
}

/** Columns for every source and primary cancer with at least one eligible figure. */
export function summaryColumns(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): SummaryColumn[] {
  return CANCERS.flatMap((cancer) =>
    sources
      .filter((source) => outcomes.some((o) => o.source === source.id && o.cancer === cancer && eligibleForComparison(o)))
      .map((source) => ({
        cancer,
        cancerLabel: CANCER_LABELS[cancer],
        source: sourceRef(source, links),
        kind: SOURCE_KIND_LABELS[source.kind],
      })),
  );
}

function summaryCell(outcomes: readonly Outcome[], source: Source | undefined, links: Links): SummaryCell {
  if (outcomes.length === 0 || !source) return { kind: 'not-reported', text: NOT_REPORTED };
  const [headline, ...more] = headlineFirst(outcomes, source).map((outcome) => figureEntry(outcome, source, links));
  return { kind: 'figures', headline: headline!, more };
}

/**
 * One summary-of-findings table per question that any source answers; each cell holds a headline figure and the
 * others, or says "Not reported".
 */
export function summaryOfFindings(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): SummaryTable[] {
  const allColumns = summaryColumns(sources, outcomes, links);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const eligible = outcomes.filter(eligibleForComparison);
  const tables = SUMMARY_QUESTIONS.map((question) => {
    const inColumn = (column: SummaryColumn, spec: SummaryRowSpec) =>
      eligible.filter((o) => o.source === column.source.id && o.cancer === column.cancer && matchesRow(o, spec));
    const specs = question.rows.filter((spec) => allColumns.some((column) => inColumn(column, spec).length > 0));
    const columns = allColumns.filter((column) => specs.some((spec) => inColumn(column, spec).length > 0));
    return {
      id: `sof-${question.id}`,
      title: question.title,
      columns,
      cancers: CANCERS.map((cancer) => ({
        cancer,
        label: CANCER_LABELS[cancer],
        span: columns.filter((c) => c.cancer === cancer).length,
      })).filter((heading) => heading.span > 0),
      rows: specs.map((spec) => ({
        id: `sof-${question.id}-${rowId(spec)}`,
        label: spec.label,
        measure: rowMeasure(spec),
        cells: columns.map((column) => summaryCell(inColumn(column, spec), byId.get(column.source.id), links)),
      })),
      silent: allColumns.filter((column) => !columns.includes(column)),
      sources: [...new Set(columns.map((column) => byId.get(column.source.id)).filter((s): s is Source => s !== undefined))],
    };
  });
  return tables.filter((table) => table.rows.length > 0);
}
