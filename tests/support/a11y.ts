import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level A and AA rules, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run inside the page: every WCAG 2.2 A and AA rule, or only the rules named (e.g. "target-size" at each
 * screen width). The script is evaluated over the DevTools protocol: a <script> tag added to the page would be
 * inline code, which the site's Content-Security-Policy rightly blocks.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(async (only) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: only });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, runOnly);
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
}

export interface FocusWalk {
  /** Controls a keyboard user could not reach with Tab. */
  unreached: string[];
  /** Controls that took focus without a visible indicator. */
  invisible: string[];
  /** How many distinct controls Tab reached. */
  reached: number;
}

/**
 * Marks every control a keyboard user should reach with Tab and returns how many there are. Radio buttons
 * of one group count once: Tab enters the group and the arrow keys move inside it.
 */
function markControls(): number {
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLInputElement).disabled &&
      !element.closest('[inert]') &&
      element.getClientRects().length > 0 &&
      // Content of a closed <details> is laid out but not rendered: Tab rightly skips it until the summary opens it.
      element.checkVisibility({ visibilityProperty: true }),
  );
  controls.forEach((element, index) => {
    const radio = element instanceof HTMLInputElement && element.type === 'radio' && element.name;
    element.dataset.focusKey = radio ? `radio:${element.name}` : String(index);
  });
  return new Set(controls.map((element) => element.dataset.focusKey)).size;
}

/** From now on, notes each element that takes focus and whether its focus can be seen, so Tab can be pressed without a round trip per key. */
function recordFocus(): void {
  const log: { key: string; label: string; visible: boolean }[] = [];
  (window as unknown as { focusLog: typeof log }).focusLog = log;
  document.addEventListener('focusin', (event) => {
    const element = event.target as HTMLElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const text = (element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '')
      .trim()
      .slice(0, 60);
    const label = `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}> ${text}`;
    log.push({ key: element.dataset.focusKey ?? `unmarked ${label}`, label, visible: outline || style.boxShadow !== 'none' });
  });
}

function unreachedControls(reached: string[]): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-focus-key]')]
    .filter((element) => !reached.includes(element.dataset.focusKey ?? ''))
    .filter((element, index, all) => all.findIndex((other) => other.dataset.focusKey === element.dataset.focusKey) === index)
    .map(
      (element) =>
        `<${element.tagName.toLowerCase()}> ${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60)}`,
    );
}

/** Presses Tab from the top of the page until focus has had the chance to come round again, noting each control and its focus style. */
export async function walkFocus(page: Page): Promise<FocusWalk> {
  const count = await page.evaluate(markControls);
  await page.evaluate(recordFocus);
  for (let press = 0; press < count + 3; press += 1) await page.keyboard.press('Tab');
  const log = await page.evaluate(() => (window as unknown as { focusLog: { key: string; label: string; visible: boolean }[] }).focusLog);
  // Stop at the first control seen twice: focus has come round to the top of the page again.
  const firstRepeat = log.findIndex((entry, index) => log.findIndex((other) => other.key === entry.key) < index);
  const round = firstRepeat === -1 ? log : log.slice(0, firstRepeat);
  const reached = round.map((entry) => entry.key);
  return {
    unreached: await page.evaluate(unreachedControls, reached),
    invisible: round.filter((entry) => !entry.visible).map((entry) => entry.label),
    reached: reached.length,
  };
}
