import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The syntax tree of an MDX body, read as the site's MDX build reads it (Markdown, GFM tables and footnotes,
 * MDX's JSX, expressions and import/export), with line and column on every node.
 * Throws the parser's message, with its place where the parser knows it, on text MDX cannot read.
 */
export function parseMdx(text: string): Root {
  return parser.parse(text);
}
