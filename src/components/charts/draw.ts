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
} from 'chart.js';
import { fitCategoryLabels } from '../../../scripts/charts/labels.ts';

// Only what the survival charts use, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

interface Drawing {
  config: ChartConfiguration;
  tooltips: string[][];
  height: number;
}

/** Draws every chart figure on the page from the JSON the build embedded in it. */
export function drawCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart]')) {
    const canvas = figure.querySelector('canvas');
    const embedded = figure.querySelector('script[data-chart-drawing]')?.textContent;
    if (!canvas?.parentElement || !embedded) continue;
    const { config, tooltips, height } = JSON.parse(embedded) as Drawing;
    figure.dataset.chartReady = '';
    const fitted = fitCategoryLabels(config.data.labels ?? [], canvas.parentElement.clientWidth, height);
    config.data.labels = fitted.labels;
    canvas.parentElement.style.height = `${fitted.height}px`;
    config.options = {
      ...config.options,
      plugins: {
        ...config.options?.plugins,
        tooltip: { callbacks: { label: (item) => tooltips[item.datasetIndex]?.[item.dataIndex] ?? '' } },
      },
    };
    new Chart(canvas, config);
  }
}
