import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { listHtmlPages, pagePath } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const pages = listHtmlPages(inject('siteDir')).map(pagePath);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every built page opens in Chromium', () => {
  test('there are pages to open', () => {
    expect(pages).toContain('/sources/istanbul-colorectal-series/');
  });

  test.each(pages)('%s loads with no console errors', async (pathname) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const expectedStatus = pathname === '/404.html' ? 404 : 200;
    page.on('console', (message) => {
      // Chromium reports the not-found page's own 404 status as a console error; that status is intended.
      const ownStatus = message.location().url === `${baseUrl}${pathname}` && message.text().includes(`status of ${expectedStatus}`);
      if (message.type() === 'error' && !ownStatus) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(expectedStatus);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
