import { Parser } from 'htmlparser2';

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

/** Addresses worth printing: web pages and email; a data: download link has no address to look up. */
const NOTED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Cells a card shows without a label: the figure is the card's headline, and a copy-link button says what it does. */
const UNLABELLED_CELLS = new Set(['figure-cell', 'copy-cell']);
/** Text that is not part of what a heading or link says: glossary definitions shown on hover. */
const NOT_TEXT = new Set(['term-definition']);

type Attributes = Record<string, string>;

const classes = (attributes: Attributes) => (attributes.class ?? '').split(/\s+/).filter(Boolean);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Links whose address adds nothing on paper: in-page anchors, figure links (their locator is printed beside them),
 * glossary terms (their definitions are the glossary page), the page's own address in its citation, and navigation.
 */
function isBareLink(attributes: Attributes, inNav: boolean): boolean {
  return (
    inNav ||
    (attributes.href ?? '').startsWith('#') ||
    attributes['data-cite-url'] !== undefined ||
    classes(attributes).some((name) => name === 'fig' || name === 'term-link')
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

interface Insertion {
  offset: number;
  text: string;
}

/** Where a new attribute goes in an element's start tag: straight after its name, so the rest of the tag is untouched. */
function attributeAt(element: OpenElement, name: string, value: string): Insertion {
  return { offset: element.start + 1 + element.name.length, text: ` ${name}="${escapeAttribute(value)}"` };
}

function span(attributes: Attributes): number {
  const value = Number(attributes.colspan ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** An element whose start tag has been read and whose end has not. */
interface OpenElement {
  name: string;
  attributes: Attributes;
  /** Offset of its "<". */
  start: number;
  /** Words inside it, for a heading, a link or a column heading; its own text and that of its children, less hidden text. */
  text?: string[];
  /** Hidden, or a definition: its text is not part of what the elements around it say. Read once, at its start tag, for every text inside it. */
  hidesText: boolean;
  /** A table marked to reflow: its heading rows, the labels of the last one by column, and the column the next cell starts at. */
  reflow?: { headRows: HeadCell[][]; headings?: string[]; column: number };
  /** A cell of a reflowing table's heading row, labelled with its words when it ends. */
  headCell?: HeadCell;
}

interface HeadCell {
  label: string;
  span: number;
}

/**
 * One pass of a streaming reader over the content: no tree is built, since building one for every page was most of
 * the layout's time and garbage at thousands of pages. The parts it finds: section headings with an anchor (outside
 * navigation and asides), links whose address is printed on paper, the data cells of tables marked "reflow" with
 * the last heading row's labels, and where the page's h1 (and the lede right after it) ends.
 */
function readParts(html: string, pageUrl: string) {
  const contents: ContentsItem[] = [];
  const insertions: Insertion[] = [];
  const numbers = new Map<string, number>();
  const stack: OpenElement[] = [];
  let split = 0;
  let afterH1: 'before' | 'in-h1' | 'next' | 'in-lede' | 'done' = 'before';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hidesText = attributes.hidden !== undefined || classes(attributes).some((item) => NOT_TEXT.has(item));
        const element: OpenElement = { name, attributes, start: parser.startIndex, hidesText };
        const parent = stack.at(-1);
        const inside = (tag: string) => stack.some((open) => open.name === tag);
        if (stack.length === 0 && afterH1 === 'before' && name === 'h1') afterH1 = 'in-h1';
        else if (stack.length === 0 && afterH1 === 'next')
          afterH1 = name === 'p' && classes(attributes).includes('lede') ? 'in-lede' : 'done';
        if (name === 'h2' && attributes.id !== undefined && !inside('nav') && !inside('aside')) element.text = [];
        else if (name === 'a' && attributes.href !== undefined && !isBareLink(attributes, inside('nav'))) element.text = [];
        else if (name === 'table' && classes(attributes).includes('reflow')) element.reflow = { headRows: [], column: 0 };
        // Rows and cells count only as direct children of a reflowing table's thead or tbody, as in the table's own grid.
        const reflow = stack.at(name === 'tr' ? -2 : -3)?.reflow;
        const section = stack.at(name === 'tr' ? -1 : -2)?.name;
        if (reflow && name === 'tr') {
          if (section === 'thead') reflow.headRows.push([]);
          reflow.column = 0;
        } else if (reflow && parent?.name === 'tr' && (name === 'th' || name === 'td')) {
          if (section === 'thead') {
            element.headCell = { label: '', span: span(attributes) };
            element.text = [];
            reflow.headRows.at(-1)?.push(element.headCell);
          } else if (section === 'tbody') {
            reflow.headings ??= (reflow.headRows.at(-1) ?? []).flatMap((cell) => Array<string>(cell.span).fill(cell.label));
            const label = reflow.headings[reflow.column] ?? '';
            reflow.column += span(attributes);
            const unlabelled = classes(attributes).some((item) => UNLABELLED_CELLS.has(item));
            if (name === 'td' && !unlabelled && attributes['data-label'] === undefined && label)
              insertions.push(attributeAt(element, 'data-label', label));
          }
        }
        stack.push(element);
      },
      ontext(text) {
        // Text counts for every open heading, link or column heading, unless hidden or a definition lies between.
        for (let index = stack.length - 1; index >= 0; index -= 1) {
          const open = stack[index]!;
          if (open.hidesText) return;
          open.text?.push(text);
        }
      },
      onclosetag() {
        const element = stack.pop();
        if (!element) return;
        const end = parser.endIndex + 1;
        if (stack.length === 0 && (afterH1 === 'in-h1' || afterH1 === 'in-lede')) {
          split = end;
          afterH1 = afterH1 === 'in-h1' ? 'next' : 'done';
        }
        if (!element.text) return;
        const text = collapse(element.text.join(''));
        if (element.headCell) element.headCell.label = text;
        else if (element.name === 'h2') contents.push({ id: element.attributes.id ?? '', text });
        else if (element.name === 'a') {
          const raw = element.attributes.href ?? '';
          const url = new URL(raw, pageUrl);
          if (!NOTED_PROTOCOLS.has(url.protocol) || text === url.href || text === raw) return;
          const number = numbers.get(url.href) ?? numbers.size + 1;
          numbers.set(url.href, number);
          insertions.push(attributeAt(element, 'data-note', String(number)));
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  const notes = [...numbers].map(([href, number]) => ({ number, href }));
  return { contents, notes, insertions, split };
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
  const { contents, notes, insertions, split } = readParts(html, pageUrl);
  return { head: apply(html, insertions, 0, split), body: apply(html, insertions, split, html.length), contents, notes };
}
