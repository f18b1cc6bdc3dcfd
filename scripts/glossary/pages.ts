import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { anchorHrefs, splitCatalogue, type CataloguePage } from '../catalogue/pages.ts';

export const GLOSSARY_BASE = '/glossary/';

/** Entries per glossary page; an entry is about 0.6 kB of HTML. */
const TERMS_PER_PAGE = 400;

/** Glossary entries in alphabetical order of the term, as the glossary lists them. */
export function alphabetical<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en'));
}

/** The letter a term is filed under. */
export function letterOf(term: Pick<GlossaryTerm, 'term'>): string {
  return term.term.charAt(0).toUpperCase();
}

/** Anchor of the heading that opens a letter. */
export function letterAnchor(letter: string): string {
  return `letter-${letter}`;
}

/** The glossary's pages, however many terms it grows to. */
export function glossaryPages(terms: readonly GlossaryTerm[]): CataloguePage<GlossaryTerm>[] {
  return splitCatalogue(alphabetical(terms), GLOSSARY_BASE, { budget: TERMS_PER_PAGE });
}

/**
 * Where each entry and each letter lives: the first-use links on every page, the letter index and the treatment
 * pages all ask here, so they land on the right page once the glossary runs to more than one.
 */
export function glossaryHrefs(terms: readonly GlossaryTerm[]): (anchor: string) => string {
  const hrefs = anchorHrefs(glossaryPages(terms), (term) => [term.id, letterAnchor(letterOf(term))]);
  return (anchor) => hrefs.get(anchor) ?? `${GLOSSARY_BASE}#${anchor}`;
}
