import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One entry of the "On this page" list: a section heading and its anchor. */
export interface ContentsItem {
  id: string;
  text: string;
}

/** A link's address, printed once at the end of the page under the number its links carry on paper. */
export interface LinkNote {
  number: number;
  href: string;
}

/** A page's main content, read once at build time, with what the layout adds around it. */
export interface PageBody {
  /** The content up to the end of the h1 (and the lede right after it): the contents list goes below it. */
  head: string;
  /** Everything after that. */
  body: string;
  contents: ContentsItem[];
  notes: LinkNote[];
}

/**
 * Links whose address adds nothing on paper: in-page anchors, figure links (their locator is printed beside them),
 * glossary terms (their definitions are the glossary page), the page's own address in its citation, and navigation.
 */
function isBareLink(link: Element, inNav: boolean): boolean {
  return (
    inNav ||
    String(link.properties.href).startsWith('#') ||
    link.properties.dataCiteUrl !== undefined ||
    classes(link).some((name) => name === 'fig' || name === 'term-link')
  );
}
/** Addresses worth printing: web pages and email; a data: download link has no address to look up. */
const NOTED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Cells a card shows without a label: the figure is the card's headline, and a copy-link button says what it does. */
const UNLABELLED_CELLS = new Set(['figure-cell', 'copy-cell']);
/** Text that is not part of what a heading says: glossary definitions shown on hover, hidden facets. */
const NOT_HEADING_TEXT = new Set(['term-definition']);

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (node.properties.hidden !== undefined || classes(node).some((name) => NOT_HEADING_TEXT.has(name)))) {
    return '';
  }
  return node.children.map(textOf).join('');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

interface Insertion {
  offset: number;
  text: string;
}

/** Where a new attribute goes in an element's start tag: straight after its name, so the rest of the tag is untouched. */
function attributeAt(node: Element, name: string, value: string): Insertion | undefined {
  const start = node.position?.start.offset;
  return start === undefined ? undefined : { offset: start + 1 + node.tagName.length, text: ` ${name}="${escapeAttribute(value)}"` };
}

function elementChildren(node: Root | Element, tagNames: readonly string[]): Element[] {
  const children: Nodes[] = node.children;
  return children.filter((child): child is Element => child.type === 'element' && tagNames.includes(child.tagName));
}

function span(cell: Element): number {
  const value = Number(cell.properties.colSpan ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/**
 * In a table marked "reflow", each data cell is labelled with its column heading (the last heading row),
 * which a narrow screen shows inside the card the row becomes. A cell that already says its label keeps it.
 */
function reflowLabels(table: Element): Insertion[] {
  const sections = (name: string) => elementChildren(table, [name]);
  const headRow = sections('thead')
    .flatMap((head) => elementChildren(head, ['tr']))
    .at(-1);
  if (!headRow) return [];
  const headings = elementChildren(headRow, ['th', 'td']).flatMap((cell) => Array<string>(span(cell)).fill(collapse(textOf(cell))));
  return sections('tbody')
    .flatMap((body) => elementChildren(body, ['tr']))
    .flatMap((row) => {
      let column = 0;
      return elementChildren(row, ['th', 'td']).flatMap((cell) => {
        const label = headings[column] ?? '';
        column += span(cell);
        const unlabelled = classes(cell).some((name) => UNLABELLED_CELLS.has(name));
        if (cell.tagName !== 'td' || unlabelled || cell.properties.dataLabel !== undefined || !label) return [];
        return attributeAt(cell, 'data-label', label) ?? [];
      });
    });
}

/** Numbers each address once, in reading order; every link to it carries that number. */
function linkNotes(links: readonly Element[], pageUrl: string): { notes: LinkNote[]; insertions: Insertion[] } {
  const numbers = new Map<string, number>();
  const insertions: Insertion[] = [];
  for (const link of links) {
    const url = new URL(String(link.properties.href), pageUrl);
    const href = url.href;
    const text = collapse(textOf(link));
    if (!NOTED_PROTOCOLS.has(url.protocol) || text === href || text === link.properties.href) continue;
    const number = numbers.get(href) ?? numbers.size + 1;
    numbers.set(href, number);
    const insertion = attributeAt(link, 'data-note', String(number));
    if (insertion) insertions.push(insertion);
  }
  return { notes: [...numbers].map(([href, number]) => ({ number, href })), insertions };
}

/** What the layout needs from a page's content, in document order. */
interface PageParts {
  /** Section headings with an anchor, outside navigation and asides. */
  headings: Element[];
  /** Links whose address is printed on paper. */
  notedLinks: Element[];
  reflowTables: Element[];
}

/**
 * One walk over the content collects every part, tracking whether it is inside navigation or an aside; matching
 * CSS selectors against every element of every page cost more than the page's own rendering.
 */
function partsOf(tree: Root): PageParts {
  const parts: PageParts = { headings: [], notedLinks: [], reflowTables: [] };
  const walk = (node: Root | Element, inNav: boolean, inAside: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'h2' && child.properties.id !== undefined && !inNav && !inAside) parts.headings.push(child);
      else if (child.tagName === 'a' && child.properties.href !== undefined && !isBareLink(child, inNav)) parts.notedLinks.push(child);
      else if (child.tagName === 'table' && classes(child).includes('reflow')) parts.reflowTables.push(child);
      walk(child, inNav || child.tagName === 'nav', inAside || child.tagName === 'aside');
    }
  };
  walk(tree, false, false);
  return parts;
}

/** The offset just after the page's top-level h1, and after the lede paragraph if one follows it. */
function headEnd(tree: Root): number {
  const top = tree.children.filter((node): node is Element => node.type === 'element');
  const index = top.findIndex((node) => node.tagName === 'h1');
  if (index === -1) return 0;
  const next = top[index + 1];
  const last = next?.tagName === 'p' && classes(next).includes('lede') ? next : top[index];
  return last?.position?.end.offset ?? 0;
}

function apply(html: string, insertions: readonly Insertion[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const insertion of insertions.filter((item) => item.offset >= from && item.offset < to).sort((a, b) => a.offset - b.offset)) {
    out += html.slice(at, insertion.offset) + insertion.text;
    at = insertion.offset;
  }
  return out + html.slice(at, to);
}

/**
 * Reads a page's rendered content once: its section headings for the contents list, the addresses its links
 * print as numbered notes, and the column labels its reflowing tables show as cards. Attributes are inserted
 * into the HTML as written, so everything else about the markup stays byte for byte as the components made it.
 */
export function pageBody(html: string, pageUrl: string): PageBody {
  const tree = fromHtml(html, { fragment: true });
  const parts = partsOf(tree);
  const contents = parts.headings.map((heading) => ({ id: String(heading.properties.id), text: collapse(textOf(heading)) }));
  const { notes, insertions } = linkNotes(parts.notedLinks, pageUrl);
  insertions.push(...parts.reflowTables.flatMap(reflowLabels));
  const split = headEnd(tree);
  return { head: apply(html, insertions, 0, split), body: apply(html, insertions, split, html.length), contents, notes };
}
