import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A reader who opened the home page once, until its service worker took control, and then lost the network. */
async function offlineAfterOneVisit() {
  const context = await browser().newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  return { context, page };
}

test('after one visit the site and its search work with the network off', async () => {
  const { context, page } = await offlineAfterOneVisit();
  // Pages never opened before come from the precache.
  const question = await page.goto(`${baseUrl}/questions/hospital-stay/`);
  expect(question?.status()).toBe(200);
  expect(question?.fromServiceWorker()).toBe(true);
  expect(await page.textContent('h1')).toBe('How long will I be in hospital after liver surgery?');

  await page.goto(`${baseUrl}/search/?q=octreotide`);
  await page.waitForSelector('[data-search-results] > li');
  const first = await page.$$eval('[data-search-results] > li h3 a', (links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
  expect(first).toContain('/treatments/systemic-therapy/');
  await context.close();
});

test('offline, the data downloads still download and an address without its trailing slash still opens its page', async () => {
  const { context, page } = await offlineAfterOneVisit();
  const downloads = await page.evaluate(() =>
    Promise.all(
      ['/data/outcomes.csv', '/data/outcomes.json', '/data/patients.csv'].map(async (href) => {
        const response = await fetch(href);
        return { href, status: response.status, length: (await response.text()).length };
      }),
    ),
  );
  for (const download of downloads) {
    expect(download.status, download.href).toBe(200);
    expect(download.length, download.href).toBeGreaterThan(0);
  }

  const question = await page.goto(`${baseUrl}/questions/hospital-stay`);
  expect(new URL(page.url()).pathname).toBe('/questions/hospital-stay/');
  expect(question?.status()).toBe(200);
  expect(await page.textContent('h1')).toBe('How long will I be in hospital after liver surgery?');
  await context.close();
});
