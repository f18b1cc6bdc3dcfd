import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { formatFigure, locatorLabel } from '../../scripts/format/figure.ts';
import { recomputedNotes } from '../../scripts/checks/recomputed.ts';
import { eligibleForComparison, isBackground } from '../../scripts/tables/cells.ts';
import { matchesRow, SUMMARY_QUESTIONS } from '../../scripts/tables/summary.ts';
import { listHtmlPages, pagePath, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const { dataset } = validateContent(contentDir());
const page = (path: string) => fromHtml(readPage(siteDir, `${path.replace(/^\//, '')}index.html`));
const text = (node: Parameters<typeof toString>[0] | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
const COMPARE_PAGES = ['/compare/', '/compare/cohorts/', '/compare/evidence-map/', '/compare/all-figures/', '/compare/survival-charts/'];

describe('every figure on the comparison pages', () => {
  const allFigures = page('/compare/all-figures/');

  test.each(dataset.outcomes.map((outcome) => [outcome.id, outcome] as const))(
    '%s has its row with figure, locator and link',
    (id, outcome) => {
      const row = select(`tr#all-${id}`, allFigures);
      expect(row, id).toBeDefined();
      expect(text(row)).toContain(formatFigure(outcome));
      expect(text(row)).toContain(locatorLabel(outcome));
      expect(select(`a[href="/sources/${outcome.source}/#${id}"]`, row!)).toBeDefined();
    },
  );

  test('background figures sit only in their own section', () => {
    const background = select('table#figures-background-cited', allFigures)!;
    for (const outcome of dataset.outcomes) {
      expect(Boolean(select(`tr#all-${outcome.id}`, background)), outcome.id).toBe(isBackground(outcome));
    }
  });
});

describe('summary of findings', () => {
  const summary = page('/compare/');

  test('shows every eligible result a row asks for, and never a background figure', () => {
    for (const outcome of dataset.outcomes) {
      const inRow = SUMMARY_QUESTIONS.some((question) => question.rows.some((row) => matchesRow(outcome, row)));
      const shown = selectAll(`[data-outcome-ref="${outcome.id}"]`, summary).length > 0;
      expect(shown, outcome.id).toBe(inRow && eligibleForComparison(outcome));
      if (isBackground(outcome)) expect(shown, outcome.id).toBe(false);
    }
  });

  test('gives each cell one headline figure, the rest behind "more figures", and no row of "Not reported" alone', () => {
    const rows = selectAll('table[data-summary-table] tbody tr', summary);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = selectAll('td', row);
      expect(
        cells.some((cell) => select('[data-outcome-ref]', cell)),
        String(row.properties.id),
      ).toBe(true);
      for (const cell of cells) {
        const headlines = selectAll('.sof-figure[data-outcome-ref]', cell).length;
        const more = selectAll('details [data-outcome-ref]', cell).length;
        expect(headlines, String(row.properties.id)).toBe(selectAll('[data-outcome-ref]', cell).length > 0 ? 1 : 0);
        if (more > 0) expect(text(select('details > summary', cell))).toBe(more === 1 ? '1 more figure' : `${more} more figures`);
      }
    }
    expect(text(select('[data-headline-rule]', summary))).toContain('the headline is the figure for the largest group');
  });

  test('fills every cell: a linked figure with its locator, or "Not reported"', () => {
    const cells = selectAll('table[data-summary-table] tbody td', summary);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const figures = selectAll('[data-outcome-ref]', cell);
      if (figures.length === 0) expect(text(cell)).toBe('Not reported');
      for (const figure of figures) {
        expect(select('a.fig[href^="/sources/"]', figure)).toBeDefined();
        expect(select('.locator', figure)).toBeDefined();
      }
    }
  });

  test('each link in a cell lands on an anchor that exists on the source page', () => {
    for (const link of selectAll('table[data-summary-table] a.fig', summary)) {
      const [path, anchor] = String(link.properties.href).split('#');
      expect(readPage(siteDir, `${path!.slice(1)}index.html`), String(link.properties.href)).toContain(`id="${anchor}"`);
    }
  });
});

describe('each comparison table says what it rests on', () => {
  test.each(COMPARE_PAGES)('%s', (path) => {
    const tree = page(path);
    const tables = selectAll(
      'table[data-summary-table], table[data-cohort-table], table[data-evidence-map], table[data-all-figures], figure[data-chart]',
      tree,
    );
    expect(tables.length).toBeGreaterThan(0);
    const notes = selectAll('[data-evidence-note]', tree);
    expect(notes.length).toBeGreaterThanOrEqual(
      selectAll('table[data-summary-table], table[data-all-figures], figure[data-chart]', tree).length,
    );
    for (const note of notes) {
      expect(text(note)).toMatch(/Kind of evidence: .+/);
      expect(text(note)).toContain('not a head-to-head trial');
      expect(text(note)).toMatch(/Certainty: .+Patients: .+/);
    }
  });
});

describe('cohort table and evidence map', () => {
  test('the cohort table has one row per source with design, country, size and treatments', () => {
    const cohorts = page('/compare/cohorts/');
    const rows = selectAll('table#cohort-table tbody tr', cohorts);
    expect(rows.map((row) => String(row.properties.id)).sort()).toEqual(dataset.sources.map((source) => `cohort-${source.id}`).sort());
    for (const source of dataset.sources) {
      const cells = selectAll('td', select(`tr#cohort-${source.id}`, cohorts)!).map((cell) => text(cell));
      expect(cells[2], source.id).toBe(source.country);
      expect(cells[4], source.id).toMatch(source.patients === undefined ? /^Not reported$/ : new RegExp(`^${source.patients} patients`));
      expect(cells[6]?.length, source.id).toBeGreaterThan(0);
    }
  });

  test('the evidence map shows where there is no evidence', () => {
    const map = page('/compare/evidence-map/');
    expect(selectAll('td[data-map-cell="none"]', map).length).toBeGreaterThan(0);
    expect(selectAll('td[data-map-cell="evidence"]', map).length).toBeGreaterThan(0);
    for (const source of dataset.sources) expect(select(`.map-key a[href="/sources/${source.id}/"]`, map), source.id).toBeDefined();
  });
});

describe('charts', () => {
  const charts = page('/compare/survival-charts/');
  const pages = listHtmlPages(siteDir).map(pagePath);
  const chartScript = (path: string) =>
    selectAll('script[src]', page(path)).some((script) => String(script.properties.src).includes('Chart.astro'));

  test('each chart is a figure with a caption, an accessible canvas, a source line, a table and its embedded data', () => {
    const figures = selectAll('figure[data-chart]', charts);
    expect(figures.length).toBe(3);
    for (const figure of figures) {
      expect(figure.properties.id).toMatch(/^chart-/);
      expect(text(select('figcaption', figure))).not.toBe('');
      expect(select('canvas[role="img"][aria-label]', figure)).toBeDefined();
      expect(text(select('.chart-source', figure))).toMatch(/^Sources?: /);
      expect(select(`table#${String(figure.properties.id)}-table`, figure)).toBeDefined();
      expect(() => JSON.parse(text(select('script[data-chart-drawing]', figure)))).not.toThrow();
    }
  });

  test('the Kaplan–Meier chart shows the estimated median beside the printed one', () => {
    const figure = select('figure#chart-kaplan-meier-istanbul-colorectal-series-reoperated', charts);
    const beside = text(select('[data-chart-beside]', figure!));
    expect(beside).toContain('36 months (range 16–69)');
    expect(beside).toContain('69 months');
    expect(beside).toContain('Computed by this review');
  });

  test('Chart.js loads only on pages that show a chart', () => {
    for (const path of pages) {
      if (path.endsWith('.html')) continue;
      expect(chartScript(path), path).toBe(selectAll('figure[data-chart]', page(path)).length > 0);
    }
  });
});

describe('computed data-quality notes on source pages', () => {
  test.each(dataset.sources.map((source) => [source.id, source] as const))(
    '%s shows its computed notes beside the hand-written ones',
    (id, source) => {
      const tree = page(`/sources/${id}/`);
      const expected = recomputedNotes(source, dataset.outcomes, dataset.patients);
      const computed = selectAll('[data-quality-note][data-computed]', tree).map((note) => String(note.properties.id));
      expect(computed).toEqual(expected.map((note) => `note-${note.id}`));
      for (const note of source.dataQuality) expect(select(`#note-${note.id}:not([data-computed])`, tree), note.id).toBeDefined();
    },
  );

  test('the breast series notes say plainly that status is not reported and set each impossible rate beside every value the times allow', () => {
    const notes = selectAll('[data-quality-note][data-computed]', page('/sources/gangnam-breast-series/'));
    const rateNotes = notes.filter((note) => String(note.properties.id).startsWith('note-recomputed-possible-'));
    expect(rateNotes.length).toBeGreaterThan(0);
    for (const note of rateNotes) {
      expect(text(note)).toMatch(/not whether the patient had died or was still alive.*None of them gives the printed rate/);
      expect(text(note)).toMatch(/Every (Kaplan–Meier )?value at/);
    }
  });
});

test('the navigation reaches the comparison and data pages', () => {
  const nav = select('nav[aria-label="Main"]', page('/'));
  expect(select('a[href="/compare/"]', nav!)).toBeDefined();
  expect(select('a[href="/data/"]', nav!)).toBeDefined();
});
