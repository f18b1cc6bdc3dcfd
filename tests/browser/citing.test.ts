import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import config from '../../astro.config.mjs';
import { pageCsl, sourceCsl } from '../../scripts/citation/csl.ts';
import { formatCitation } from '../../scripts/citation/output.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { formatFigure } from '../../scripts/format/figure.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { launchBrowser } from '../support/browser.ts';
import { pdfText } from '../support/pdf-text.ts';

const baseUrl = inject('baseUrl');
const site = new URL(config.site ?? '');
const { dataset } = validateContent(contentDir());
const SOURCE_ID = 'istanbul-colorectal-series';
const source = dataset.sources.find((candidate) => candidate.id === SOURCE_ID)!;
const outcomes = dataset.outcomes.filter((outcome) => outcome.source === SOURCE_ID);
const canonical = new URL(`/sources/${SOURCE_ID}/`, site).href;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(async () => {
  await browser?.close();
});

async function openSource(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sources/${SOURCE_ID}/`, { waitUntil: 'load' });
  return page;
}

describe('copy-link control', () => {
  const [first, second] = outcomes;

  it('is reached with Tab and copies the canonical address of its row with Enter, announcing it', async () => {
    const page = await openSource();
    let reached = '';
    for (let step = 0; step < 400 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.copyAnchor ?? '');
    }
    expect(reached).toBe(await page.locator('button[data-copy-anchor]').first().getAttribute('data-copy-anchor'));
    expect(await page.locator('button[data-copy-anchor]').first().textContent()).toMatch(/^Copy link to \S.+/);
    // Every figure and patient row has its button.
    expect(await page.locator('tr[id] button[data-copy-anchor]').count()).toBe(
      await page.locator('table[data-copy-rows] > tbody > tr[id]').count(),
    );
    await page.keyboard.press('Enter');
    const status = page.locator(`tr[id="${reached}"] [role="status"]`);
    await expect.poll(() => status.textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${reached}`);
    await page.close();
  });

  it('works with Space too, and clears the previous announcement', async () => {
    const page = await openSource();
    await page.locator(`button[data-copy-anchor="${first?.id}"]`).click();
    await page.locator(`button[data-copy-anchor="${second?.id}"]`).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${second?.id}`);
    expect(await page.locator(`tr[id="${second?.id}"] [role="status"]`).textContent()).toBe('Link copied');
    expect(await page.locator(`tr[id="${first?.id}"] [role="status"]`).textContent()).toBe('');
    await page.close();
  });

  it('shows the address instead when the clipboard refuses', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/sources/${SOURCE_ID}/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.locator(`button[data-copy-anchor="${first?.id}"]`).click();
    await expect
      .poll(() => page.locator(`tr[id="${first?.id}"] [role="status"]`).textContent())
      .toBe(`Copying is not available here. The link is ${canonical}#${first?.id}`);
    await page.close();
  });
});

describe('printing a source page', () => {
  const squash = (text: string) => text.replace(/\s+/g, '');

  it.each(['A4', 'Letter'] as const)(
    'on %s gives its figures, the link addresses, the citation and the date, without controls',
    async (format) => {
      const page = await openSource();
      const { text, pages } = await pdfText(new Uint8Array(await page.pdf({ format, printBackground: false })));
      await page.close();
      const printed = squash(text);
      expect(pages).toBeGreaterThan(1);
      for (const outcome of outcomes) expect(printed, outcome.id).toContain(squash(formatFigure(outcome)));
      const citation = formatCitation(
        pageCsl({
          title: source.shortTitle,
          url: canonical,
          lastReviewed: source.lastReviewed,
          version: packageJson.version,
          siteName: 'Liver Metastasis Surgery: an evidence review',
        }),
      );
      expect(printed).toContain(squash(citation.apa));
      expect(printed).toContain(squash(formatCitation(sourceCsl(source)).vancouver));
      expect(printed).toContain(squash(`Last reviewed: ${source.lastReviewed}`));
      // A link's address is printed once, as a numbered note at the end.
      expect(printed).toMatch(new RegExp(`\\[\\d+\\]${squash(`https://doi.org/${source.doi}`).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
      expect(text).not.toContain('Copy link');
      expect(text).not.toContain('Skip to main content');
      expect(text).not.toContain('BibTeX file');
    },
  );

  it('replaces a chart with its data table, whether the table is hidden or folded away', async () => {
    const page = await openSource();
    await page.evaluate(() => {
      const figure = document.createElement('figure');
      figure.innerHTML =
        '<div class="frame"><canvas width="300" height="150"></canvas></div>' +
        '<table class="visually-hidden"><tr><td>hidden data</td></tr></table>' +
        '<details><summary>The figures as a table</summary><table><tr><td>folded data</td></tr></table></details>';
      document.querySelector('main')?.append(figure);
    });
    const shown = () =>
      page.evaluate(() => {
        const figure = document.querySelector('main > figure:last-child')!;
        const [hidden, folded] = [...figure.querySelectorAll('table')];
        return {
          frame: figure.querySelector('.frame')!.getBoundingClientRect().height > 0,
          hidden: getComputedStyle(hidden!).position,
          folded: folded!.checkVisibility(),
        };
      });
    const screen = await shown();
    await page.emulateMedia({ media: 'print' });
    const print = await shown();
    await page.close();
    expect(screen).toEqual({ frame: true, hidden: 'absolute', folded: false });
    expect(print).toEqual({ frame: false, hidden: 'static', folded: true });
  });
});
