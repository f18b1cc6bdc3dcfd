import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SHORT_ANSWER_ID } from './ranking.ts';
import { LINKED_HEADINGS } from './results.ts';

/**
 * How Pagefind reads a page (pagefind/src/fossick/parser.rs): it ends a sentence after headings, paragraphs, cells
 * and a few other blocks, joins inline elements with no space, skips some elements outright, and runs every other
 * element straight into the next one, so a table heading cell or a caption reads "printedWhat was measuredWho…". The index is given a copy of
 * each page shaped so that every boundary a reader sees becomes a full stop or a space.
 */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdo',
  'big',
  'br',
  'button',
  'cite',
  'code',
  'dfn',
  'em',
  'i',
  'img',
  'input',
  'kbd',
  'label',
  'map',
  'object',
  'output',
  'q',
  'samp',
  'script',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'textarea',
  'time',
  'tt',
  'var',
]);
const SKIPPED_ELEMENTS = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/**
 * Elements that hold their own block of text but that Pagefind does not end a sentence after (it does after
 * headings, p, td, div, ul, li, article and section); the index copy renames them div.
 */
const UNPUNCTUATED_BLOCKS = new Set([
  'th',
  'caption',
  'dt',
  'dd',
  'figcaption',
  'summary',
  'blockquote',
  'legend',
  'pre',
  'address',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'dl',
  'ol',
  'figure',
  'details',
  'aside',
  'header',
  'hgroup',
  'fieldset',
]);
/**
 * Left out of the index copy: buttons are controls ("Copy link to …"), table column headings repeat on every table
 * ("Measure. Group. Figure."), and the tags above a page's heading repeat its kind and cancer, which each result
 * shows from the page's metadata.
 */
function isLeftOut(node: Element): boolean {
  if (node.tagName === 'button' || node.tagName === 'thead') return true;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes('tag');
}

type Parent = Root | Element;

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/*
 * Plain walks with property tests rather than CSS selectors: matching selectors over every element of every page
 * was most of the index step's time on a large review, and these few questions need no selector engine.
 */

/** Elements under `parent` in document order that pass `test`, including those inside a match. */
function findAll(parent: Parent, test: (node: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    if (test(child)) found.push(child);
    findAll(child, test, found);
  }
  return found;
}

function findFirst(parent: Parent, test: (node: Element) => boolean): Element | undefined {
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

const isBody = (node: Element) => node.properties.dataPagefindBody !== undefined;
const bodiesOf = (tree: Root) => findAll(tree, isBody);

function isIgnored(node: Element): boolean {
  return node.properties.dataPagefindIgnore !== undefined || SKIPPED_ELEMENTS.has(node.tagName);
}

function removeLeftOut(parent: Parent) {
  parent.children = parent.children.filter((child) => !(isElement(child) && isLeftOut(child))) as typeof parent.children;
  for (const child of parent.children) if (isElement(child)) removeLeftOut(child);
}

function punctuateBlocks(node: Element) {
  if (UNPUNCTUATED_BLOCKS.has(node.tagName)) node.tagName = 'div';
  for (const child of node.children) if (isElement(child)) punctuateBlocks(child);
}

/**
 * How the text of a node as the index reads it (textOf) starts and ends: a string that starts as it does, and its
 * last two code units (a whole character, whatever its plane). Undefined where it reads as no text. Only the edges of
 * a run-on matter, so a block's text, which textOf wraps in spaces, is never read, nor is any text inside a block:
 * reading every child's whole text at every level took most of the time spent shaping a page's body.
 */
function edgesOf(node: RootContent | ElementContent): { start: string; end: string } | undefined {
  if (node.type === 'text') return node.value === '' ? undefined : { start: node.value, end: node.value.slice(-2) };
  if (!isElement(node) || isIgnored(node)) return undefined;
  if (node.tagName === 'br' || !INLINE_ELEMENTS.has(node.tagName)) return { start: ' ', end: ' ' };
  let first: { start: string; end: string } | undefined;
  let last: { start: string; end: string } | undefined;
  for (const child of node.children) {
    const edges = edgesOf(child);
    if (!edges) continue;
    first ??= edges;
    last = edges;
  }
  // Pieces hold whole characters (the page was decoded before it was split into elements), so the last piece's end does too.
  return first && last && { start: first.start, end: last.end };
}

/**
 * A word ending one element and a capital starting the next, with nothing between ("surgery<span>Cited figure."),
 * are two lines to a reader, whatever the styles that set them apart; the index reads them as two sentences.
 */
function separateRunOns(parent: Parent) {
  const children: (RootContent | ElementContent)[] = [];
  // How the text before the current child ends, looking through line breaks, and whether an element edge lies between.
  let before = '';
  let edge = false;
  for (const child of parent.children) {
    const isBreak = isElement(child) && child.tagName === 'br';
    const edges = isBreak ? undefined : edgesOf(child);
    if ((edge || isElement(child)) && /[\p{L}\p{N})%]$/u.test(before) && /^\p{Lu}/u.test(edges?.start ?? '')) {
      // A line break between them becomes the full stop.
      const last = children.at(-1);
      if (last && isElement(last) && last.tagName === 'br') children.pop();
      children.push({ type: 'text', value: '. ' });
    }
    children.push(child);
    if (isElement(child) && !isIgnored(child)) separateRunOns(child);
    if (edges || isBreak) {
      before = edges?.end ?? before;
      edge = isElement(child);
    }
  }
  parent.children = children as typeof parent.children;
}

/**
 * Leaves each element only the attributes the index needs. Pagefind records every element with an id as an anchor,
 * with its text, in the page's record that each result downloads; a source page's figure rows made up about a tenth of
 * that download, so only the headings results link to keep their ids. Classes are read by the shaping before this
 * (tags are left out by theirs) and by nothing after: Pagefind reads none, and they were an eighth of what it was sent
 * and parsed (2.4 of 19.9 MB at 1,000 sources).
 */
function keepIndexAttributes(node: Element) {
  if (node.properties.id !== undefined && !LINKED_HEADINGS.includes(node.tagName)) delete node.properties.id;
  delete node.properties.className;
  for (const child of node.children) if (isElement(child)) keepIndexAttributes(child);
}

/**
 * Shapes a parsed page for the index in place: controls, column headings and tags out, every block a sentence, and
 * only the attributes the index reads.
 */
export function shapeForIndex(tree: Root): void {
  removeLeftOut(tree);
  for (const body of bodiesOf(tree)) {
    punctuateBlocks(body);
    separateRunOns(body);
    keepIndexAttributes(body);
  }
}

/** True for pages the index reads (the layout marks the main content of every page meant to be found). */
export function isIndexed(tree: Root): boolean {
  return findFirst(tree, isBody) !== undefined;
}

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (!isElement(node) || isIgnored(node)) return '';
  if (node.tagName === 'br') return ' ';
  const inner = node.children.map(textOf).join('');
  return INLINE_ELEMENTS.has(node.tagName) ? inner : ` ${inner} `;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The words the index holds for a page: its marked content, less what Pagefind skips or is told to ignore. */
export function indexedText(tree: Root): string {
  return tidy(bodiesOf(tree).map(textOf).join(' '));
}

/** The page's own heading, which Pagefind takes as its title. */
export function headingOf(tree: Root): string {
  const heading = bodiesOf(tree)
    .map((body) => findFirst(body, (node) => node.tagName === 'h1'))
    .find((found) => found !== undefined);
  return heading ? tidy(textOf(heading)) : '';
}

/**
 * The page's title as search weighs it: its own heading, which Pagefind takes as its title, and any text weighted
 * for search that comes before its first section heading (a treatment's other names).
 */
export function titleTextOf(tree: Root): string {
  const parts: string[] = [];
  let inSections = false;
  const walk = (node: RootContent | ElementContent) => {
    if (inSections || !isElement(node) || isIgnored(node)) return;
    if (node.tagName === 'h2') inSections = true;
    else if (node.tagName === 'h1' || node.properties.dataPagefindWeight !== undefined) parts.push(tidy(textOf(node)));
    else node.children.forEach(walk);
  };
  bodiesOf(tree).forEach(walk);
  return parts.join('. ');
}

/** Filter values the page declares for the index (`data-pagefind-filter`), by filter key. */
export function filtersOf(tree: Root): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const element of findAll(tree, (node) => node.properties.dataPagefindFilter !== undefined)) {
    const key = String(element.properties.dataPagefindFilter);
    (filters[key] ??= []).push(tidy(textOf(element)));
  }
  return filters;
}

/** Text of the page's metadata for the index under `key` (`data-pagefind-meta`), if it declares one. */
export function metaTextOf(tree: Root, key: string): string | undefined {
  const element = findFirst(tree, (node) => node.properties.dataPagefindMeta === key);
  return element ? tidy(textOf(element)) : undefined;
}

/** Headings below the title (h2, h3), which name the parts of a page a reader may search for. */
export function subheadingsOf(tree: Root): string[] {
  return bodiesOf(tree)
    .flatMap((body) => findAll(body, (node) => node.tagName === 'h2' || node.tagName === 'h3'))
    .map((heading) => tidy(textOf(heading)));
}

/**
 * The text under a question page's "Short answer" heading, up to the next heading: search results show it,
 * so a caller reads the answer and its figures without opening the page.
 */
export function shortAnswerOf(tree: Root, headingId = SHORT_ANSWER_ID): string | undefined {
  for (const parent of [tree, ...findAll(tree, () => true)] as Parent[]) {
    const start = parent.children.findIndex((child) => isElement(child) && child.properties.id === headingId);
    if (start === -1) continue;
    const after = parent.children.slice(start + 1);
    const end = after.findIndex((child) => isElement(child) && /^h[1-6]$/.test(child.tagName));
    const answer = tidy(
      after
        .slice(0, end === -1 ? undefined : end)
        .map(textOf)
        .join(' '),
    );
    return answer === '' ? undefined : answer;
  }
  return undefined;
}

/** Adds filter values for the index, hidden like the metadata (pages that declare none are filed under defaults). */
export function addIndexFilters(tree: Root, filters: readonly { key: string; value: string }[]): void {
  addHidden(
    tree,
    filters.map(({ key, value }) => ({ dataPagefindFilter: key, value })),
  );
}

/**
 * Adds metadata for the index: hidden, and kept out of the indexed text, but read by Pagefind (which still reads
 * metadata inside an ignored element). Empty values are left out.
 */
export function addIndexMeta(tree: Root, meta: Record<string, string>): void {
  addHidden(
    tree,
    Object.entries(meta)
      .filter(([, value]) => value.trim() !== '')
      .map(([key, value]) => ({ dataPagefindMeta: key, value })),
  );
}

function addHidden(tree: Root, spans: ({ value: string } & Record<string, string>)[]) {
  const body = findFirst(tree, isBody);
  if (!body || spans.length === 0) return;
  body.children.push({
    type: 'element',
    tagName: 'div',
    properties: { hidden: true, dataPagefindIgnore: '' },
    children: spans.map(({ value, ...properties }) => ({
      type: 'element',
      tagName: 'span',
      properties,
      children: [{ type: 'text', value }],
    })),
  });
}
