import type { Page } from 'playwright-core';

/**
 * Waits until the search page has drawn the results (or said it found none) for the search in its address, which
 * it keeps up to date as the reader types and ticks; returns its status line.
 */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchShown === location.search.slice(1));
  return (await page.textContent('[data-search-status]')) ?? '';
}

/** Addresses of the results shown, best first. */
export function resultHrefs(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] > li h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}
