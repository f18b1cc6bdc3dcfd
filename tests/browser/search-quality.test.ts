import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { resultHrefs, settled } from '../support/search-page.ts';
import { QUALITY_QUERIES, type QualityQuery } from './search-queries.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Outcome extends QualityQuery {
  top: string[];
  rank: number | undefined;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

function rates(outcomes: readonly Outcome[]): string {
  const top1 = outcomes.filter((outcome) => outcome.rank === 1).length;
  const top3 = outcomes.filter((outcome) => outcome.rank !== undefined && outcome.rank <= 3).length;
  return `top-1 ${top1}/${outcomes.length} (${percent(top1, outcomes.length)}), top-3 ${top3}/${outcomes.length} (${percent(top3, outcomes.length)})`;
}

function report(outcomes: readonly Outcome[]): string {
  const groups = (key: 'asker' | 'style') =>
    [...new Set(outcomes.map((outcome) => outcome[key]))].map(
      (value) => `  ${value}: ${rates(outcomes.filter((outcome) => outcome[key] === value))}`,
    );
  const misses = outcomes
    .filter((outcome) => outcome.rank === undefined || outcome.rank > 3)
    .map(
      (outcome) =>
        `  "${outcome.query}" wants ${outcome.expected} (rank ${outcome.rank ?? '–'}); top three: ${outcome.top.slice(0, 3).join(', ') || 'none'}`,
    );
  const second = outcomes
    .filter((outcome) => outcome.rank !== undefined && outcome.rank > 1 && outcome.rank <= 3)
    .map(
      (outcome) =>
        `  "${outcome.query}": ${outcome.expected} is number ${outcome.rank}, after ${outcome.top.slice(0, (outcome.rank ?? 1) - 1).join(', ')}`,
    );
  return [
    `Search quality over ${outcomes.length} queries: ${rates(outcomes)}`,
    'By asker:',
    ...groups('asker'),
    'By style:',
    ...groups('style'),
    ...(second.length > 0 ? ['In the top three but not first:', ...second] : []),
    ...(misses.length > 0 ? ['Not in the top three:', ...misses] : []),
  ].join('\n');
}

describe('search quality: the queries people type find the page they need', () => {
  let context: BrowserContext;
  let page: Page;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    // Without the service worker: the index comes from the server, as on a first visit.
    context = await browser().newContext({ serviceWorkers: 'block' });
    page = await context.newPage();
    for (const entry of QUALITY_QUERIES) {
      await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(entry.query)}`);
      await settled(page);
      const top = await resultHrefs(page);
      const index = top.indexOf(entry.expected);
      outcomes.push({ ...entry, top, rank: index === -1 ? undefined : index + 1 });
    }
    console.info(report(outcomes));
  });

  afterAll(async () => {
    await context?.close();
  });

  test('the query set is large and varied enough to mean something', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(QUALITY_QUERIES.map((entry) => entry.query.toLowerCase())).size).toBe(QUALITY_QUERIES.length);
    for (const style of ['plain', 'question', 'abbreviated', 'misspelt'])
      expect(QUALITY_QUERIES.filter((entry) => entry.style === style).length).toBeGreaterThanOrEqual(8);
  });

  test('every query has its page in the top three', () => {
    const misses = outcomes.filter((outcome) => outcome.rank === undefined || outcome.rank > 3);
    expect(misses.map((outcome) => `${outcome.query} → ${outcome.expected}`)).toEqual([]);
  });
});
