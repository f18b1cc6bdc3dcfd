import { expect, inject, test } from 'vitest';
import { openWhole, useBrowser } from '../support/browser.ts';
import { pdfText } from '../support/pdf-text.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const squash = (text: string) => text.replace(/\s+/g, '');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

test('the printed summary of findings (A4) carries every figure its tables show, each column, the opened limits and no controls', async () => {
  const page = await browser().newPage();
  await openWhole(page, `${baseUrl}/compare/`);
  const shown = await page.evaluate(() => ({
    figures: [...document.querySelectorAll('table[data-summary-table] [data-outcome-ref] a.fig')].map((link) => link.textContent!.trim()),
    locators: [...document.querySelectorAll('table[data-summary-table] [data-outcome-ref] .locator')].map((cell) =>
      cell.textContent!.trim(),
    ),
    columns: [...document.querySelectorAll('table[data-summary-table] thead th[scope="col"] a')].map((link) => link.textContent!.trim()),
    limits: [...document.querySelectorAll('[data-evidence-note] details li')].map((item) => item.textContent!.trim()),
  }));
  const { text, pages } = await pdfText(new Uint8Array(await page.pdf({ format: 'A4', printBackground: false })));
  await page.close();
  const printed = squash(text);

  expect(shown.figures.length).toBeGreaterThan(10);
  expect(pages).toBeGreaterThan(1);
  // Figures such as "20 patients" repeat across cells: the paper must carry each as often as the tables show it.
  for (const figure of new Set(shown.figures)) {
    expect(occurrences(printed, squash(figure)), figure).toBeGreaterThanOrEqual(
      occurrences(squash(shown.figures.join('|')), squash(figure)),
    );
  }
  for (const locator of new Set(shown.locators)) expect(printed, locator).toContain(squash(locator));
  for (const column of new Set(shown.columns)) expect(printed, column).toContain(squash(column));
  for (const limit of shown.limits) expect(printed, limit).toContain(squash(limit));
  for (const control of ['Skip to main content', 'Menu', 'Search the review', 'On this page']) expect(text).not.toContain(control);
});
