import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { satteriReading } from './satteri-reading.ts';

// Made once: a processor made for each body set its plugins up again every time, a tenth of the time parsing took.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** remark's reading of an MDX body (MDX with GitHub-flavoured Markdown), with positions: the one the site follows. */
export function parseMdxBodyWithRemark(body: string): Root {
  return mdxParser.parse(body);
}

/**
 * The reading of an MDX body the gate checks and the pages show: remark's, made by satteri where it can be
 * (satteri-reading.ts), and by remark itself otherwise, which also words every error.
 */
export function parseMdxBody(body: string): Root {
  return satteriReading(body) ?? parseMdxBodyWithRemark(body);
}

type Node = Root | RootContent;

/** Every node of the tree, parents before children. */
export function* walk(node: Node): Generator<Node> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** A component used in a body, with its literal attributes; an attribute given as an {expression} is reported, not read. */
export interface ComponentUse {
  name: string;
  /** Line within the body, counting from one. */
  line: number;
  attributes: Record<string, string>;
  /** Attributes written as {expressions}, which the gate cannot read. */
  expressions: string[];
  /** The words the component wraps, as plain text. */
  text: string;
  node: Node;
}

function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child)).join('') : '';
}

export function componentUses(tree: Root, name: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const node of walk(tree)) {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== name) continue;
    const attributes: Record<string, string> = {};
    const expressions: string[] = [];
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') expressions.push('{…}');
      else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
      else if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = '';
      else expressions.push(attribute.name);
    }
    uses.push({ name, line: node.position?.start.line ?? 1, attributes, expressions, text: plainText(node), node });
  }
  return uses;
}
