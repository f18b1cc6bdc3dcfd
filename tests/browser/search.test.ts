import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A page of its own context, without the service worker: these tests are about search, not offline use. */
async function openPage(): Promise<Page> {
  return (await browser().newContext({ serviceWorkers: 'block' })).newPage();
}

const closePage = (page: Page) => page.context().close();

interface Shown {
  href: string;
  details: string;
  marked: string[];
  headings: string[];
}

/** Waits until the page reports a count, then the first result (if any) is drawn. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
  const status = (await page.textContent('[data-search-status]')) ?? '';
  if (!status.startsWith('0 ')) await page.waitForSelector('[data-search-results] > li');
  return status;
}

function shown(page: Page): Promise<Shown[]> {
  return page.$$eval('[data-search-results] > li', (items) =>
    items.map((item) => ({
      href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
      details: item.querySelector('.search-details')?.textContent ?? '',
      marked: [...item.querySelectorAll('.search-excerpt mark')].map((mark) => mark.textContent ?? ''),
      headings: [...item.querySelectorAll('.search-headings a')].map((link) => link.getAttribute('href') ?? ''),
    })),
  );
}

async function searchFor(query: string): Promise<{ page: Page; status: string; results: Shown[] }> {
  const page = await openPage();
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  const status = await settled(page);
  return { page, status, results: await shown(page) };
}

describe('typed queries find the page a caller needs', () => {
  test.each([
    ['a drug name', 'octreotide', '/treatments/systemic-therapy/'],
    ['a procedure', 'metastasectomy', '/treatments/parenchyma-sparing-resection/'],
    ['a hospital', 'Gangnam', '/sources/gangnam-breast-series/'],
    ['a statistic', '5-year survival', '/questions/what-five-year-survival-means/'],
    ['a question in a caller’s words', 'how long in hospital', '/questions/hospital-stay/'],
  ])('%s ("%s") puts %s in the top three', async (_kind, query, expected) => {
    const { page, results } = await searchFor(query);
    expect(results.slice(0, 3).map((result) => result.href)).toContain(expected);
    await closePage(page);
  });

  test('results show the matched words highlighted and the source, year and page type', async () => {
    const { page, results } = await searchFor('Gangnam');
    const source = results.find((result) => result.href === '/sources/gangnam-breast-series/')!;
    expect(source.details).toBe('Source summary · Gangnam Severance breast cancer liver resection series');
    expect(source.marked.map((word) => word.toLowerCase())).toContain('gangnam');
    await closePage(page);
    const review = await searchFor('neuroendocrine liver metastases review');
    expect(review.results.map((result) => result.details)).toContain(
      'Source summary · Review of surgery for neuroendocrine liver metastases · 2012',
    );
    await closePage(review.page);
  });

  test('sub-results jump to a heading that exists on the page', async () => {
    const { page, results } = await searchFor('metastasectomy');
    const target = results.find((result) => result.headings.length > 0)!;
    const [heading] = target.headings;
    expect(heading).toMatch(/^\/[^#]+\/#[a-z0-9-]+$/);
    await page.click(`.search-headings a[href="${heading}"]`);
    await page.waitForURL(`${baseUrl}${heading}`);
    const id = decodeURIComponent(heading!.split('#')[1]!);
    expect(await page.evaluate((anchor) => document.getElementById(anchor) !== null, id)).toBe(true);
    await closePage(page);
  });
});

describe('filters', () => {
  const count = (status: string) => Number(/^(\d+) result/.exec(status)?.[1]);

  test('ticking a page type narrows the results to that type, and the address keeps it', async () => {
    const { page, status } = await searchFor('survival');
    const before = count(status);
    await page.getByRole('checkbox', { name: /^Question/ }).check();
    await page.waitForFunction((previous) => (document.querySelector('[data-search-status]')?.textContent ?? '') !== previous, status);
    const after = count(await settled(page));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect((await shown(page)).every((result) => result.details.startsWith('Question'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['question']);
    await closePage(page);
  });

  test('a primary-cancer filter from the address narrows the results', async () => {
    const all = await searchFor('survival');
    const breast = await openPage();
    await breast.goto(`${baseUrl}/search/?q=survival&cancer=breast`);
    const narrowed = count(await settled(breast));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(count(all.status));
    expect(await breast.getByRole('checkbox', { name: /^Breast/ }).isChecked()).toBe(true);
    expect((await shown(breast)).map((result) => result.href)).toContain('/sources/gangnam-breast-series/');
    expect((await shown(breast)).map((result) => result.href)).not.toContain('/sources/istanbul-colorectal-series/');
    await Promise.all([closePage(all.page), closePage(breast)]);
  });
});

test('without JavaScript the search page says how to browse, and the header box still submits', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.fill('#site-search-q', 'octreotide');
  await page.press('#site-search-q', 'Enter');
  await page.waitForURL(`${baseUrl}/search/?q=octreotide`);
  const fallback = page.locator('[data-search-fallback]');
  expect(await fallback.isVisible()).toBe(true);
  for (const name of ['Questions people ask', 'Treatments', 'Sources'])
    expect(await fallback.getByRole('link', { name }).isVisible()).toBe(true);
  expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
  await context.close();
});

test('the first search downloads only a small part of the site, all from the site itself', async () => {
  // Without the service worker, so the bytes are what a first search costs on a fresh visit.
  const context = await browser().newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  context.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((size) => ({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize })));
  });
  await page.fill('#search-q', 'octreotide');
  await settled(page);
  await page.waitForLoadState('networkidle');
  const requests = await Promise.all(sizes);
  const total = requests.reduce((sum, request) => sum + request.bytes, 0);
  console.info(`First search: ${requests.length} requests, ${total} bytes`);
  expect(requests.every((request) => request.url.startsWith(baseUrl))).toBe(true);
  expect(requests.some((request) => request.url.includes('/pagefind/'))).toBe(true);
  expect(total).toBeLessThan(250_000);
  await context.close();
});
