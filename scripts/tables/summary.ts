import { MEASURES, type Measure, type Outcome } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CANCER_LABELS, CANCERS, SOURCE_KIND_LABELS, type Cancer } from '../../src/schemas/vocabulary.ts';
import { timepointLabel } from '../format/figure.ts';
import { figureCell, isBackground, sourceRef, type Cell, type Links, type SourceRef } from './cells.ts';

/** One row of a summary-of-findings table: the measures it gathers and, for rates, the time point. */
export interface SummaryRowSpec {
  measures: readonly Measure[];
  timepointMonths?: number;
}

export interface SummaryQuestion {
  id: string;
  title: string;
  rows: readonly SummaryRowSpec[];
}

const YEARS = [12, 36, 60, 120] as const;
const atEachYear = (measure: Measure): SummaryRowSpec[] => YEARS.map((timepointMonths) => ({ measures: [measure], timepointMonths }));

/** The questions the comparison answers, each a table; rows follow the order a clinician asks them in. */
export const SUMMARY_QUESTIONS: readonly SummaryQuestion[] = [
  {
    id: 'survival',
    title: 'How long do people live after liver surgery?',
    rows: [...atEachYear('overall-survival'), { measures: ['median-survival'] }],
  },
  {
    id: 'recurrence',
    title: 'How often does the cancer come back?',
    rows: [
      ...atEachYear('recurrence-free-survival'),
      { measures: ['recurrence', 'recurrence-or-progression'] },
      { measures: ['time-to-recurrence'] },
      { measures: ['repeat-surgery'] },
    ],
  },
  {
    id: 'safety',
    title: 'How safe is the operation?',
    rows: [
      { measures: ['complications-grade-1-2'] },
      { measures: ['complications-grade-3'] },
      { measures: ['mortality-30-day'] },
      { measures: ['hospital-stay'] },
    ],
  },
  {
    id: 'symptoms',
    title: 'How long does relief from symptoms last?',
    rows: [{ measures: ['symptom-relief'] }],
  },
];

export function rowLabel(spec: SummaryRowSpec): string {
  const measures = spec.measures.map((measure) => MEASURES[measure].label).join(' / ');
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

/** A column: one source's figures for one primary cancer. */
export interface SummaryColumn {
  cancer: Cancer;
  source: SourceRef;
  kind: string;
}

export interface SummaryTable {
  id: string;
  title: string;
  columns: SummaryColumn[];
  /** Column headings over the sources, one per primary cancer, with how many source columns each spans. */
  cancers: { cancer: Cancer; label: string; span: number }[];
  rows: { id: string; label: string; cells: Cell[] }[];
  /** Sources behind the columns, for the evidence and certainty lines. */
  sources: Source[];
}

/** Columns for every source and primary cancer with at least one result of its own (background figures do not count). */
export function summaryColumns(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): SummaryColumn[] {
  return CANCERS.flatMap((cancer) =>
    sources
      .filter((source) => outcomes.some((o) => o.source === source.id && o.cancer === cancer && !isBackground(o)))
      .map((source) => ({ cancer, source: sourceRef(source, links), kind: SOURCE_KIND_LABELS[source.kind] })),
  );
}

/** One summary-of-findings table per question; every cell holds the matching figures or says "Not reported". */
export function summaryOfFindings(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): SummaryTable[] {
  const columns = summaryColumns(sources, outcomes, links);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const results = outcomes.filter((o) => !isBackground(o));
  const cancers = CANCERS.map((cancer) => ({
    cancer,
    label: CANCER_LABELS[cancer],
    span: columns.filter((c) => c.cancer === cancer).length,
  })).filter((heading) => heading.span > 0);
  return SUMMARY_QUESTIONS.map((question) => ({
    id: `sof-${question.id}`,
    title: question.title,
    columns,
    cancers,
    rows: question.rows.map((spec) => ({
      id: `sof-${question.id}-${rowId(spec)}`,
      label: rowLabel(spec),
      cells: columns.map((column) =>
        figureCell(
          results.filter((o) => o.source === column.source.id && o.cancer === column.cancer && matchesRow(o, spec)),
          byId,
          links,
        ),
      ),
    })),
    sources: [...new Set(columns.map((column) => byId.get(column.source.id)).filter((s): s is Source => s !== undefined))],
  }));
}
