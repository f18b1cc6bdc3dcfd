import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

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
 * glossary terms (their definitions are the glossary page), and the page's own address in its citation.
 */
const BARE_LINKS = 'a[href^="#"], a.fig, a.term-link, a[data-cite-url]';
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
function linkNotes(tree: Root, pageUrl: string): { notes: LinkNote[]; insertions: Insertion[] } {
  const bare = new Set([...selectAll(BARE_LINKS, tree), ...selectAll('nav a', tree)]);
  const numbers = new Map<string, number>();
  const insertions: Insertion[] = [];
  for (const link of selectAll('a[href]', tree)) {
    if (bare.has(link)) continue;
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
  const inNav = new Set(selectAll('nav h2, aside h2', tree));
  const contents = selectAll('h2[id]', tree)
    .filter((heading) => !inNav.has(heading))
    .map((heading) => ({ id: String(heading.properties.id), text: collapse(textOf(heading)) }));
  const { notes, insertions } = linkNotes(tree, pageUrl);
  insertions.push(...selectAll('table.reflow', tree).flatMap(reflowLabels));
  const split = headEnd(tree);
  return { head: apply(html, insertions, 0, split), body: apply(html, insertions, split, html.length), contents, notes };
}
