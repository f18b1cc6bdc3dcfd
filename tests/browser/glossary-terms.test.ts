import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

test('a first-use term shows its definition on keyboard focus, is described to screen readers, and Escape hides it', async () => {
  const page = await browser().newPage();
  await page.goto(`${baseUrl}/questions/before-surgery/`);
  const link = page.locator('main .term-link').first();
  const definitionId = (await link.getAttribute('aria-describedby'))!;
  const definition = page.locator(`[id="${definitionId}"]`);
  expect(await definition.isVisible()).toBe(false);

  // Tab through the page until the term link has focus, as a keyboard user would.
  for (let step = 0; step < 60 && !(await link.evaluate((node) => node === document.activeElement)); step += 1)
    await page.keyboard.press('Tab');
  expect(await link.evaluate((node) => node === document.activeElement)).toBe(true);
  expect(await definition.isVisible()).toBe(true);
  const described = await page.evaluate((id) => document.getElementById(id)?.textContent, definitionId);
  expect(described).toMatch(/^[^:]+: \S/);

  await page.keyboard.press('Escape');
  expect(await definition.isVisible()).toBe(false);
  expect(await link.evaluate((node) => node === document.activeElement)).toBe(true);
  await page.close();
});
