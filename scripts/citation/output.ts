import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';

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

function bibliography(cite: Cite, template: 'apa' | 'vancouver'): string {
  // A lone entry of a numbered style still gets its sequence number ("1. "), which means nothing outside a list.
  return cite
    .format('bibliography', { format: 'text', template, lang: LOCALE })
    .trim()
    .replace(/^1\.\s+/, '');
}

/**
 * plugin-ris maps CSL to RIS tags but its text output wraps every value at 70 characters, which splits
 * URLs and DOIs across lines; reference managers expect one tag per line, so the tag objects are written out whole.
 */
function ris(cite: Cite): string {
  return cite
    .format('ris', { format: 'object' })
    .map(({ TY, ...tags }) => {
      const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((item) => `${tag}  - ${item}`));
      return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
    })
    .join('\n');
}

/** Formats one CSL item with citation-js: the strings are the library's, not assembled here. */
export function formatCitation(item: CslItem): Citation {
  const cite = new Cite(item);
  return {
    apa: bibliography(cite, 'apa'),
    vancouver: bibliography(cite, 'vancouver'),
    bibtex: `${cite.format('bibtex', { format: 'text' }).trim()}\n`,
    ris: `${ris(cite)}\n`,
  };
}

/** A download link target that needs no request and no server: the file's text in the address itself. */
export function dataUrl(text: string, mediaType: string): string {
  return `data:${mediaType};charset=utf-8,${encodeURIComponent(text)}`;
}
