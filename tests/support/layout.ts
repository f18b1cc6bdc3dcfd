import type { Page } from 'playwright-core';

/** Widths every page is read at: small and common phones, a tablet held upright, a laptop. */
export const WIDTHS = [320, 375, 768, 1280] as const;

/** What an A4 portrait page prints across: 210 mm less the 14 mm margins of print.css, in CSS pixels (96 per inch). */
export const A4_PRINT_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

export interface LayoutProblems {
  /** How far the page scrolls sideways, in pixels; 0 when it does not. */
  sideways: number;
  /** Text, images, canvases and controls that reach past the card or box that holds them (or the page, if none does). */
  outsideBox: string[];
  /** Table cells not wholly inside the window. */
  cellsOutside: string[];
}

/**
 * Measures the laid-out page, in the page. A "box" is the nearest ancestor that draws one: a background, a border or
 * a clipping edge. Anything visually hidden (clipped to a pixel) or not rendered (closed <details>, display: none)
 * is skipped, since no reader sees it.
 */
function measure(): LayoutProblems {
  const SLACK = 1;
  const width = document.documentElement.clientWidth;
  const hidden = new WeakMap<Element, boolean>();
  const isHidden = (element: Element | null): boolean => {
    if (!element) return false;
    if (hidden.has(element)) return hidden.get(element)!;
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const clipped = style.overflow !== 'visible' && (rect.width <= 1 || rect.height <= 1);
    const result = clipped || style.visibility === 'hidden' || isHidden(element.parentElement);
    hidden.set(element, result);
    return result;
  };
  const drawsBox = (element: Element) => {
    const style = getComputedStyle(element);
    const background = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
    const border = ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) =>
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
        style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
    );
    return background || border || style.overflowX !== 'visible';
  };
  const boxes = new WeakMap<Element, Element | undefined>();
  const boxOf = (element: Element | null): Element | undefined => {
    if (!element || element === document.body || element === document.documentElement) return undefined;
    if (!boxes.has(element)) boxes.set(element, drawsBox(element) ? element : boxOf(element.parentElement));
    return boxes.get(element);
  };
  const describe = (element: Element, text: string) => {
    const id = element.closest('[id]')?.id;
    return `<${element.tagName.toLowerCase()}${id ? ` in #${id}` : ''}> "${text.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  };
  const outside = (rect: DOMRect, box: { left: number; right: number; bottom: number }) =>
    rect.width > 0 && (rect.left < box.left - SLACK || rect.right > box.right + SLACK || rect.bottom > box.bottom + SLACK);

  const outsideBox: string[] = [];
  const check = (element: Element, rects: Iterable<DOMRect>, text: string, from: Element) => {
    const box = boxOf(from);
    // A box that does scroll up and down (a contents list taller than the window) holds what lies below its bottom edge.
    const scrollsDown =
      box !== undefined && ['auto', 'scroll'].includes(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight;
    const edges = box
      ? { ...box.getBoundingClientRect().toJSON(), ...(scrollsDown ? { bottom: Infinity } : {}) }
      : { left: 0, right: width, bottom: Infinity };
    if ([...rects].some((rect) => outside(rect, edges)))
      outsideBox.push(`${describe(element, text)} past ${box ? `<${box.tagName.toLowerCase()} class="${box.className}">` : 'the page'}`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
    if (!parent.checkVisibility({ visibilityProperty: true }) || isHidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    check(parent, range.getClientRects(), node.textContent, parent);
  }
  for (const element of document.querySelectorAll('canvas, img, svg, input, select, textarea, button')) {
    if (!element.checkVisibility({ visibilityProperty: true }) || isHidden(element)) continue;
    check(
      element,
      [element.getBoundingClientRect()],
      element.getAttribute('aria-label') ?? element.textContent ?? '',
      element.parentElement!,
    );
  }

  const cellsOutside = [...document.querySelectorAll('td, th')]
    .filter((cell) => cell.checkVisibility({ visibilityProperty: true }) && !isHidden(cell))
    .filter((cell) => {
      const rect = cell.getBoundingClientRect();
      return rect.left < -SLACK || rect.right > width + SLACK;
    })
    .map((cell) => describe(cell, cell.textContent ?? ''));

  return { sideways: Math.max(0, document.documentElement.scrollWidth - width), outsideBox, cellsOutside };
}

export function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(measure);
}

/** Waits until every chart on the page has been drawn or has given way to its table. */
export function chartsSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() =>
    [...document.querySelectorAll('figure[data-chart]')].every(
      (figure) => figure.hasAttribute('data-chart-ready') || figure.hasAttribute('data-chart-narrow'),
    ),
  );
}
