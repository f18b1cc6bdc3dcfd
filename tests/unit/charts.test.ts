import { describe, expect, test } from 'vitest';
import type { Patient } from '../../src/schemas/patient.ts';
import { kaplanMeierChecks, recomputedNotes, patientTables } from '../../scripts/checks/recomputed.ts';
import { jsonForScript } from '../../scripts/charts/embed.ts';
import { kaplanMeierChart } from '../../scripts/charts/kaplan-meier.ts';
import { barCentres, BAR_TEXT, besidePosition, rowHeight } from '../../scripts/charts/bar-labels.ts';
import { shortGroupLabel, wrapLabel, wrapText } from '../../scripts/charts/labels.ts';
import { SERIES_COLOURS } from '../../scripts/charts/palette.ts';
import type { ChartSpec } from '../../scripts/charts/spec.ts';
import { survivalByTimepointChart } from '../../scripts/charts/survival-by-timepoint.ts';
import { survivalTimesChart } from '../../scripts/charts/survival-times.ts';
import { TEST_LINKS, testOutcome, testPatient, testReviewRange, testSource } from '../support/compare-fixtures.ts';

type Datum = number | [number, number] | { x: number; y: number } | null;
const datum = (spec: ChartSpec, [dataset, index]: [number, number]): Datum =>
  (spec.config.data.datasets[dataset]?.data as Datum[])[index] ?? null;
const drawnNumbers = (value: Datum): number[] =>
  value === null ? [] : typeof value === 'number' ? [value] : Array.isArray(value) ? value : [value.y];

/** The promise every chart makes: each table cell tied to a datum shows exactly the numbers drawn, and every drawn datum has a cell. */
function expectTableMatchesChart(spec: ChartSpec, datasetsInTable: number[]) {
  const cells = spec.table.rows.flatMap((row) => row.cells).filter((cell) => cell.point);
  for (const cell of cells) expect(drawnNumbers(datum(spec, cell.point!)), cell.text).toEqual(cell.values);
  for (const dataset of datasetsInTable) {
    const drawn = (spec.config.data.datasets[dataset]?.data as Datum[])
      .map((value, index) => (value === null ? -1 : index))
      .filter((index) => index >= 0);
    const tabled = cells.filter((cell) => cell.point![0] === dataset).map((cell) => cell.point![1]);
    expect(new Set(tabled), `dataset ${dataset}`).toEqual(new Set(drawn));
  }
  expect(spec.tooltips.length).toBe(spec.config.data.datasets.length);
}

describe('overall survival at each time point', () => {
  const sources = [
    testSource({ id: 'review', kind: 'systematic-review', cancers: ['neuroendocrine'] }),
    testSource({
      id: 'series',
      groups: [
        { id: 'all', label: 'Everyone', size: 13 },
        { id: 'liver-only', label: 'Liver only (solitary)', size: 7 },
        { id: 'background', label: 'Cited' },
      ],
    }),
  ];
  const outcomes = [
    testOutcome({
      id: 'series-1y',
      source: 'series',
      measure: 'overall-survival',
      timepointMonths: '12',
      value: '83.1',
      locator: 'figure',
      locatorDetail: 'Fig. 1',
    }),
    testOutcome({
      id: 'series-3y-liver',
      source: 'series',
      group: 'liver-only',
      measure: 'overall-survival',
      timepointMonths: '36',
      value: '0.0',
    }),
    testReviewRange('review-5y', 'review'),
    testOutcome({
      id: 'series-cited',
      source: 'series',
      group: 'background',
      measure: 'overall-survival',
      timepointMonths: '60',
      value: '30',
    }),
    testOutcome({ id: 'series-median', source: 'series', measure: 'median-survival', statistic: 'median', value: '32', unit: 'months' }),
  ];
  const spec = survivalByTimepointChart(sources, outcomes, TEST_LINKS);

  test('draws a range as a floating bar and a single rate as a bar of no length', () => {
    expect(spec.config.data.datasets.map((dataset) => dataset.label)).toEqual(['1 year', '3 years', '5 years']);
    expect(spec.config.data.datasets.map((dataset) => dataset.data)).toEqual([
      [null, [83.1, 83.1], null],
      [null, null, [0, 0]],
      [[46, 86], null, null],
    ]);
  });

  test('orders rows by cancer, then source, and leaves background figures out', () => {
    expect(spec.config.data.labels).toEqual([
      'Neuroendocrine: Source review — Everyone (lowest and highest across the included series)',
      'Colorectal: Source series — Everyone (n = 13)',
      'Colorectal: Source series — Liver only (solitary) (n = 7)',
    ]);
  });

  test('has a table with the same numbers, each cell linked to its figure and locator', () => {
    expectTableMatchesChart(spec, [0, 1, 2]);
    expect(spec.table.rows[1]?.cells[0]).toEqual({
      text: '83.1%',
      href: '/sources/series/#series-1y',
      locator: 'Fig. 1',
      point: [0, 1],
      values: [83.1, 83.1],
    });
    expect(spec.table.rows[0]?.cells[0]).toEqual({ text: 'Not reported' });
  });

  test('is a JSON-only configuration, so it can be embedded in the page', () => {
    expect(JSON.parse(JSON.stringify(spec.config))).toEqual(spec.config);
    expect(JSON.parse(JSON.stringify(spec.bars))).toEqual(spec.bars);
  });

  test('names each row by its group under its source, and writes each figure as printed, with its time point', () => {
    expect(spec.bars?.rows).toEqual([
      { heading: 'Neuroendocrine: Source review', label: 'Everyone (lowest and highest across the included series)' },
      { heading: 'Colorectal: Source series', label: 'Everyone (n = 13)' },
      { heading: 'Colorectal: Source series', label: 'Liver only (solitary) (n = 7)' },
    ]);
    expect(spec.bars?.values).toEqual([
      ['', '1 year: 83.1%', ''],
      ['', '', '3 years: 0.0%'],
      ['5 years: 46–86%', '', ''],
    ]);
  });

  test('draws a figure the source words loosely dashed, with the qualifier in its label', () => {
    const loose = survivalByTimepointChart(
      sources,
      [
        testOutcome({
          id: 'page-5y',
          source: 'series',
          measure: 'overall-survival',
          timepointMonths: '60',
          low: '60',
          high: '70',
          qualifier: 'approaching',
        }),
      ],
      TEST_LINKS,
    );
    expect(loose.bars).toEqual({
      rows: [{ heading: 'Colorectal: Source series', label: 'Everyone (n = 13)' }],
      values: [['5 years: approaching 60–70%']],
      loose: [[true]],
    });
    // Chart.js draws no solid outline for it; the dashed one is drawn over the bar (bar-labels.ts).
    expect(loose.config.data.datasets[0]).toMatchObject({ data: [[60, 70]], borderWidth: [0] });
    expect(spec.bars?.loose.flat().some(Boolean)).toBe(false);
  });
});

const patient = (group: string, months: string, status: Patient['status'], table = 'Table 2'): Patient =>
  testPatient({ group, months, status, table, source: 'series' });

describe('Kaplan–Meier chart', () => {
  const source = testSource({ id: 'series', groups: [{ id: 'again', label: 'Operated on again', size: 4 }] });
  const reported = testOutcome({
    id: 'median-again',
    source: 'series',
    group: 'again',
    measure: 'median-survival',
    statistic: 'median',
    value: '25',
    unit: 'months',
    locator: 'figure',
    locatorDetail: 'Figure 3',
  });
  const patients = [
    patient('again', '10', 'dead'),
    patient('again', '20', 'alive-disease-free'),
    patient('again', '30', 'dead'),
    patient('again', '40', 'alive-disease-free'),
  ];
  const [check] = kaplanMeierChecks(source, [reported], patients);
  const spec = kaplanMeierChart(check!, source, recomputedNotes(source, [reported], patients), TEST_LINKS);

  test('draws the step curve from 100% and marks each censored time on it', () => {
    expect(spec.config.data.datasets[0]?.data).toEqual([
      { x: 0, y: 100 },
      { x: 10, y: 75 },
      { x: 20, y: 75 },
      { x: 30, y: 37.5 },
      { x: 40, y: 37.5 },
    ]);
    expect(spec.config.data.datasets[1]?.data).toEqual([
      { x: 20, y: 75 },
      { x: 40, y: 37.5 },
    ]);
  });

  test('draws the estimated median and the printed one', () => {
    expect(spec.config.data.datasets[2]?.data).toEqual([
      { x: 0, y: 50 },
      { x: 30, y: 50 },
      { x: 30, y: 0 },
    ]);
    expect(spec.config.data.datasets[3]).toMatchObject({
      label: 'Median printed in Figure 3',
      data: [
        { x: 25, y: 50 },
        { x: 25, y: 0 },
      ],
    });
  });

  test('shows the printed median beside the estimate, linking the estimate to its data-quality note', () => {
    expect(spec.beside).toMatchObject([
      { text: '25 months', href: '/sources/series/#median-again', locator: 'Figure 3', computed: false },
      {
        text: '30 months (95% confidence interval 10 months to not estimable)',
        href: '/sources/series/#note-recomputed-median-again',
        computed: true,
      },
      { text: '25 months (range 10–40)', computed: true },
    ]);
  });

  /**
   * Log–log band at 10 months: S = 3/4, Greenwood sum 1/(4×3) = 0.08333, c = 1.96 × 0.28868 / |ln 0.75| = 1.9668,
   * so 0.75^exp(1.9668) = 0.75^7.147 = 0.128 and 0.75^exp(−1.9668) = 0.75^0.1399 = 0.961.
   * At 30 months: S = 3/8, sum 0.08333 + 1/(2×1) = 0.58333, c = 1.96 × 0.76376 / 0.98083 = 1.5262: 0.375^4.601 = 0.011, 0.375^0.2174 = 0.808.
   */
  test('has a step table with the same numbers as the curve and the censor marks', () => {
    expectTableMatchesChart(spec, [1]);
    expect(spec.table.rows.map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)])).toEqual([
      ['10', '4', '1', '0', '75.0', '12.8–96.1'],
      ['20', '3', '0', '1 (marked at 75.0%)', '75.0', '12.8–96.1'],
      ['30', '2', '1', '0', '37.5', '1.1–80.8'],
      ['40', '1', '0', '1 (marked at 37.5%)', '37.5', '1.1–80.8'],
    ]);
  });
});

describe('survival times without status', () => {
  const source = testSource({
    id: 'series',
    groups: [
      { id: 'a', label: 'Liver only (the paper says solitary)', size: 2 },
      { id: 'b', label: 'Spread elsewhere', size: 1 },
    ],
  });
  const patients = [
    patient('a', '39.3', 'unknown', 'Table 1'),
    patient('a', '10.0', 'unknown', 'Table 1'),
    patient('b', '7.1', 'unknown', 'Table 1'),
  ];
  const rates = [
    testOutcome({ id: 'a-1y', source: 'series', group: 'a', measure: 'overall-survival', timepointMonths: '12', value: '83.3' }),
  ];
  const spec = survivalTimesChart(source, patientTables(patients), rates, recomputedNotes(source, rates, patients), TEST_LINKS);

  test('draws one bar per patient in its group’s colour, with short legend names', () => {
    expect(spec.config.data.labels).toEqual(patients.map((p) => `Table 1, case ${p.caseNumber}`));
    expect(spec.bars?.rows).toEqual(patients.map((p) => ({ heading: 'Table 1', label: `Case ${p.caseNumber}` })));
    expect(spec.bars?.values).toEqual([
      ['39.3 months', '10.0 months', ''],
      ['', '', '7.1 months'],
    ]);
    expect(spec.config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Liver only', [39.3, 10, null]],
      ['Spread elsewhere', [null, null, 7.1]],
    ]);
  });

  test('has a table with the same times, status "Not reported", and links to each patient row', () => {
    expectTableMatchesChart(spec, [0, 1]);
    expect(spec.table.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      'Liver only (the paper says solitary) (n = 2)',
      '39.3',
      'Not reported',
    ]);
    expect(spec.table.rows[0]?.header.href).toBe(`/sources/series/#${patients[0]?.id}`);
  });

  test('sets the printed rate beside every value the times allow, linked to the note that says it is not among them', () => {
    expect(spec.beside).toMatchObject([
      { text: '83.3%', href: '/sources/series/#a-1y', computed: false },
      {
        label: expect.stringContaining('some pattern of deaths and survivors'),
        text: '50.0%, 100.0%',
        href: '/sources/series/#note-recomputed-possible-a-1y',
        computed: true,
      },
    ]);
  });
});

describe('labels and embedding', () => {
  test('wraps labels at spaces within the width', () => {
    expect(wrapLabel('Colorectal: a rather long source name — Everyone', 20)).toEqual([
      'Colorectal: a rather',
      'long source name —',
      'Everyone',
    ]);
    expect(wrapLabel('short', 20)).toEqual(['short']);
  });

  test('wraps to a measured width, a word too long for a line standing alone', () => {
    const measure = (line: string) => line.length * 10;
    expect(wrapText('one two three', 80, measure)).toEqual(['one two', 'three']);
    expect(wrapText('unbreakable word', 50, measure)).toEqual(['unbreakable', 'word']);
  });

  test('gives each row of a bar chart room for its words and bars, each figure above its bar on a narrow chart', () => {
    const rowGap = BAR_TEXT.line + BAR_TEXT.bar + BAR_TEXT.gap;
    expect(rowHeight(2, 2, false) - rowHeight(1, 2, false)).toBe(BAR_TEXT.line);
    expect(rowHeight(1, 3, false) - rowHeight(1, 2, false)).toBe(rowGap);
    const [first, second] = barCentres(2, 2, false);
    // The figure's line sits between the label and the bar, and the last bar ends inside the row.
    expect(first! - BAR_TEXT.bar / 2 - BAR_TEXT.line).toBeGreaterThanOrEqual(2 * BAR_TEXT.line);
    expect(second! - first!).toBe(rowGap);
    expect(second! + BAR_TEXT.bar / 2).toBeLessThanOrEqual(rowHeight(2, 2, false));
  });

  test('on a wide chart writes each figure beside its bar, after it where it fits, else before it, else over its start', () => {
    expect(rowHeight(1, 3, true)).toBeLessThan(rowHeight(1, 3, false));
    const [first] = barCentres(1, 1, true);
    expect(first! - BAR_TEXT.bar / 2).toBeGreaterThanOrEqual(BAR_TEXT.line);
    const area = { left: 0, right: 600 };
    expect(besidePosition(100, 300, 120, area)).toEqual({ x: 306, align: 'left' });
    expect(besidePosition(300, 550, 120, area)).toEqual({ x: 294, align: 'right' });
    expect(besidePosition(50, 560, 120, area)).toEqual({ x: 56, align: 'left' });
  });

  test('shortens a group label for a legend', () => {
    expect(shortGroupLabel('Patients with liver-only spread (the paper calls this solitary liver metastasis)')).toBe(
      'Patients with liver-only spread',
    );
  });

  test('embeds JSON that cannot close its script element', () => {
    const text = jsonForScript({ label: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ label: '</script><script>alert(1)</script>' });
  });

  /** WCAG relative luminance; chart marks need 3:1 against the white page, and these keep 4.5:1. */
  test('draws every series in a colour with at least 4.5:1 contrast against white', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of SERIES_COLOURS) expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(4.5);
  });
});
