import type { Page } from 'playwright-core';

/** Waits until the search page reports on the query in its status line, then until the first result (if any) is drawn. */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
  const status = (await page.textContent('[data-search-status]')) ?? '';
  if (!/^(0|No) /.test(status)) await page.waitForSelector('[data-search-results] > li');
  return status;
}

/** Addresses of the results shown, best first. */
export function resultHrefs(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] > li h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}
