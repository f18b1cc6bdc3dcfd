import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every comparison and data page, not only one per page type: each has its own tables, charts and disclosures. */
test.each(['/compare/', '/compare/cohorts/', '/compare/evidence-map/', '/compare/all-figures/', '/compare/survival-charts/', '/data/'])(
  '%s has no WCAG 2.2 AA violation, with its chart tables open',
  async (path) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${path}`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  },
);
