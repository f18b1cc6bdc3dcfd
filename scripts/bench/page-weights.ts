import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveWithNginx } from '../deploy/serve-nginx.ts';

/** One finished request: its URL, Chromium's resource type and the bytes on the wire (compressed body plus headers). */
export interface Fetched {
  url: string;
  type: string;
  bytes: number;
}

export interface Transfer {
  requests: number;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

const KIND: Record<string, 'html' | 'css' | 'js'> = { document: 'html', stylesheet: 'css', script: 'js' };

export function summarize(items: readonly Fetched[]): Transfer {
  const transfer: Transfer = { requests: items.length, html: 0, css: 0, js: 0, other: 0, total: 0 };
  for (const item of items) {
    transfer[KIND[item.type] ?? 'other'] += item.bytes;
    transfer.total += item.bytes;
  }
  return transfer;
}

export const PAGE_TYPE_PATTERNS: Record<string, RegExp> = {
  home: /^\/$/,
  source: /^\/sources\/[^/]+\/$/,
  comparison: /^\/compare\/.+/,
  question: /^\/questions\/[^/]+\/$/,
  search: /^\/search\/$/,
};

/** Every built page of each type, in path order; an empty list where the site has none yet. */
export function pagesOfType(pathnames: readonly string[]): Record<string, string[]> {
  const sorted = [...pathnames].sort();
  return Object.fromEntries(Object.entries(PAGE_TYPE_PATTERNS).map(([type, pattern]) => [type, sorted.filter((p) => pattern.test(p))]));
}

/** Records what a page fetches; `quiet()` waits until nothing has been in flight for 0.8 s, `idle()` only until nothing is. */
function watchFetches(page: Page) {
  const finished: Promise<Fetched>[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = performance.now();
  });
  const done = (request: Request) => {
    inFlight -= 1;
    lastActivity = performance.now();
    finished.push(
      request.sizes().then(
        (sizes) => ({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }),
        () => ({ url: request.url(), type: request.resourceType(), bytes: 0 }),
      ),
    );
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const waitFor = async (busy: () => boolean) => {
    const deadline = performance.now() + 20_000;
    while (busy() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  return {
    quiet: () => waitFor(() => inFlight > 0 || performance.now() - lastActivity < 800),
    idle: () => waitFor(() => inFlight > 0),
    /** Everything finished since the last call. */
    take: () => Promise.all(finished.splice(0)),
  };
}

/** Each page opens in a fresh profile (nothing cached), with the service worker kept out so only the page's own fetches count. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

export interface SearchTransfer {
  /** The search bundle (whether fetched as the page loaded or on the first query) and everything the first query fetched. */
  first: Transfer;
  /** What a second, different query fetched. */
  second: Transfer;
}

/** What the search page fetched: the bundle and the first query, then a second, different query. */
export interface SearchFetches {
  first: Fetched[];
  second: Fetched[];
}

/** Words typed for the first and the second search. */
export const SEARCH_WORDS = ['liver', 'survival'] as const;

/** Search reads only its bundle folder; the browser's own fetches meanwhile (the tab's icon) are no part of it. */
const inSearchBundle = (item: Fetched) => new URL(item.url).pathname.startsWith('/pagefind/');

/**
 * Types each query into the search page's own box (a site-wide form outside <main> only sends readers to this page)
 * and waits for the page to say it has drawn the results for those words, then for every request still in flight:
 * a fixed pause would stop counting wherever a slow machine happened to be. Undefined for a page without the box.
 */
export async function searchFetches(page: Page, url: string): Promise<SearchFetches | undefined> {
  const watch = watchFetches(page);
  await page.goto(url);
  await watch.quiet();
  const bundleAtLoad = (await watch.take()).filter(inSearchBundle);
  const box = page.locator('main input[type="search"]').first();
  if ((await box.count()) === 0) return undefined;
  const search = async (words: string) => {
    await box.fill(words);
    const shown = new URLSearchParams({ q: words }).toString();
    await page.waitForFunction((state) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchShown === state, shown, {
      timeout: 60_000,
    });
    await watch.idle();
    return (await watch.take()).filter(inSearchBundle);
  };
  const [firstWords, secondWords] = SEARCH_WORDS;
  const first = [...bundleAtLoad, ...(await search(firstWords))];
  return { first, second: await search(secondWords) };
}

async function measureSearch(browser: Browser, url: string): Promise<SearchTransfer | undefined> {
  const page = await freshPage(browser);
  try {
    const fetches = await searchFetches(page, url);
    return fetches && { first: summarize(fetches.first), second: summarize(fetches.second) };
  } finally {
    await page.context().close();
  }
}

export interface MeasuredPage {
  path: string;
  transfer: Transfer;
}

export interface PageWeights {
  /** Every page of each type, so the goals are judged on the heaviest. */
  types: { type: string; pages: MeasuredPage[] }[];
  search?: SearchTransfer;
}

/** Serves a built site through nginx and measures what the first and a second search transfer; undefined without a search page. */
export async function measureFirstSearch(siteDir: string, workDir: string, searchPath = '/search/'): Promise<SearchTransfer | undefined> {
  const server = await serveWithNginx(siteDir, workDir);
  const browser = await launchBrowser();
  try {
    return await measureSearch(browser, `${server.baseUrl}${searchPath}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Serves a built site through nginx with the shipped config and loads every page of each type in Chromium. */
export async function measurePageWeights(siteDir: string, workDir: string, pathnames: readonly string[]): Promise<PageWeights> {
  const server = await serveWithNginx(siteDir, workDir);
  const browser = await launchBrowser();
  try {
    const types: PageWeights['types'] = [];
    for (const [type, paths] of Object.entries(pagesOfType(pathnames))) {
      const pages: MeasuredPage[] = [];
      for (const path of paths) {
        const page = await freshPage(browser);
        const watch = watchFetches(page);
        await page.goto(`${server.baseUrl}${path}`);
        await watch.quiet();
        pages.push({ path, transfer: summarize(await watch.take()) });
        await page.context().close();
      }
      types.push({ type, pages });
    }
    const searchPage = types.find((entry) => entry.type === 'search')?.pages[0];
    const search = searchPage ? await measureSearch(browser, `${server.baseUrl}${searchPage.path}`) : undefined;
    return { types, search };
  } finally {
    await browser.close();
    await server.close();
  }
}
