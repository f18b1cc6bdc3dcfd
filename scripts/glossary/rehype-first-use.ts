import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { createTermMatcher, type TermMatch } from './match.ts';
import { glossaryHrefs } from './pages.ts';

/** Id of the definition a first use points at; prefixed so it never clashes with a heading or figure anchor. */
export function definitionId(id: string): string {
  return `define-${id}`;
}

/** Text inside these is left alone: links and headings must keep their own wording, code is literal. */
const SKIPPED_ELEMENTS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'dfn', 'abbr', 'caption', 'th']);

/**
 * The first use as a link to the glossary, described by its definition: a screen reader announces the
 * definition with the link, and CSS shows it on hover and keyboard focus, so no script is needed.
 */
function termElement(match: TermMatch, glossaryHref: (id: string) => string): Element {
  const { term } = match;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['term-link'], href: glossaryHref(term.id), ariaDescribedBy: [definitionId(term.id)] },
        children: [{ type: 'text', value: match.text }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: {
          id: definitionId(term.id),
          className: ['term-definition'],
          role: 'tooltip',
          dataTermDefinition: '',
          dataPagefindIgnore: 'all',
        },
        children: [{ type: 'text', value: `${term.term}: ${term.definition}` }],
      },
    ],
  };
}

type Parent = { children: (RootContent | ElementContent)[] };

function isSkipped(node: RootContent | ElementContent): boolean {
  if (node.type === 'element') return SKIPPED_ELEMENTS.has(node.tagName);
  // MDX components (<Fig>) render their own markup.
  return (node.type as string) === 'mdxJsxTextElement' && (node as unknown as { name?: string }).name === 'Fig';
}

type TermFinder = ReturnType<typeof createTermMatcher>;

/** Replaces the first use of each term in the tree, in document order; later uses stay plain text. */
export function markFirstUses(tree: Root, find: TermFinder, glossaryHref: (id: string) => string): void {
  const seen = new Set<string>();
  const visit = (parent: Parent) => {
    parent.children = parent.children.flatMap((child): (RootContent | ElementContent)[] => {
      if (child.type === 'text') return splitText(child, find, seen, glossaryHref);
      if (!isSkipped(child) && 'children' in child) visit(child as Parent);
      return [child];
    });
  };
  visit(tree);
}

function splitText(node: Text, find: TermFinder, seen: Set<string>, glossaryHref: (id: string) => string): ElementContent[] {
  const parts: ElementContent[] = [];
  let cursor = 0;
  for (const match of find(node.value)) {
    if (seen.has(match.term.id)) continue;
    seen.add(match.term.id);
    if (match.index > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, match.index) });
    parts.push(termElement(match, glossaryHref));
    cursor = match.index + match.text.length;
  }
  if (parts.length === 0) return [node];
  if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
  return parts;
}

/** Rehype plugin, used as [rehypeGlossaryFirstUse, { terms }]: the first use of each glossary term on a page shows its definition. */
export function rehypeGlossaryFirstUse(options: { terms: readonly GlossaryTerm[] }) {
  const find = createTermMatcher(options.terms);
  const href = glossaryHrefs(options.terms);
  return (tree: Root) => markFirstUses(tree, find, href);
}
