import { LOCATOR_KINDS, type LocatorKind } from '../../src/schemas/locator.ts';
import { bodyTree, fileLine, type BodyDocument } from './body-tree.ts';
import { componentUses } from './mdx-tree.ts';
import type { Problem } from './problems.ts';
import type { QuoteToCheck } from './quote-checks.ts';

/** The MDX component that ties a statement about a source to the source's own words. */
export const CLAIM_COMPONENT = 'Claim';

/** Attributes of <Claim>: which source, its words, and where they are printed. */
export interface ClaimAttributes {
  source: string;
  quote: string;
  locator: LocatorKind;
  detail?: string;
}

const REQUIRED = ['source', 'quote', 'locator'] as const;
const KNOWN = new Set<string>([...REQUIRED, 'detail']);

/**
 * Every <Claim> of a body: its quote goes to the quote check, and its attributes are checked here.
 * `mayCite` says which sources the page may speak for (its own, or those its front matter lists).
 */
export function bodyClaims(
  document: BodyDocument,
  mayCite: (sourceId: string) => string | undefined,
): { quotes: QuoteToCheck[]; problems: Problem[] } {
  const tree = bodyTree(document);
  const quotes: QuoteToCheck[] = [];
  const problems: Problem[] = [];
  if (!tree) return { quotes, problems };
  const seen = new Map<string, number>();
  for (const use of componentUses(tree, CLAIM_COMPONENT)) {
    const line = fileLine(document, use.line);
    const problem = (message: string) => problems.push({ file: document.origin.file, line, field: 'body', message: `<Claim> ${message}` });
    for (const name of use.expressions) problem(`has ${name} written as an {expression}: write every attribute as quoted text`);
    for (const name of Object.keys(use.attributes).filter((key) => !KNOWN.has(key))) problem(`has an unknown attribute "${name}" (known: ${[...KNOWN].join(', ')})`);
    const missing = REQUIRED.filter((name) => !use.attributes[name]);
    if (missing.length > 0) {
      problem(`needs ${missing.map((name) => `${name}="…"`).join(' and ')}`);
      continue;
    }
    const { source, quote, locator } = use.attributes as Record<(typeof REQUIRED)[number], string>;
    if (!(LOCATOR_KINDS as readonly string[]).includes(locator)) problem(`has locator "${locator}"; it must be one of: ${LOCATOR_KINDS.join(', ')}`);
    if (use.text.trim() === '') problem('wraps no words: put the statement it supports between <Claim …> and </Claim>');
    const refusal = mayCite(source);
    if (refusal) {
      problem(refusal);
      continue;
    }
    const earlier = seen.get(quote);
    if (earlier !== undefined) problem(`repeats the quote of line ${earlier}: give one claim per quote on a page`);
    seen.set(quote, line);
    quotes.push({ source, quote, file: document.origin.file, line, field: '<Claim> quote' });
  }
  return { quotes, problems };
}
