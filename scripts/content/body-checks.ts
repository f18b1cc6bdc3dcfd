import type { Outcome } from '../../src/schemas/outcome.ts';
import { forgetBodyTree } from './body-tree.ts';
import { checkBodyFigures, checkBodyProse, type SourceRecord } from './checks.ts';
import { bodyClaims } from './claims.ts';
import type { QuestionRecord, TreatmentRecord } from './guide-checks.ts';
import { checkMarkup } from './markup.ts';
import type { Problem } from './problems.ts';
import type { QuoteToCheck } from './quote-checks.ts';
import { checkWording } from './wording.ts';

/** Which sources a page's claims may quote: a source page its own, a question those it lists, a treatment page any. */
export type CitingRule = { own: string } | { listed: readonly string[] } | { any: true };

/** A page whose body is checked, with the sources its claims may quote. */
export interface PageBody {
  document: SourceRecord | QuestionRecord | TreatmentRecord;
  citing: CitingRule;
}

/** What the body checks know of the rest of the review. */
export interface BodyCheckContext {
  /** Source ids, those that failed their own checks included, in the order they are listed when one is unknown. */
  knownSources: ReadonlySet<string>;
  /** Each outcome record's id with what the wording checks read of it. */
  outcomes: ReadonlyMap<string, Pick<Outcome, 'measure' | 'countedFrom' | 'method'>>;
  /** Outcome ids whose records failed their own checks: already reported, so a body naming one is not reported again. */
  rejectedOutcomes: ReadonlySet<string>;
}

/** What one page's body checks found. */
export interface PageFindings {
  problems: Problem[];
  quotes: QuoteToCheck[];
  markup: { file: string; problems: Problem[]; parsed: boolean };
}

function citingCheck(rule: CitingRule, known: ReadonlySet<string>): (id: string) => string | undefined {
  const unknown = (id: string) => (known.has(id) ? undefined : `names source "${id}", which is not a source id (known: ${[...known].join(', ')})`);
  if ('own' in rule) {
    return (id) => (id === rule.own ? undefined : `names source "${id}", but a source page speaks only for its own source ("${rule.own}")`);
  }
  if ('listed' in rule) {
    return (id) => unknown(id) ?? (rule.listed.includes(id) ? undefined : `names source "${id}", which the page's sources list does not include`);
  }
  return unknown;
}

/**
 * Every check that reads one page's body: no figure typed into the words, every <Fig> naming an outcome record, markup
 * the site allows, wording, and the claims, whose quotes are then looked for in the sources' texts. The body's tree is
 * let go once read: at 10,000 sources, the trees of every body held at once were 309 MB.
 */
export function checkPageBody({ document, citing }: PageBody, context: BodyCheckContext): PageFindings {
  const isFigure = (id: string) => context.outcomes.has(id) || context.rejectedOutcomes.has(id);
  const claims = bodyClaims(document, citingCheck(citing, context.knownSources));
  const problems = [...checkBodyProse(document), ...checkBodyFigures(document, isFigure), ...claims.problems, ...checkWording(document, context.outcomes)];
  const markup = { file: document.origin.file, ...checkMarkup(document) };
  forgetBodyTree(document.body);
  return { problems, quotes: claims.quotes, markup };
}
