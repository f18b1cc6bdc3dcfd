import type { Root, RootContent } from 'mdast';
import { isTimedMeasure, type Outcome } from '../../src/schemas/outcome.ts';
import { bodyTree, fileLine, type BodyDocument } from './body-tree.ts';
import { CLAIM_COMPONENT } from './claims.ts';
import type { Problem } from './problems.ts';

type Node = Root | RootContent;

/**
 * Words a page may use only where a source says them. Each rule names a pattern and the stem the
 * enclosing <Claim>'s quote must contain for the words to be the source's and not the review's.
 */
export const WORDING_RULES = [
  {
    id: 'you-will',
    pattern: /\byou will\b/i,
    allowedBy: undefined,
    message: 'tells the reader what will happen to them; say what the sources found instead',
  },
  {
    id: 'causal',
    pattern: /\b(help(?:s|ed|ing)?|improv(?:e|es|ed|ing)|works? better|worked better|lead(?:s)? to|led to|prolong(?:s|ed)?)\b/i,
    allowedBy: (word: string) => word.toLowerCase().replace(/(s|ed|ing|e)$/, '').replace(/ .*/, ''),
    message: 'makes a causal claim; only a source that says so may make it: wrap it in a <Claim> whose quote says it, or describe what was observed',
  },
  {
    id: 'cure',
    pattern: /\bcur(?:e|es|ed|ing|ative|ability)\b/i,
    allowedBy: () => 'cur',
    message: 'speaks of cure outside a quote; only the sources\u2019 own words may speak of cure: wrap it in a <Claim> whose quote says it',
  },
] as const;

const AFTER_OPERATION = /\bafter (?:their |the |a |his |her )?(?:first |second |liver |repeat )*(?:surgery|operation|resection|treatment|intervention)\b/i;
const HALF_LIVED = /\bhalf\b[^.]{0,60}\b(?:lived|survived|alive)\b|\blived longer than\b/i;

function claimQuote(node: Node): string | undefined {
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== CLAIM_COMPONENT) return undefined;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'quote');
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

function figureId(node: Node): string | undefined {
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Fig') return undefined;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** Phrasing blocks (a paragraph, a list item's line, a table cell): the unit within which words and figures are read together. */
const BLOCKS = new Set(['paragraph', 'tableCell', 'heading']);

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function figuresIn(node: Node): string[] {
  const own = figureId(node);
  const below = 'children' in node ? node.children.flatMap(figuresIn) : [];
  return own ? [own, ...below] : below;
}

/**
 * Wording the content gate can check by machine: no promises to the reader, no causal verbs or talk of
 * cure that no quote supports, and survival figures read only as their method and starting point allow.
 */
export function checkWording(document: BodyDocument, outcomes: ReadonlyMap<string, Pick<Outcome, 'measure' | 'countedFrom' | 'method'>>): Problem[] {
  const tree = bodyTree(document);
  if (!tree) return [];
  const problems: Problem[] = [];
  const report = (node: Node, message: string) =>
    problems.push({ file: document.origin.file, line: fileLine(document, node.position?.start.line ?? 1), field: 'body', message });

  const visit = (node: Node, quotes: readonly string[]) => {
    const quote = claimQuote(node);
    const inside = quote === undefined ? quotes : [...quotes, quote.toLowerCase()];
    if (node.type === 'text') {
      for (const rule of WORDING_RULES) {
        const match = rule.pattern.exec(node.value);
        if (!match) continue;
        const stem = rule.allowedBy?.(match[0]);
        if (stem !== undefined && inside.some((text) => new RegExp(`\\b${stem}`).test(text))) continue;
        report(node, `says "${match[0]}": it ${rule.message}`);
      }
    }
    if (BLOCKS.has(node.type)) {
      const text = textOf(node);
      for (const id of figuresIn(node)) {
        const outcome = outcomes.get(id);
        if (!outcome || !isTimedMeasure(outcome.measure)) continue;
        if (outcome.countedFrom === 'not stated' && AFTER_OPERATION.test(text)) {
          report(node, `says "${AFTER_OPERATION.exec(text)?.[0]}" beside <Fig id="${id}" />, but the source does not say from when that time is counted`);
        }
        if (outcome.measure === 'median-survival' && outcome.method !== 'kaplan-meier' && HALF_LIVED.test(text)) {
          report(node, `reads <Fig id="${id}" /> as "${HALF_LIVED.exec(text)?.[0]}", but only a Kaplan–Meier median may be read that way`);
        }
      }
    }
    if ('children' in node) for (const child of node.children) visit(child, inside);
  };
  visit(tree, []);
  return problems;
}
