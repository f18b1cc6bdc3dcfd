import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { INLINE_HTML_ELEMENTS } from '../content/markup.ts';
import { handedTreesDir, takeTree } from '../content/handed-trees.ts';
import { parseMdxBody } from '../content/mdx-tree.ts';
import { rehypeGlossaryFirstUse } from '../glossary/rehype-first-use.ts';
import { BODY_COMPONENTS, type BodyContext } from './body-components.ts';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
const JSX_TYPES: JsxElement['type'][] = ['mdxJsxFlowElement', 'mdxJsxTextElement'];
const INLINE_ELEMENTS: ReadonlySet<string> = new Set(INLINE_HTML_ELEMENTS);

function isJsx(node: Root | RootContent | ElementContent): node is JsxElement {
  return (JSX_TYPES as string[]).includes(node.type);
}

/** Attribute values as written; the gate has already refused {expressions}, so every value is text or absent. */
function attributesOf(node: JsxElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute') attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
  }
  return attributes;
}

/** A component or inline element of the body as the HTML it stands for, its own children first. */
function renderJsx(node: JsxElement, context: BodyContext): ElementContent[] {
  const children = renderChildren(node.children as ElementContent[], context);
  const name = node.name ?? '';
  const attributes = attributesOf(node);
  if (Object.hasOwn(BODY_COMPONENTS, name)) return BODY_COMPONENTS[name as keyof typeof BODY_COMPONENTS](attributes, children, context);
  if (INLINE_ELEMENTS.has(name)) return [h(name, attributes, children)];
  throw new Error(`${context.file}: <${name}> is neither a component of this site nor an inline element a body may use`);
}

function renderChildren(children: ElementContent[], context: BodyContext): ElementContent[] {
  return children.flatMap((child) => {
    if (isJsx(child)) return renderJsx(child, context);
    if (child.type === 'element') child.children = renderChildren(child.children, context);
    return [child];
  });
}

/**
 * Turns MDX bodies into HTML while the pages are written, the way Astro's MDX pipeline did (GitHub-flavoured
 * Markdown, typographic quotes, heading anchors, the glossary's first uses) but without making each body a
 * JavaScript module for Vite to bundle: with thousands of sources those modules, not the pages, used most of
 * the build's time and memory. Bodies read no code, so nothing is lost: the gate allows only Markdown, the
 * site's components and a few inline elements, each with quoted attributes.
 */
export function createBodyRenderer(terms: readonly GlossaryTerm[]) {
  const toHast = unified()
    .use(remarkSmartypants)
    .use(remarkRehype, { passThrough: JSX_TYPES })
    .use(rehypeGlossaryFirstUse, { terms })
    .use(rehypeHeadingIds)
    .freeze();
  const handed = handedTreesDir();
  return (body: string, context: BodyContext): string => {
    // Each page reads its own copy of the tree, so no page holds on to another's or finds it changed by a transform.
    const tree = (handed && takeTree(handed, body)) || parseMdxBody(body);
    const hast = toHast.runSync(tree, { path: context.file }) as Root;
    hast.children = renderChildren(hast.children as ElementContent[], context);
    return toHtml(hast, { collapseEmptyAttributes: true });
  };
}
