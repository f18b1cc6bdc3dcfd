import type { ChartConfiguration } from 'chart.js';
import type { Source } from '../../src/schemas/source.ts';
import type { KaplanMeierCheck, RecomputedNote } from '../checks/recomputed.ts';
import { computedBeside } from './beside.ts';
import { withUnit } from '../format/figure.ts';
import { groupLabel } from '../format/group.ts';
import { figureEntry, sourceRef, type Links } from '../tables/cells.ts';
import { axisTitle, sharedOptions } from './options.ts';
import { seriesColour, TEXT_COLOUR } from './palette.ts';
import type { ChartSpec } from './spec.ts';

/** Survival as a percentage to one decimal: the precision both the curve and its table show. */
function percent(probability: number): number {
  return Math.round(probability * 1000) / 10;
}

type Point = { x: number; y: number };

/**
 * The Kaplan–Meier curve worked out from a source's patient table, with a mark at each censored time
 * and the estimated median drawn beside the median the source prints.
 */
export function kaplanMeierChart(check: KaplanMeierCheck, source: Source, notes: readonly RecomputedNote[], links: Links): ChartSpec {
  const { curve, median, reported, table } = check;
  const unit = reported.unit;
  const group = groupLabel(source.groups.find((candidate) => candidate.id === table.group));
  const reportedEntry = figureEntry(reported, source, links);
  const start: Point = { x: 0, y: 100 };
  const steps: Point[] = [start, ...curve.steps.map((step) => ({ x: step.time, y: percent(step.survival) }))];
  const censored: Point[] = curve.steps.filter((step) => step.censored > 0).map((step) => ({ x: step.time, y: percent(step.survival) }));
  const estimated: Point[] =
    median.median === undefined
      ? []
      : [
          { x: 0, y: 50 },
          { x: median.median, y: 50 },
          { x: median.median, y: 0 },
        ];
  const printed: Point[] = reported.value
    ? [
        { x: reported.value.value, y: 50 },
        { x: reported.value.value, y: 0 },
      ]
    : [];
  // The axis runs to the next whole year past the last time, so a censor mark there is not cut off.
  const axisEnd = Math.floor((curve.steps.at(-1)?.time ?? 0) / 12 + 1) * 12;

  const config: ChartConfiguration<'line', Point[]> = {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'Kaplan–Meier estimate',
          data: steps,
          stepped: 'before',
          borderColor: seriesColour(0),
          borderWidth: 3,
          pointRadius: 0,
          pointHitRadius: 6,
        },
        {
          label: 'Censored: alive at last follow-up',
          data: censored,
          showLine: false,
          pointStyle: 'line',
          pointRotation: 90,
          pointRadius: 9,
          pointBorderWidth: 3,
          borderColor: seriesColour(4),
          backgroundColor: seriesColour(4),
        },
        {
          label: 'Median estimated here',
          data: estimated,
          borderColor: seriesColour(1),
          borderDash: [8, 4],
          borderWidth: 2,
          pointRadius: 0,
        },
        {
          label: `Median printed in ${reported.locatorDetail ?? 'the source'}`,
          data: printed,
          borderColor: seriesColour(3),
          borderDash: [2, 3],
          borderWidth: 3,
          pointRadius: 0,
        },
      ],
    },
    options: {
      ...sharedOptions(),
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: axisEnd,
          title: axisTitle(`Survival time (${unit}) as given in ${table.table}`),
          ticks: { color: TEXT_COLOUR, stepSize: 12 },
        },
        y: { min: 0, max: 100, title: axisTitle('Estimated survival (%)'), ticks: { color: TEXT_COLOUR } },
      },
    },
  };

  const censoredIndex = new Map(censored.map((point, index) => [point.x, index]));
  const [estimate] = check.figures;
  return {
    id: `chart-kaplan-meier-${source.id}-${table.group}`,
    title: `Kaplan–Meier survival estimated from ${table.table} of the ${source.shortTitle}: ${group}`,
    caption: `The curve is worked out by this review from the ${curve.patients} patient rows of ${table.table}: deaths are events and patients alive at last follow-up are censored (vertical marks). The dashed line shows where the estimate falls to one half; the dotted line marks the median the source prints. The patient rows do not record when each survival time starts.`,
    ariaLabel: `Step chart of survival estimated from ${table.table}, falling from 100% as patients die, with censored patients marked and the estimated and printed medians drawn; the figures are in the table that follows.`,
    sources: [sourceRef(source, links)],
    height: 420,
    minWidth: 260,
    config: config as unknown as ChartConfiguration,
    tooltips: [
      steps.map((point) => `${withUnit(String(point.x), unit)}: ${point.y}% estimated survival`),
      censored.map((point) => `Censored at ${withUnit(String(point.x), unit)}`),
      estimated.map(() => `Estimated median: ${estimate?.text ?? ''}`),
      printed.map(() => `Printed median: ${reportedEntry.text}`),
    ],
    table: {
      caption: `Kaplan–Meier estimate from ${table.table}, step by step: the numbers drawn in the chart.`,
      columns: [`Time (${unit})`, 'Still followed', 'Died', 'Censored', 'Estimated survival (%)', '95% confidence interval (%)'],
      rows: curve.steps.map((step, index) => ({
        header: { text: String(step.time) },
        cells: [
          { text: String(step.atRisk) },
          { text: String(step.events) },
          step.censored > 0
            ? {
                text: `${step.censored} (marked at ${percent(step.survival).toFixed(1)}%)`,
                point: [1, censoredIndex.get(step.time) ?? 0],
                values: [percent(step.survival)],
              }
            : { text: '0' },
          { text: percent(step.survival).toFixed(1), point: [0, index + 1], values: [percent(step.survival)] },
          {
            text:
              step.lower === undefined || step.upper === undefined
                ? 'Not estimable'
                : `${percent(step.lower).toFixed(1)}–${percent(step.upper).toFixed(1)}`,
          },
        ],
      })),
    },
    beside: [
      {
        label: `${reportedEntry.measure}, as printed`,
        text: reportedEntry.text,
        href: reportedEntry.href,
        locator: reportedEntry.locator,
        computed: false,
      },
      ...check.figures.map((figure) => computedBeside(figure, notes, links.source(source.id))),
    ],
  };
}
