import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const CHART_PAGE = '/compare/survival-charts/';
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  await page.goto(`${baseUrl}${CHART_PAGE}`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure[data-chart]')].every((figure) => figure.hasAttribute('data-chart-ready')),
  );
});
afterAll(async () => {
  await browser?.close();
});

interface Drawn {
  id: string;
  /** Pixels with any paint on them, out of all. */
  painted: number;
  total: number;
  /** For each dataset with data, how many pixels carry its colour. */
  datasetPixels: { label: string; pixels: number }[];
  /** Table cells tied to a datum: the numbers they state and the numbers in the chart's data. */
  cells: { point: string; tabled: number[]; drawn: number[]; text: string }[];
  /** Data points that no table cell repeats (dataset:index). */
  untabled: string[];
  ariaLabel: string | null;
}

/** Reads one chart figure in the page: its canvas pixels, its embedded data and its table. */
function inspect(id: string): Promise<Drawn> {
  return page.evaluate((figureId) => {
    const figure = document.getElementById(figureId)!;
    const canvas = figure.querySelector('canvas')!;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const drawing = JSON.parse(figure.querySelector('script[data-chart-drawing]')!.textContent!) as {
      config: { data: { datasets: { label: string; data: unknown[]; borderColor?: string; backgroundColor?: string }[] } };
    };
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    const near = (colour: number[]) => {
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          data[i + 3]! > 200 &&
          Math.abs(data[i]! - colour[0]!) + Math.abs(data[i + 1]! - colour[1]!) + Math.abs(data[i + 2]! - colour[2]!) < 30
        )
          count++;
      }
      return count;
    };
    const datasets = drawing.config.data.datasets;
    const numbers = (value: unknown): number[] => {
      if (value === null || value === undefined) return [];
      if (typeof value === 'number') return [value];
      if (Array.isArray(value)) return value as number[];
      return [(value as { y: number }).y];
    };
    const cells = [...figure.querySelectorAll<HTMLElement>('td[data-point]')].map((cell) => {
      const [dataset, index] = cell.dataset.point!.split(':').map(Number);
      return {
        point: cell.dataset.point!,
        tabled: cell.dataset.values!.split(' ').map(Number),
        drawn: numbers(datasets[dataset!]?.data[index!]),
        text: cell.textContent!.trim(),
      };
    });
    const tabledPoints = new Set(cells.map((cell) => cell.point));
    return {
      id: figureId,
      painted,
      total: width * height,
      datasetPixels: datasets
        .filter((dataset) => dataset.data.some((value) => value !== null))
        .map((dataset) => ({ label: dataset.label, pixels: near(rgb((dataset.borderColor ?? dataset.backgroundColor)!.slice(0, 7))) })),
      cells,
      untabled: datasets.flatMap((dataset, d) =>
        dataset.data.map((value, i) => (value === null || tabledPoints.has(`${d}:${i}`) ? '' : `${d}:${i}`)).filter(Boolean),
      ),
      ariaLabel: canvas.getAttribute('aria-label'),
    };
  }, id);
}

const CHARTS = [
  'chart-survival-by-timepoint',
  'chart-kaplan-meier-istanbul-colorectal-series-reoperated',
  'chart-survival-times-gangnam-breast-series',
];

describe.each(CHARTS)('%s', (id) => {
  test('draws: the canvas is not blank and every dataset with data shows its colour', async () => {
    const drawn = await inspect(id);
    expect(drawn.painted / drawn.total).toBeGreaterThan(0.01);
    for (const dataset of drawn.datasetPixels) expect(dataset.pixels, dataset.label).toBeGreaterThan(20);
  });

  test('its table states the numbers the chart draws', async () => {
    const drawn = await inspect(id);
    expect(drawn.cells.length).toBeGreaterThan(0);
    for (const cell of drawn.cells) {
      expect(cell.drawn, `${cell.point} "${cell.text}"`).toEqual(cell.tabled);
      const stated = (cell.text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
      for (const value of cell.tabled) expect(stated, `${cell.point} "${cell.text}"`).toContain(value);
    }
  });

  test('has an accessible name', async () => {
    expect((await inspect(id)).ariaLabel).toMatch(/chart/i);
  });
});

test('every bar and point of the survival and patient charts is in a table', async () => {
  expect((await inspect('chart-survival-by-timepoint')).untabled).toEqual([]);
  expect((await inspect('chart-survival-times-gangnam-breast-series')).untabled).toEqual([]);
});

test('the chart page logs no console error', () => {
  expect(problems).toEqual([]);
});

test('on a phone-sized screen the survival chart grows to keep its wrapped labels apart', async () => {
  const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await phone.goto(`${baseUrl}${CHART_PAGE}`);
  await phone.waitForSelector('#chart-survival-by-timepoint[data-chart-ready]');
  const height = (target: Page) =>
    target.locator('#chart-survival-by-timepoint .chart-frame').evaluate((frame) => frame.getBoundingClientRect().height);
  expect(await height(phone)).toBeGreaterThan(await height(page));
  await phone.close();
});

test('where a chart is too narrow to read, its table is shown open in its place and the chart is not drawn', async () => {
  const narrow = await browser.newPage({ viewport: { width: 240, height: 800 } });
  await narrow.goto(`${baseUrl}${CHART_PAGE}`);
  await narrow.waitForSelector('#chart-survival-by-timepoint[data-chart-narrow]');
  const shown = await narrow.locator('#chart-survival-by-timepoint').evaluate((figure) => {
    const frame = figure.querySelector('.chart-frame')!;
    const details = figure.querySelector('details.chart-data') as HTMLDetailsElement;
    return {
      drawn: figure.hasAttribute('data-chart-ready'),
      frameShown: frame.checkVisibility(),
      open: details.open,
      inChartsPlace: details.nextElementSibling === frame,
      tableShown: figure.querySelector('table')!.checkVisibility(),
    };
  });
  expect(shown).toEqual({ drawn: false, frameShown: false, open: true, inChartsPlace: true, tableShown: true });
  await narrow.close();
});
