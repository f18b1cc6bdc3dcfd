import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { bibtexEntry } from './bibtex.ts';
import { isMoreAuthors, MORE_AUTHORS, type CslItem } from './csl.ts';
import { risRecord } from './ris.ts';

/** One item in every form the cite blocks offer. */
export interface Citation {
  /** APA 7th edition, plain text. */
  apa: string;
  /** NLM/Vancouver (Citing Medicine), plain text. */
  vancouver: string;
  /** BibTeX entry for the .bib download. */
  bibtex: string;
  /** RIS record for the .ris download. */
  ris: string;
}

// plugin-csl ships both styles (the Zotero "apa" and "nlm-citation-sequence" CSL files) and only the en-US locale.
const LOCALE = 'en-US';

/**
 * What the styles are given: a page whose title is its group author's name (the home page) is cited by
 * title alone, as APA does when author and title are the same, rather than printing the name twice.
 */
function forStyles(item: CslItem): CslItem {
  const [first, ...others] = item.author ?? [];
  const sameAsTitle = others.length === 0 && first !== undefined && 'literal' in first && first.literal === item.title;
  return sameAsTitle ? { ...item, author: undefined } : item;
}

/**
 * The styles print the "et al." marker as a last author ("Lee, S. Y., & LMS-MORE-AUTHORS." in APA, "Lee SY,
 * LMS-MORE-AUTHORS." in Vancouver); the conjunction before it goes and the marker becomes "et al", so the
 * style's own full stop closes the abbreviation.
 */
function withEtAl(text: string): string {
  return text.replace(new RegExp(`,?\\s+(?:&\\s+|and\\s+)?${MORE_AUTHORS.literal}`), ', et al');
}

function bibliography(item: CslItem, template: 'apa' | 'vancouver'): string {
  // A lone entry of a numbered style still gets its sequence number ("1. "), which means nothing outside a list.
  const text = new Cite(forStyles(item))
    .format('bibliography', { format: 'text', template, lang: LOCALE })
    .trim()
    .replace(/^1\.\s+/, '');
  return item.author?.some(isMoreAuthors) ? withEtAl(text) : text;
}

/**
 * Builds citeproc's engine for each style, which takes about two seconds and is kept for the thread's life, so
 * that the first citation a page waits for is formatted in milliseconds. A list of no items builds the engine
 * and formats nothing.
 */
export function prepareStyles(): void {
  for (const template of ['apa', 'vancouver'] as const) new Cite([]).format('bibliography', { format: 'text', template, lang: LOCALE });
}

/** Formats one CSL item: the styles are citation-js's, the BibTeX and RIS records are citation-js's mapping with the fixes noted there. */
export function formatCitation(item: CslItem): Citation {
  return {
    apa: bibliography(item, 'apa'),
    vancouver: bibliography(item, 'vancouver'),
    bibtex: bibtexEntry(item),
    ris: risRecord(item),
  };
}

/** A download link target that needs no request and no server: the file's text in the address itself. */
export function dataUrl(text: string, mediaType: string): string {
  return `data:${mediaType};charset=utf-8,${encodeURIComponent(text)}`;
}
