import { describe, expect, inject, test } from 'vitest';
import type { BrowserContextOptions, Page, Request } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { searchFetches } from '../../scripts/bench/page-weights.ts';
import { settled } from '../support/search-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A page of its own context, without the service worker: these tests are about search, not offline use. */
async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
  return (await browser().newContext({ serviceWorkers: 'block', ...options })).newPage();
}

const closePage = (page: Page) => page.context().close();

interface Shown {
  href: string;
  details: string;
  answer: string;
  excerpt: string;
  marked: string[];
  headings: string[];
  headingText: string[];
}

function shown(page: Page): Promise<Shown[]> {
  return page.$$eval('[data-search-results] > li', (items) =>
    items.map((item) => ({
      href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
      details: item.querySelector('.search-details')?.textContent ?? '',
      answer: item.querySelector('.search-answer')?.textContent ?? '',
      excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      headings: [...item.querySelectorAll('.search-headings a')].map((link) => link.getAttribute('href') ?? ''),
      headingText: [...item.querySelectorAll('.search-headings a')].map((link) => link.textContent ?? ''),
    })),
  );
}

async function searchFor(query: string, options: BrowserContextOptions = {}): Promise<{ page: Page; status: string; results: Shown[] }> {
  const page = await openPage(options);
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
    ['an old name', 'carcinoid survival', '/questions/survival-neuroendocrine/'],
  ])('%s ("%s") puts %s in the top three', async (_kind, query, expected) => {
    const { page, results } = await searchFor(query);
    expect(results.slice(0, 3).map((result) => result.href)).toContain(expected);
    await closePage(page);
  });

  test('words in quotes are searched side by side', async () => {
    const { page, results } = await searchFor('"liver-first surgery"');
    expect(results.slice(0, 3).map((result) => result.href)).toContain('/treatments/synchronous-staged-surgery/');
    await closePage(page);
  });

  test('parts of a page that match link to a heading that exists on it', async () => {
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

describe('results read cleanly', () => {
  const QUERIES = ['survival', 'recurrence breast', 'neuroendocrine treatment', 'what was found', 'short answer', 'Gangnam', 'key figures'];
  const KINDS =
    /^(Source summary|Question|Treatment|Glossary|Comparison|About and lists) · (Neuroendocrine|Colorectal|Breast|All three cancers)(, (Neuroendocrine|Colorectal|Breast))*( · |$)/;

  test('every result says what kind of page it is and which cancer it is about, and a study its name and year', async () => {
    for (const query of QUERIES) {
      const { page, results } = await searchFor(query);
      expect(results.length, query).toBeGreaterThan(0);
      for (const result of results) expect(result.details, `${query}: ${result.href}`).toMatch(KINDS);
      await closePage(page);
    }
    const { page, results } = await searchFor('Gangnam');
    expect(results.find((result) => result.href === '/sources/gangnam-breast-series/')?.details).toBe(
      'Source summary · Breast · Gangnam Severance breast cancer liver resection series',
    );
    await closePage(page);
    const review = await searchFor('neuroendocrine liver metastases review');
    expect(review.results.map((result) => result.details)).toContain(
      'Source summary · Neuroendocrine · Review of surgery for neuroendocrine liver metastases · 2012',
    );
    await closePage(review.page);
  });

  test('no words run together across elements, and parts of a page are named by their headings alone', async () => {
    for (const query of QUERIES) {
      const { page, results } = await searchFor(query);
      for (const result of results) {
        // A lower-case letter straight before a capital, or after a full stop with no space ("recurrenceBreast",
        // "surgery.Cited"), is two elements run together, unless the page prints the word so ("DeMatteo").
        const text = `${result.answer} ${result.excerpt}`;
        const suspects = text.match(/\S*\p{Ll}\.?\p{Lu}\S*/gu) ?? [];
        const printed = suspects.length === 0 ? '' : await page.evaluate(async (href) => (await fetch(href)).text(), result.href);
        const runOns = suspects.filter((word) => !printed.includes(word.replace(/^\W+|\W+$/g, '')));
        expect(runOns, `${query}: ${result.href}`).toEqual([]);
        expect(text, `${query}: ${result.href}`).not.toMatch(/Copy link|Measure\. Group\./);
        for (const heading of result.headingText) expect(heading).not.toMatch(/:/);
      }
      await closePage(page);
    }
  });

  test('small words of the query are not highlighted; the words that matter are', async () => {
    const { page, results } = await searchFor('what is debulking');
    const marks = results.flatMap((result) => result.marked.map((word) => word.toLowerCase()));
    expect(marks.some((word) => word.startsWith('debulk'))).toBe(true);
    expect(marks.filter((word) => ['what', 'is', 'what?'].includes(word))).toEqual([]);
    await closePage(page);
  });

  test("a question's result shows its short answer, with the figure it gives", async () => {
    const { page, results } = await searchFor('how long in hospital');
    const stay = results.find((result) => result.href === '/questions/hospital-stay/')!;
    expect(stay.answer).toMatch(/^Short answer: .*\d/);
    await closePage(page);
  });

  test('a misspelt word is searched as the nearest known word, and the page says so', async () => {
    const { page, results } = await searchFor('carcenoid survival');
    expect(await page.textContent('[data-search-note]')).toBe('No page has “carcenoid”; showing results for “carcinoid”.');
    expect(results.slice(0, 3).map((result) => result.href)).toContain('/questions/survival-neuroendocrine/');
    await closePage(page);
  });
});

describe('a search that finds nothing still offers a way on', () => {
  test('words that match nothing get questions to try and how to search', async () => {
    const { page, status } = await searchFor('xyzzy plugh');
    expect(status).toBe('No pages match “xyzzy plugh”.');
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('[data-suggest-list="questions"] a').count()).toBeGreaterThan(0);
    expect(await empty.getByRole('heading', { name: 'How to search' }).isVisible()).toBe(true);
    await closePage(page);
  });

  test('filters that leave nothing get the nearest glossary words and a way to drop the filters', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/search/?q=octreotide&type=comparison&cancer=breast`);
    expect(await settled(page)).toMatch(/^No pages match/);
    const terms = page.locator('[data-suggest-list="terms"] a');
    expect(await terms.allTextContents()).toContain('Octreotide');
    expect(await page.locator('[data-suggest-list="terms"] li').first().textContent()).toMatch(/^Octreotide: .+/);
    await page.getByRole('button', { name: 'search without filters' }).click();
    await page.waitForFunction(() => /^\d+ results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual([]);
    await closePage(page);
  });

  test('the not-found page offers the words of the address as a search', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/questions/carcinoid-survival-rates/`);
    expect(await page.inputValue('#not-found-search')).toBe('carcinoid survival rates');
    await page.press('#not-found-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=carcinoid\+survival\+rates/);
    expect(await settled(page)).toMatch(/^\d+ results/);
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
    expect(await page.textContent('[data-count="type:question"]')).toBe(`(${after})`);
    await closePage(page);
  });

  const filterFiles = (page: Page) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) fetched.push(request.url());
    });
    return fetched;
  };
  const labelBoxes = (page: Page) =>
    page.$$eval('[data-search-filters] label', (labels) => labels.map((label) => JSON.stringify(label.getBoundingClientRect())));

  test('a plain search fetches no filter; reaching for the filters fetches them and counts each value without moving a label', async () => {
    const page = await openPage();
    const fetched = filterFiles(page);
    await page.goto(`${baseUrl}/search/?q=survival`);
    await settled(page);
    expect(fetched).toEqual([]);
    expect(await page.textContent('[data-count="type:question"]')).toBe('');
    const before = await labelBoxes(page);
    await page.locator('[data-search-filters] legend').first().hover();
    await page.waitForFunction(() => (document.querySelector('[data-count="type:question"]')?.textContent ?? '') !== '');
    expect(fetched.length).toBeGreaterThan(0);
    const counts = await page.$$eval('[data-count]', (counters) => counters.map((counter) => counter.textContent ?? ''));
    for (const count of counts) expect(count).toMatch(/^\(\d+\)$/);
    expect(await labelBoxes(page)).toEqual(before);
    await closePage(page);
  });

  test('a question fetches only the kinds of page, which put question pages first', async () => {
    const page = await openPage();
    const fetched = filterFiles(page);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('how long in hospital')}`);
    await settled(page);
    expect(fetched).toHaveLength(1);
    expect((await shown(page)).slice(0, 3).map((result) => result.href)).toContain('/questions/hospital-stay/');
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

describe('on a phone (375 × 667)', () => {
  const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };

  test('the filters fold behind one button and the first result is in view', async () => {
    const { page } = await searchFor('carcinoid survival', phone);
    expect(await page.getByRole('checkbox', { name: /^Question/ }).isVisible()).toBe(false);
    const first = await page.locator('[data-search-results] > li').first().boundingBox();
    const title = await page.locator('[data-search-results] > li h3').first().boundingBox();
    expect(first && title).toBeTruthy();
    expect(title!.y + title!.height).toBeLessThanOrEqual(667);
    expect(first!.y + 40).toBeLessThan(667);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByText('Filters', { exact: false }).first().click();
    expect(await page.getByRole('checkbox', { name: /^Question/ }).isVisible()).toBe(true);
    await closePage(page);
  });
});

test('the header search box shows the words searched on the search page', async () => {
  const { page } = await searchFor('octreotide');
  expect(await page.inputValue('#site-search-q')).toBe('octreotide');
  await page.fill('#search-q', 'carcinoid');
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('carcinoid'));
  expect(await page.inputValue('#site-search-q')).toBe('carcinoid');
  await closePage(page);
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

/** Bytes on the wire (body and headers) of every request a step makes, all from the site itself. */
async function transferred(page: Page, step: () => Promise<void>): Promise<{ requests: number; bytes: number }> {
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  const listener = (request: Request) => {
    sizes.push(request.sizes().then((size) => ({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize })));
  };
  page.context().on('requestfinished', listener);
  await step();
  await page.waitForLoadState('networkidle');
  page.context().off('requestfinished', listener);
  const requests = await Promise.all(sizes);
  expect(requests.every((request) => request.url.startsWith(baseUrl))).toBe(true);
  return { requests: requests.length, bytes: requests.reduce((sum, request) => sum + request.bytes, 0) };
}

test('the first search downloads 150 kB or less, all from the site itself; a second search much less', async () => {
  // Without the service worker, so the bytes are what a first search costs on a fresh visit.
  const page = await openPage();
  await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
  const first = await transferred(page, async () => {
    await page.fill('#search-q', 'liver');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('liver'));
  });
  const second = await transferred(page, async () => {
    await page.fill('#search-q', 'survival');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('survival'));
  });
  console.info(
    `First search: ${first.requests} requests, ${first.bytes} bytes. Second search: ${second.requests} requests, ${second.bytes} bytes.`,
  );
  expect(first.bytes).toBeLessThanOrEqual(150_000);
  expect(second.bytes).toBeLessThan(first.bytes);
  await closePage(page);
});

test('the benchmark counts every file the search page fetched for its two searches', async () => {
  const page = await openPage();
  const fetches = await searchFetches(page, `${baseUrl}/search/`);
  expect(await page.getAttribute('[data-search]', 'data-search-shown')).toBe('q=survival');
  const bundle = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
  const counted = [...fetches!.first, ...fetches!.second].map((item) => item.url);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(counted.sort()).toEqual(fetched.filter(bundle).sort());
  expect(fetches!.second.length).toBeGreaterThan(0);
  await closePage(page);
});
