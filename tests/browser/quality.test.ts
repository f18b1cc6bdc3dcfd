import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { axeViolations, walkFocus } from '../support/a11y.ts';
import { launchBrowser, openWhole } from '../support/browser.ts';
import { pageTypeExamples } from '../support/page-types.ts';
import { listHtmlPages, pagePath } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const pages = listHtmlPages(inject('siteDir')).map(pagePath);
const examples = [...pageTypeExamples(pages)];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The not-found page is the one page served with an error status, by design. */
const expectedStatus = (pathname: string) => (pathname === '/404.html' ? 404 : 200);

/** Opens a page while noting everything that went wrong on the way: script errors, failed or refused requests, requests elsewhere. */
async function openAndWatch(page: Page, pathname: string): Promise<string[]> {
  const problems: string[] = [];
  const pageUrl = `${baseUrl}${pathname}`;
  page.on('console', (message) => {
    const ownStatus = message.location().url === pageUrl && message.text().includes(`status of ${expectedStatus(pathname)}`);
    if (message.type() === 'error' && !ownStatus) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:'))
      problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    const expected = response.url() === pageUrl ? expectedStatus(pathname) : 200;
    if (response.status() !== expected && response.status() !== 304) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await openWhole(page, pageUrl);
  return problems;
}

// Pages are independent, so several load at once in the one browser: most of a page's time is spent waiting.
describe.concurrent('every built page', () => {
  test('the site has pages to check', ({ expect }) => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(5);
  });

  test.for(pages)('%s loads cleanly from its own origin and has no WCAG 2.2 AA violations', async (pathname, { expect }) => {
    const page = await browser.newPage();
    try {
      const problems = await openAndWatch(page, pathname);
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test('the focus walk catches a focus with no visible ring and a control behind a keyboard trap', async ({ expect }) => {
  const page = await browser.newPage();
  try {
    await page.setContent(`
      <a href="#a">first</a>
      <button style="outline: none">no ring</button>
      <input id="trap" aria-label="trap">
      <a href="#b">after the trap</a>
      <script>document.getElementById('trap').addEventListener('keydown', (event) => event.key === 'Tab' && event.preventDefault());</script>`);
    const walk = await walkFocus(page);
    expect(walk.invisible).toEqual(['<button> no ring']);
    expect(walk.unreached).toEqual(['<a> after the trap']);
  } finally {
    await page.close();
  }
});

// Screenshots at every width and the sideways-scroll check on every page live in layout.test.ts.
describe.concurrent('one page of each type', { timeout: 300_000 }, () => {
  test.for(examples)('%s (%s): every control reached by Tab with a visible focus', async ([, pathname], { expect }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await openWhole(page, `${baseUrl}${pathname}`);
      const walk = await walkFocus(page);
      expect(walk.reached).toBeGreaterThan(0);
      expect(walk.unreached).toEqual([]);
      expect(walk.invisible).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
