import type { Plugin } from 'chart.js';
import { wrapText } from './labels.ts';
import type { BarLabels } from './spec.ts';
import { TEXT_COLOUR } from './palette.ts';

/** Sizes in CSS pixels: type large enough to read on a phone, bars thick enough to see. */
export const BAR_TEXT = { size: 14, line: 18, bar: 14, gap: 10 } as const;
/** From this plot width each figure fits beside its bar; below it, the figure goes on a line of its own above the bar. */
export const BESIDE_FROM = 560;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Height of one bar: beside its figure, or below it. */
const slot = (beside: boolean) => (beside ? BAR_TEXT.line + BAR_TEXT.gap / 2 : BAR_TEXT.line + BAR_TEXT.bar + BAR_TEXT.gap);

/** The height one row of the chart needs: its heading and label lines, then its bars, each with its figure. */
export function rowHeight(lines: number, bars: number, beside: boolean): number {
  return lines * BAR_TEXT.line + bars * slot(beside) + BAR_TEXT.gap;
}

/** Where each bar of a row sits, top to bottom, measured from the top of the row. */
export function barCentres(lines: number, bars: number, beside: boolean): number[] {
  const start = lines * BAR_TEXT.line + BAR_TEXT.gap / 2;
  const offset = beside ? slot(true) / 2 : BAR_TEXT.line + BAR_TEXT.bar / 2;
  return Array.from({ length: bars }, (_, index) => start + index * slot(beside) + offset);
}

/** Where a bar's figure is written: after the bar if it fits, else before it, else over the bar's start; `align` is the canvas text alignment. */
export function besidePosition(start: number, end: number, width: number, area: { left: number; right: number }) {
  const space = 6;
  if (end + space + width <= area.right) return { x: end + space, align: 'left' as const };
  if (start - space - width >= area.left) return { x: start - space, align: 'right' as const };
  return { x: Math.max(area.left, start) + space, align: 'left' as const };
}

/** One row as laid out: its heading (where a new run of rows starts) and label lines, its bars, and its top below the plot's. */
type Placed = { heading: string[]; label: string[]; bars: { dataset: number; index: number }[]; top: number };

/**
 * Direct labels for a horizontal bar chart, after Our World in Data's bar charts: each row's label above its bars (so
 * the plot keeps the full width on a phone) under a heading shared by a run of rows, each bar's figure written as
 * printed (beside the bar on a wide chart, above it on a narrow one), a single value drawn as a dot rather than a
 * hairline, and a figure the source words loosely ("approaching", "over") outlined with dashes. Each row is as tall as
 * its own words and bars need, and the chart grows or shrinks to fit them all.
 */
export function barLabelsPlugin(labels: BarLabels, frame: HTMLElement): Plugin<'bar'> {
  let rows: Placed[] = [];
  let beside = false;
  const font = (weight: number) => `${weight} ${BAR_TEXT.size}px ${FONT_FAMILY}`;
  const isDrawn = (value: unknown) => value !== null && value !== undefined;

  return {
    id: 'bar-labels',
    afterLayout(chart) {
      const { ctx, chartArea } = chart;
      beside = chartArea.width >= BESIDE_FROM;
      const wrap = (text: string | undefined, weight: number) => {
        ctx.font = font(weight);
        return text ? wrapText(text, chartArea.width, (line) => ctx.measureText(line).width) : [];
      };
      ctx.save();
      let top = 0;
      rows = labels.rows.map((row, index) => {
        const heading = row.heading !== labels.rows[index - 1]?.heading ? wrap(row.heading, 700) : [];
        const label = wrap(row.label, 400);
        const bars = chart.data.datasets
          .map((_, dataset) => ({ dataset, index }))
          .filter(({ dataset }) => isDrawn(chart.data.datasets[dataset]?.data[index]));
        const placed = { heading, label, bars, top };
        top += rowHeight(heading.length + label.length, bars.length, beside);
        return placed;
      });
      ctx.restore();
      const needed = Math.ceil(chart.height - chartArea.height + top);
      if (Math.abs(needed - chart.height) > 1) {
        frame.style.height = `${needed}px`;
        requestAnimationFrame(() => chart.resize());
      }
    },
    // Chart.js spaces category rows evenly; each bar is moved into its own row's place, so rows can differ in height.
    afterDatasetsUpdate(chart) {
      for (const placed of rows) {
        barCentres(placed.heading.length + placed.label.length, placed.bars.length, beside).forEach((centre, order) => {
          const bar = placed.bars[order]!;
          const element = chart.getDatasetMeta(bar.dataset).data[bar.index] as unknown as { y: number; height: number } | undefined;
          if (!element) return;
          element.y = chart.chartArea.top + placed.top + centre;
          element.height = BAR_TEXT.bar;
        });
      }
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.textBaseline = 'alphabetic';
      for (const placed of rows) {
        let baseline = chartArea.top + placed.top - 4;
        ctx.fillStyle = TEXT_COLOUR;
        // A new run of rows opens with a rule and its heading in bold.
        if (placed.heading.length > 0 && placed.top > 0) {
          ctx.fillRect(chartArea.left, chartArea.top + placed.top, chartArea.width, 1);
        }
        for (const [lines, weight] of [
          [placed.heading, 700],
          [placed.label, 400],
        ] as const) {
          ctx.font = font(weight);
          for (const line of lines) ctx.fillText(line, chartArea.left, (baseline += BAR_TEXT.line));
        }
        ctx.font = font(400);
        for (const { dataset, index } of placed.bars) {
          const element = chart.getDatasetMeta(dataset).data[index] as unknown as { x: number; y: number; base: number };
          const colour = String(chart.data.datasets[dataset]?.borderColor ?? TEXT_COLOUR);
          const [start, end] = [Math.min(element.x, element.base), Math.max(element.x, element.base)];
          const text = labels.values[dataset]?.[index] ?? '';
          const width = ctx.measureText(text).width;
          const radius = BAR_TEXT.bar / 2;
          ctx.fillStyle = TEXT_COLOUR;
          if (beside) {
            const { x, align } = besidePosition(start - radius, end + radius, width, chartArea);
            ctx.textAlign = align;
            ctx.fillText(text, x, element.y + 5);
            ctx.textAlign = 'left';
          } else {
            ctx.fillText(text, Math.max(chartArea.left, Math.min(start, chartArea.right - width)), element.y - radius - 4);
          }
          ctx.strokeStyle = colour;
          ctx.fillStyle = colour;
          if (end - start < 2) {
            ctx.beginPath();
            ctx.arc(start, element.y, radius, 0, 2 * Math.PI);
            ctx.fill();
          }
          if (labels.loose[dataset]?.[index]) {
            ctx.lineWidth = 2;
            ctx.setLineDash([6, 4]);
            ctx.strokeRect(start, element.y - radius, Math.max(end - start, 1), BAR_TEXT.bar);
            ctx.setLineDash([]);
          }
        }
      }
      ctx.restore();
    },
  };
}
