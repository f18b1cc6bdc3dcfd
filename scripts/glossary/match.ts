import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { escapeRegExp } from '../format/escape-reg-exp.ts';

/** A stretch of text that names a glossary term. */
export interface TermMatch {
  term: GlossaryTerm;
  /** The words as written in the text. */
  text: string;
  index: number;
}

/** Letters, digits and hyphens join into one word, so "grade" is not found inside "high-grade". */
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}-])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}-])';

/** Acronyms in capitals (MDT, NET) match only as written, so "net" in ordinary words never does. */
function isAcronym(wording: string): boolean {
  return /\p{Lu}/u.test(wording) && wording === wording.toUpperCase();
}

/** Finds glossary wordings in text: longest wording first, whole words only. */
export function createTermMatcher(terms: readonly GlossaryTerm[]): (text: string) => TermMatch[] {
  const byWording = new Map<string, { term: GlossaryTerm; exact?: string }>();
  for (const term of terms) {
    for (const wording of [term.term, ...term.aliases]) {
      byWording.set(wording.toLowerCase(), { term, exact: isAcronym(wording) ? wording : undefined });
    }
  }
  if (byWording.size === 0) return () => [];
  const alternatives = [...byWording.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = `(?:${alternatives.join('|')})`;
  // Unicode-aware matching (for the word edges) is several times slower than plain matching, and this runs on every
  // text of every page. So a plain search finds where a wording could start, and the exact pattern is tried only there.
  const candidate = new RegExp(pattern, 'gi');
  const exact = new RegExp(`${WORD_EDGE_BEFORE}${pattern}${WORD_EDGE_AFTER}`, 'iuy');
  return (text) => {
    const matches: TermMatch[] = [];
    candidate.lastIndex = 0;
    for (let found = candidate.exec(text); found; found = candidate.exec(text)) {
      exact.lastIndex = found.index;
      const match = exact.exec(text);
      candidate.lastIndex = match ? found.index + match[0].length : found.index + 1;
      if (!match) continue;
      const entry = byWording.get(match[0].toLowerCase());
      if (entry && (entry.exact === undefined || entry.exact === match[0]))
        matches.push({ term: entry.term, text: match[0], index: found.index });
    }
    return matches;
  };
}
