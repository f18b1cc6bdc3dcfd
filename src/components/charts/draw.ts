import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { barLabelsPlugin } from '../../../scripts/charts/bar-labels.ts';
import { wrapLabel } from '../../../scripts/charts/labels.ts';
import { TEXT_COLOUR } from '../../../scripts/charts/palette.ts';
import type { ChartSpec } from '../../../scripts/charts/spec.ts';

// Only what the survival charts use, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);
// Type a phone can read: the page's body size, less a little.
Chart.defaults.font.size = 14;
Chart.defaults.color = TEXT_COLOUR;

type Drawing = Pick<ChartSpec, 'config' | 'tooltips' | 'height' | 'minWidth' | 'bars'>;

/** Axis titles wrapped to the chart's width; Chart.js draws a title on one line however long. */
function wrapAxisTitles(config: ChartConfiguration, width: number): void {
  for (const scale of Object.values(config.options?.scales ?? {})) {
    const title = scale && 'title' in scale ? scale.title : undefined;
    if (title && typeof title.text === 'string') title.text = wrapLabel(title.text, Math.max(20, Math.floor(width / 8)));
  }
}

/** Where the chart is too narrow to read, its table takes its place, open, and the chart is not drawn. */
function showTableInstead(figure: HTMLElement, frame: HTMLElement): void {
  const table = figure.querySelector<HTMLDetailsElement>('details.chart-data');
  if (!table) return;
  figure.dataset.chartNarrow = '';
  table.open = true;
  frame.before(table);
}

/** Draws every chart figure on the page from the JSON the build embedded in it. */
export function drawCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart]')) {
    const canvas = figure.querySelector('canvas');
    const frame = canvas?.parentElement;
    const embedded = figure.querySelector('script[data-chart-drawing]')?.textContent;
    if (!canvas || !frame || !embedded) continue;
    const { config, tooltips, height, minWidth, bars } = JSON.parse(embedded) as Drawing;
    const width = figure.clientWidth;
    if (width < minWidth) {
      showTableInstead(figure, frame);
      continue;
    }
    figure.dataset.chartReady = '';
    frame.style.height = `${height}px`;
    wrapAxisTitles(config, width);
    config.options = {
      ...config.options,
      plugins: {
        ...config.options?.plugins,
        tooltip: { callbacks: { label: (item) => tooltips[item.datasetIndex]?.[item.dataIndex] ?? '' } },
      },
    };
    const plugins = bars ? [barLabelsPlugin(bars, frame) as Plugin] : [];
    new Chart(canvas, { ...config, plugins });
  }
}
