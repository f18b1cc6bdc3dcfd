import type { ChartOptions } from 'chart.js';
import { TEXT_COLOUR } from './palette.ts';

export function axisTitle(text: string) {
  return { display: true, text, color: TEXT_COLOUR };
}

/**
 * Settings every chart shares: the page sets the height (labels need room), nothing animates
 * (a reader who prefers less motion gets none, and the drawing is final at once), dark text for contrast.
 */
export function sharedOptions() {
  return {
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: 'top', labels: { color: TEXT_COLOUR } } },
  } as const;
}

/**
 * Horizontal bars, the value axis along the bottom from zero. Row labels are drawn above their bars
 * (bar-labels.ts) rather than down the side, so on a phone the bars keep the whole width.
 */
export function horizontalBarOptions(valueTitle: string, valueAxis: { max?: number; stepSize?: number }): ChartOptions<'bar'> {
  return {
    ...sharedOptions(),
    indexAxis: 'y',
    scales: {
      x: { min: 0, max: valueAxis.max, title: axisTitle(valueTitle), ticks: { color: TEXT_COLOUR, stepSize: valueAxis.stepSize } },
      y: { ticks: { display: false }, grid: { display: false }, border: { display: false } },
    },
  };
}
