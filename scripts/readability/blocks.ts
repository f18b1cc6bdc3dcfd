import type { Element, Nodes } from 'hast';

/** Elements that end one run of reading text and start another. */
const BLOCK_TAGS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'blockquote',
  'figcaption',
  'caption',
  'div',
  'section',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'br',
]);
/** Headings and buttons are labels rather than sentences, and definitions shown on demand are not part of the running text. */
const LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button']);

/**
 * A popover ("What the source says") holds the source's own words, copied exactly and opened on demand:
 * the review may not reword them, so they are not held to its reading grade.
 */
function isSkipped(element: Element): boolean {
  return (
    LABEL_TAGS.has(element.tagName) ||
    element.properties.dataTermDefinition !== undefined ||
    element.properties.hidden !== undefined ||
    element.properties.popover !== undefined
  );
}

/** The reading text of an element, one string per paragraph, list item or table cell. */
export function textBlocks(root: Nodes): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') blocks.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      current += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && isSkipped(node)) return;
    const isBlock = node.type === 'element' && BLOCK_TAGS.has(node.tagName);
    if (isBlock) flush();
    for (const child of node.children) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}
