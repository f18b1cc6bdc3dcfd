import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, inject, test } from 'vitest';
import { axeViolations } from '../support/a11y.ts';
import { openWhole, useBrowser } from '../support/browser.ts';
import { A4_PRINT_WIDTH, chartsSettled, layoutProblems, WIDTHS } from '../support/layout.ts';
import { pageTypeExamples } from '../support/page-types.ts';
import { listHtmlPages, pagePath, PROJECT_ROOT } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const pages = listHtmlPages(inject('siteDir')).map(pagePath);
/** One page of each type is saved as a screenshot at every width and in print. */
const screenshotNames = new Map([...pageTypeExamples(pages)].map(([type, pathname]) => [pathname, type]));
const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'screenshots');
const browser = useBrowser();
const NO_PROBLEMS = { sideways: 0, outsideBox: [], cellsOutside: [] };

/** Opens a page as a reader at this width would see it: loaded, charts drawn and settled at their final height. */
async function open(page: Page, pathname: string): Promise<void> {
  await openWhole(page, `${baseUrl}${pathname}`);
  await chartsSettled(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Screenshots stop at this height: the longest pages (every figure, as cards on a phone) run to tens of thousands of pixels. */
const SCREENSHOT_HEIGHT = 12_000;

async function screenshot(page: Page, pathname: string, suffix: string): Promise<void> {
  const type = screenshotNames.get(pathname);
  if (!type) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { width } = page.viewportSize()!;
  const height = Math.min(SCREENSHOT_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${type}-${suffix}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
    timeout: 120_000,
  });
}

const atEachWidth = pages.flatMap((pathname) => WIDTHS.map((width) => [pathname, width] as const));

describe.concurrent('every page, phones first', { timeout: 180_000 }, () => {
  test.for(atEachWidth)(
    '%s at %i px: no sideways scrolling, nothing past its box, every table cell in view, 24 px tap targets',
    async ([pathname, width], { expect }) => {
      const page = await browser().newPage({ viewport: { width, height: 800 } });
      try {
        await open(page, pathname);
        expect(await layoutProblems(page)).toEqual(NO_PROBLEMS);
        // WCAG 2.2 target size (2.5.8) at every width; the whole of WCAG 2.2 AA at a phone's width too.
        expect(await axeViolations(page, width === 375 ? undefined : ['target-size'])).toEqual([]);
        await screenshot(page, pathname, String(width));
      } finally {
        await page.close();
      }
    },
  );

  test.for(pages)(
    '%s printed on A4: fits the page, without navigation, search or buttons, with every folded section open',
    async (pathname, { expect }) => {
      const page = await browser().newPage({ viewport: { width: A4_PRINT_WIDTH, height: 1100 } });
      try {
        await page.emulateMedia({ media: 'print' });
        await open(page, pathname);
        expect(await layoutProblems(page)).toEqual(NO_PROBLEMS);
        const printed = await page.evaluate(() => ({
          controls: [...document.querySelectorAll('nav, form[role="search"], button, .skip-link')]
            .filter((element) => element.checkVisibility())
            .map((element) => element.outerHTML.slice(0, 80)),
          folded: [...document.querySelectorAll('details')]
            .filter((details) => details.checkVisibility())
            .flatMap((details) => [...details.children].filter((child) => child.tagName !== 'SUMMARY' && !child.checkVisibility()))
            .map((element) => element.outerHTML.slice(0, 80)),
          unnumbered: [...document.querySelectorAll('a[data-note]')]
            .map((link) => link.getAttribute('data-note'))
            .filter((number) => !document.querySelector('.link-notes')?.textContent?.includes(`[${number}]`)),
        }));
        expect(printed).toEqual({ controls: [], folded: [], unnumbered: [] });
        await screenshot(page, pathname, 'print');
      } finally {
        await page.close();
      }
    },
  );
});
