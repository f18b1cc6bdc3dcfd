import type { Chart, Plugin } from 'chart.js';
import { wrapText } from './labels.ts';
import type { BarLabels } from './spec.ts';
import { TEXT_COLOUR } from './palette.ts';

/** Sizes in CSS pixels: type large enough to read on a phone, bars thick enough to see. */
export const BAR_TEXT = { size: 14, line: 18, valueLine: 18, bar: 14, gap: 10 } as const;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The height one row of the chart needs: its label's lines, then for each bar a line for its figure and the bar. */
export function rowHeight(labelLines: number, bars: number): number {
  return labelLines * BAR_TEXT.line + bars * (BAR_TEXT.valueLine + BAR_TEXT.bar + BAR_TEXT.gap) + BAR_TEXT.gap;
}

/** Where each bar of a row sits, top to bottom, measured from the top of the row. */
export function barCentres(labelLines: number, bars: number): number[] {
  const start = labelLines * BAR_TEXT.line + BAR_TEXT.gap / 2;
  return Array.from(
    { length: bars },
    (_, index) => start + index * (BAR_TEXT.valueLine + BAR_TEXT.bar + BAR_TEXT.gap) + BAR_TEXT.valueLine + BAR_TEXT.bar / 2,
  );
}

type Placed = { label: string[]; bars: { dataset: number; index: number }[] };

/**
 * Direct labels for a horizontal bar chart, after Our World in Data's bar charts: each row's label above its bars
 * (so the plot keeps the full width on a phone), each bar's figure as printed just above it, a single value drawn as
 * a dot rather than a hairline, and a figure the source words loosely ("approaching", "over") outlined with dashes.
 * The chart grows or shrinks to give every row the room its wrapped label needs.
 */
export function barLabelsPlugin(labels: BarLabels, frame: HTMLElement): Plugin<'bar'> {
  let rows: Placed[] = [];
  const font = (weight: number) => `${weight} ${BAR_TEXT.size}px ${FONT_FAMILY}`;
  const datumOf = (chart: Chart, dataset: number, index: number) => chart.data.datasets[dataset]?.data[index] as unknown;
  const isDrawn = (value: unknown) => value !== null && value !== undefined;

  return {
    id: 'bar-labels',
    afterLayout(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = font(700);
      const categories = (chart.data.labels ?? []).map(String);
      rows = categories.map((category, index) => ({
        label: wrapText(category, chartArea.width, (line) => ctx.measureText(line).width),
        bars: chart.data.datasets
          .map((_, dataset) => ({ dataset, index }))
          .filter(({ dataset }) => isDrawn(datumOf(chart, dataset, index))),
      }));
      ctx.restore();
      const row = Math.max(...rows.map((placed) => rowHeight(placed.label.length, placed.bars.length)));
      const needed = Math.ceil(chart.height - chartArea.height + row * rows.length);
      if (Math.abs(needed - chart.height) > 1) {
        frame.style.height = `${needed}px`;
        requestAnimationFrame(() => chart.resize());
      }
    },
    afterDatasetsUpdate(chart) {
      const band = chart.chartArea.height / Math.max(rows.length, 1);
      rows.forEach((placed, index) => {
        const top = chart.chartArea.top + index * band;
        barCentres(placed.label.length, placed.bars.length).forEach((centre, order) => {
          const bar = placed.bars[order]!;
          const element = chart.getDatasetMeta(bar.dataset).data[bar.index] as unknown as { y: number; height: number } | undefined;
          if (!element) return;
          element.y = top + centre;
          element.height = BAR_TEXT.bar;
        });
      });
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const band = chartArea.height / Math.max(rows.length, 1);
      ctx.save();
      ctx.textBaseline = 'alphabetic';
      rows.forEach((placed, index) => {
        const top = chartArea.top + index * band;
        ctx.font = font(700);
        ctx.fillStyle = TEXT_COLOUR;
        placed.label.forEach((line, number) => ctx.fillText(line, chartArea.left, top + (number + 1) * BAR_TEXT.line - 4));
        ctx.font = font(400);
        for (const { dataset, index: datum } of placed.bars) {
          const element = chart.getDatasetMeta(dataset).data[datum] as unknown as { x: number; y: number; base: number; height: number };
          const colour = String(chart.data.datasets[dataset]?.borderColor ?? TEXT_COLOUR);
          const [start, end] = [Math.min(element.x, element.base), Math.max(element.x, element.base)];
          const text = labels.values[dataset]?.[datum] ?? '';
          const width = ctx.measureText(text).width;
          ctx.fillStyle = TEXT_COLOUR;
          ctx.fillText(text, Math.max(chartArea.left, Math.min(start, chartArea.right - width)), element.y - BAR_TEXT.bar / 2 - 4);
          ctx.strokeStyle = colour;
          ctx.fillStyle = colour;
          if (end - start < 2) {
            ctx.beginPath();
            ctx.arc(start, element.y, BAR_TEXT.bar / 2, 0, 2 * Math.PI);
            ctx.fill();
          }
          if (labels.loose[dataset]?.[datum]) {
            ctx.lineWidth = 2;
            ctx.setLineDash([6, 4]);
            ctx.strokeRect(start, element.y - BAR_TEXT.bar / 2, Math.max(end - start, 1), BAR_TEXT.bar);
            ctx.setLineDash([]);
          }
        }
      });
      ctx.restore();
    },
  };
}
