import type { ChartConfiguration } from 'chart.js';
import type { SourceRef } from '../tables/cells.ts';

/** One cell of a chart's data table; `point` ties it to the drawn datum it repeats. */
export interface ChartTableCell {
  text: string;
  href?: string;
  locator?: string;
  /** Dataset index and data index of the datum this cell shows. */
  point?: [number, number];
  /** The numbers drawn for that datum (one, or low and high for a range). */
  values?: number[];
}

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: { id?: string; header: ChartTableCell; cells: ChartTableCell[] }[];
}

/** Figures shown next to a chart, e.g. the printed median beside the estimated one. */
export interface BesideFigure {
  label: string;
  text: string;
  href?: string;
  locator?: string;
  /** Worked out by this review rather than printed in the source. */
  computed: boolean;
}

/** Words drawn on a horizontal bar chart, so it reads without a legend or an axis of names. */
export interface BarLabels {
  /** Per category: the words above its bars, under a heading drawn once for a run of rows that share it. */
  rows: { heading?: string; label: string }[];
  /** Per dataset, per datum: the figure as printed, drawn just above its bar ('' where there is no bar). */
  values: string[][];
  /** Per dataset, per datum: true where the source words the figure loosely ("approaching", "over"): drawn dashed. */
  loose: boolean[][];
}

/**
 * Everything a chart needs, built in one place so the drawn chart and its HTML table cannot drift apart:
 * the Chart.js configuration (plain JSON, drawn in the browser) and the table with the same numbers.
 */
export interface ChartSpec {
  /** Stable anchor of the figure. */
  id: string;
  title: string;
  /** What the chart shows and how to read it. */
  caption: string;
  /** Short accessible name for the canvas; the table carries the numbers. */
  ariaLabel: string;
  sources: SourceRef[];
  /** Height in CSS pixels the chart needs to keep its labels legible (a bar chart with direct labels works out its own). */
  height: number;
  /** Narrowest width in CSS pixels at which the chart can be read; on a narrower screen its table is shown in its place. */
  minWidth: number;
  /** Direct labels, for horizontal bar charts. */
  bars?: BarLabels;
  config: ChartConfiguration;
  /** Tooltip text per dataset and datum, so tooltips show figures as printed. */
  tooltips: string[][];
  table: ChartTable;
  beside: BesideFigure[];
}
