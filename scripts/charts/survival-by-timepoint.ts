import type { ChartConfiguration } from 'chart.js';
import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CANCER_LABELS, CANCERS } from '../../src/schemas/vocabulary.ts';
import { timepointLabel } from '../format/figure.ts';
import { figureGroupLabel } from '../format/group.ts';
import { eligibleForComparison, figureEntry, NOT_REPORTED, sourceRef, type Links } from '../tables/cells.ts';
import { horizontalBarOptions } from './options.ts';
import { fill, seriesColour } from './palette.ts';
import type { ChartSpec, ChartTableCell } from './spec.ts';

interface Series {
  key: string;
  source: Source;
  outcomes: Outcome[];
  /** "Breast: Gangnam Severance breast cancer liver resection series", shared by the source's rows. */
  heading: string;
  /** The group, and the wording where the source restates a figure. */
  group: string;
}

/** The row's name in full, for the table and for screen readers: heading and group together. */
const seriesLabel = (row: Series) => `${row.heading} — ${row.group}`;

/** What is drawn for one figure: a range as a floating bar from low to high, a single value as a bar of no length (drawn as a dot). */
function drawnValues(outcome: Outcome): [number, number] {
  if (outcome.value) return [outcome.value.value, outcome.value.value];
  return [outcome.low?.value ?? 0, outcome.high?.value ?? 0];
}

/** One series per source, group and wording, in the order cancers and sources are listed. */
function seriesOf(sources: readonly Source[], outcomes: readonly Outcome[]): Series[] {
  const series = new Map<string, Series>();
  const ordered = CANCERS.flatMap((cancer) =>
    sources.flatMap((source) => outcomes.filter((o) => o.cancer === cancer && o.source === source.id)),
  );
  for (const outcome of ordered) {
    const source = sources.find((candidate) => candidate.id === outcome.source) as Source;
    const key = [outcome.source, outcome.group, outcome.detail ?? ''].join('|');
    const group = figureGroupLabel(outcome, source.groups);
    const entry = series.get(key) ?? {
      key,
      source,
      outcomes: [],
      heading: `${CANCER_LABELS[outcome.cancer]}: ${source.shortTitle}`,
      group: outcome.detail ? `${group}, ${outcome.detail}` : group,
    };
    entry.outcomes.push(outcome);
    series.set(key, entry);
  }
  return [...series.values()];
}

/**
 * Overall survival at each time point, one bar row per source and group. Ranges a source gives (the review's
 * lowest and highest results across studies, a patient page's span) are floating bars; single rates are dots.
 */
export function survivalByTimepointChart(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): ChartSpec {
  const survival = outcomes.filter((o) => o.measure === 'overall-survival' && o.timepointMonths !== undefined && eligibleForComparison(o));
  const series = seriesOf(sources, survival);
  const timepoints = [...new Set(survival.map((o) => o.timepointMonths as number))].sort((a, b) => a - b);
  // One lookup per row and time point, shared by the bars, the tooltips and the table.
  const grid = series.map((row) =>
    timepoints.map((months) => {
      const outcome = row.outcomes.find((o) => o.timepointMonths === months);
      return (
        outcome && { values: drawnValues(outcome), entry: figureEntry(outcome, row.source, links), loose: outcome.qualifier !== undefined }
      );
    }),
  );

  const config: ChartConfiguration<'bar', ([number, number] | null)[], string> = {
    type: 'bar',
    data: {
      labels: series.map(seriesLabel),
      datasets: timepoints.map((months, index) => ({
        label: timepointLabel(months),
        data: grid.map((cells) => cells[index]?.values ?? null),
        backgroundColor: fill(seriesColour(index)),
        borderColor: seriesColour(index),
        // A figure the source words loosely gets a dashed outline instead (bar-labels.ts).
        borderWidth: grid.map((cells) => (cells[index]?.loose ? 0 : 2)),
        borderSkipped: false,
        skipNull: true,
      })),
    },
    options: horizontalBarOptions('Patients alive (%)', { max: 100 }),
  };

  const cell = (rowIndex: number, datasetIndex: number): ChartTableCell => {
    const drawn = grid[rowIndex]?.[datasetIndex];
    if (!drawn) return { text: NOT_REPORTED };
    return {
      text: drawn.entry.text,
      href: drawn.entry.href,
      locator: drawn.entry.locator,
      point: [datasetIndex, rowIndex],
      values: drawn.values,
    };
  };

  const used = [...new Map(series.map((row) => [row.source.id, row.source])).values()];
  return {
    id: 'chart-survival-by-timepoint',
    title: 'Overall survival at each time point, by primary cancer and source',
    caption:
      'Each row is one group of patients in one source, with each figure written above its bar as the source prints it. A bar from a low to a high value is a range the source gives (for the review, the lowest and highest result among its studies); a dot is a single rate; a dashed outline is a figure the source words loosely, such as "approaching" or "over". Rows come from different patients, periods and hospitals, so they cannot be compared as if from one trial.',
    ariaLabel: `Bar chart of overall survival at ${timepoints.map(timepointLabel).join(', ')} for ${series.length} groups of patients; the figures are in the table that follows.`,
    sources: used.map((source) => sourceRef(source, links)),
    height: 120 + series.length * 48,
    minWidth: 260,
    config: config as unknown as ChartConfiguration,
    bars: {
      rows: series.map((row) => ({ heading: row.heading, label: row.group })),
      values: timepoints.map((months, datasetIndex) =>
        grid.map((cells) => {
          const drawn = cells[datasetIndex];
          return drawn ? `${timepointLabel(months)}: ${drawn.entry.text}` : '';
        }),
      ),
      loose: timepoints.map((_, datasetIndex) => grid.map((cells) => cells[datasetIndex]?.loose ?? false)),
    },
    tooltips: timepoints.map((_, datasetIndex) => grid.map((cells) => cells[datasetIndex]?.entry.text ?? '')),
    table: {
      caption: 'Overall survival at each time point: the figures drawn in the chart, as printed, with where each is printed.',
      columns: ['Group and source', ...timepoints.map(timepointLabel)],
      rows: series.map((row, rowIndex) => ({
        header: { text: seriesLabel(row), href: links.source(row.source.id) },
        cells: timepoints.map((_, datasetIndex) => cell(rowIndex, datasetIndex)),
      })),
    },
    beside: [],
  };
}
