import type { Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMdast } from 'satteri';

/**
 * Node types whose reading by satteri (Astro's own Rust Markdown and MDX parser) was checked against remark's, node for
 * node with the place each starts at (tests/unit/mdx-tree.test.ts). A body holding any other (code, HTML, expressions,
 * imports, footnotes, images, definitions) is read by remark.
 */
const CHECKED_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'blockquote',
  'thematicBreak',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/** Content that sits inside a paragraph; a flow element whose content starts with one was a paragraph's (see below). */
const PHRASING_TYPES: ReadonlySet<string> = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'mdxJsxTextElement']);

type Node = Root | RootContent;
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** The body's reading could not be made to match remark's with certainty: remark reads it. */
class NotCertain extends Error {}

const isJsx = (node: Node): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * satteri reads MDX as the MDX compiler does after its own first step, which lifts a paragraph holding only JSX
 * elements and white space out of the paragraph: `<Claim …>words</Claim>` alone on its line becomes a flow element
 * with the words as its content, where remark (and so the site's pages) keeps a paragraph around an inline element.
 * Such an element is known by its content: a flow element remark reads holds blocks, never words straight inside.
 */
const wasParagraph = (node: Node): node is MdxJsxFlowElement =>
  node.type === 'mdxJsxFlowElement' && node.children.length > 0 && PHRASING_TYPES.has(node.children[0]!.type);

/** Where a node satteri read starts and ends: every node of its tree has a place (toRemarkReading checks). */
const endOf = (node: Pick<Node, 'position'>) => node.position!.end;
const startOf = (node: Pick<Node, 'position'>) => node.position!.start;

/**
 * A backslash escapes the character after it. Next to an escaped star, satteri closed emphasis where remark does not
 * (`x*y\\**a*`), so a body holding one is read by remark; the site's bodies hold none.
 */
const BACKSLASH = '\\';

/**
 * A star next to an underscore, where satteri counts the underscore differently from remark when it decides whether a
 * run of marks opens or closes emphasis: it read `*_*e` and `a *b_*c` with emphasis, remark without. Next to any other
 * punctuation mark the two agree (tests/unit/mdx-tree.test.ts tries each).
 */
const STAR_BY_UNDERSCORE = /\*_|_\*/;

/** A task list's box, which satteri places differently from remark; the site's bodies have no task lists. */
const TASK_BOX = /\[[ xX]\]/;

/** Line endings, as remark keeps them in text. */
const LINE_ENDING = /\r\n|\r|\n/;

/** Two siblings close enough to have been one paragraph: no blank line between them. */
const touching = (before: Node, after: Node) => startOf(after).line - endOf(before).line <= 1;

/**
 * The white space between two elements of one paragraph as remark keeps it: spaces and tabs as they are; a line break
 * as its line ending alone, starting after any spaces that end the line.
 */
function spaceBetween(body: string, before: Node, after: Node): Text | undefined {
  const start = endOf(before);
  const end = startOf(after);
  const between = body.slice(start.offset, end.offset);
  if (between === '') return undefined;
  const ending = LINE_ENDING.exec(between);
  if (!ending) {
    if (!/^[ \t]+$/.test(between)) throw new NotCertain();
    return { type: 'text', value: between, position: { start: { ...start }, end: { ...end } } };
  }
  if (!/^[ \t]*$/.test(between.slice(0, ending.index)) || end.line !== start.line + 1) throw new NotCertain();
  const at = start.offset! + ending.index;
  return {
    type: 'text',
    value: ending[0],
    position: { start: { line: start.line, column: start.column + ending.index, offset: at }, end: { ...end } },
  };
}

/** The paragraph remark reads where satteri lifted `run`'s elements out of it, each inline again. */
function paragraphOf(body: string, run: readonly MdxJsxFlowElement[]): Paragraph {
  const children: Paragraph['children'] = [];
  run.forEach((element, index) => {
    if (index > 0) {
      const space = spaceBetween(body, run[index - 1]!, element);
      if (space) children.push(space);
    }
    children.push({ ...element, type: 'mdxJsxTextElement' } as MdxJsxTextElement);
  });
  return {
    type: 'paragraph',
    children,
    position: { start: { ...startOf(run[0]!) }, end: { ...endOf(run.at(-1)!) } },
  };
}

/** Each run of lifted elements that shared a paragraph in a parent's content, put back in its paragraph. */
function restoreParagraphs(body: string, children: readonly Node[]): Node[] {
  const restored: Node[] = [];
  for (let index = 0; index < children.length; ) {
    const node = children[index]!;
    if (!wasParagraph(node)) {
      restored.push(node);
      index += 1;
      continue;
    }
    const run = [node];
    while (index + run.length < children.length && touching(run.at(-1)!, children[index + run.length]!)) {
      const next = children[index + run.length]!;
      // An empty element or a block on the next line may have stood on its own line or in the paragraph: remark decides.
      if (!wasParagraph(next)) throw new NotCertain();
      run.push(next);
    }
    const before = children[index - 1];
    if (before && touching(before, node)) throw new NotCertain();
    restored.push(paragraphOf(body, run));
    index += run.length;
  }
  return restored;
}

/**
 * Whether an element's text ends as its tags say: with its closing tag, or with "/>" if it has no content. remark
 * refuses an element whose tags cross the marks of emphasis or a link (`<strong>a *b</strong> c*`); satteri reads
 * one, and its element then runs past its own closing tag or stops short of it.
 */
function endsWithItsTag(body: string, node: Jsx): boolean {
  const text = body.slice(startOf(node).offset, endOf(node).offset);
  const closing = `</${node.name ?? ''}>`;
  if (node.children.length === 0 && /\/\s*>$/.test(text)) return true;
  return text.endsWith(closing) && (node.children.length === 0 || endOf(node.children.at(-1)!).offset! <= endOf(node).offset! - closing.length);
}

/**
 * What the text between a node's children (and between its edges and them) may hold: white space, a block quote's
 * marker, and the node's own syntax. Anything else is text satteri left out of the tree: it drops the second of two
 * self-closing elements on one line before a line of spaces (`<Fig id="x" />\t<Fig id="y" />\n  \n`).
 */
const GAP: Readonly<Record<string, RegExp>> = {
  root: /^[\s>]*$/,
  blockquote: /^[\s>]*$/,
  list: /^[\s>]*$/,
  listItem: /^[\s>*+\-\d.)]*$/,
  heading: /^[\s>#=-]*$/,
  paragraph: /^[\s>]*$/,
  emphasis: /^[\s>*_]*$/,
  strong: /^[\s>*_]*$/,
  delete: /^[\s>~]*$/,
  table: /^[\s>|:-]*$/,
  tableRow: /^[\s>|:-]*$/,
  tableCell: /^[\s>|]*$/,
};

/** What may stand before the first child and after the last of an element or a link: its tags or its brackets. */
const EDGES: Readonly<Record<string, readonly [RegExp, RegExp]>> = {
  mdxJsxFlowElement: [/^<[^<]*>[\s>]*$/, /^[\s>]*<\/[^<]*>$/],
  mdxJsxTextElement: [/^<[^<]*>[\s>]*$/, /^[\s>]*<\/[^<]*>$/],
  link: [/^\[$/, /^\]\([^[\]]*\)$/],
};

/** Whether each child lies inside its parent, after the child before it, with nothing but the parent's syntax between. */
function childrenInPlace(body: string, node: Parent): boolean {
  const inner = EDGES[node.type];
  const between = GAP[node.type] ?? /^[\s>]*$/;
  const { children } = node;
  let after = startOf(node).offset!;
  for (const [index, child] of children.entries()) {
    const start = startOf(child).offset!;
    if (start < after || endOf(child).offset! > endOf(node).offset!) return false;
    if (!(index === 0 && inner ? inner[0] : between).test(body.slice(after, start))) return false;
    after = endOf(child).offset!;
  }
  const last = children.length > 0 && inner ? inner[1] : between;
  return children.length === 0 || last.test(body.slice(after, endOf(node).offset));
}

/** Text satteri reads as words where remark may read a tag or an expression, or refuse the body. */
const UNSURE_TEXT = /[<{}]/;

/** Checks every node's type, place and attributes, restores paragraphs at every level, and drops the compiler's mark. */
function toRemarkReading(body: string, node: Node): void {
  if (!CHECKED_TYPES.has(node.type) || !node.position) throw new NotCertain();
  if ('children' in node && !childrenInPlace(body, node)) throw new NotCertain();
  if (node.type === 'text' && UNSURE_TEXT.test(node.value)) throw new NotCertain();
  if (isJsx(node)) {
    if (!endsWithItsTag(body, node)) throw new NotCertain();
    if (node.attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string'))) {
      throw new NotCertain();
    }
    // The MDX compiler's mark on elements written as JSX, which remark's reading does not set.
    const data = node.data as Record<string, unknown> | undefined;
    delete data?._mdxExplicitJsx;
    if (data && Object.keys(data).length === 0) delete node.data;
  }
  if (!('children' in node)) return;
  for (const child of node.children) toRemarkReading(body, child);
  (node as Parent).children = restoreParagraphs(body, node.children) as Parent['children'];
}

/**
 * The body's tree read by satteri in the form remark gives it (remark-parse with remark-mdx and remark-gfm), or
 * undefined where that form is not certain or satteri finds the body unreadable; remark then reads it, and reports
 * what is wrong in its own words. satteri read the 1,005 bodies of 1,000 synthetic sources in a twentieth of remark's
 * time. Where a node ends may differ from remark's (a list item's line that ends in spaces, an indent after a line
 * break), and attributes carry no position: the checks report the line a node starts on, and nothing reads the rest.
 */
export function satteriReading(body: string): Root | undefined {
  if (body.includes(BACKSLASH) || STAR_BY_UNDERSCORE.test(body) || TASK_BOX.test(body)) return undefined;
  let tree: Root;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as Root;
  } catch {
    return undefined;
  }
  try {
    toRemarkReading(body, tree);
    return tree;
  } catch (error) {
    if (error instanceof NotCertain) return undefined;
    throw error;
  }
}
