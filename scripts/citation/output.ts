import { Cite, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL, { type CslEngine } from 'citeproc';
import { bibtexEntry } from './bibtex.ts';
import { isMoreAuthors, MORE_AUTHORS, type CslItem } from './csl.ts';
import { risRecord } from './ris.ts';
import { singleEntryStyle } from './single-entry-style.ts';
import { titleTemplates } from './title-template.ts';

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

export type Style = 'apa' | 'vancouver';

const csl = plugins.config.get('@csl');

/** A style's engine and the item it was last given, which citeproc asks for by id while it works. */
interface Formatter {
  engine: CslEngine;
  item?: CslData;
}

const formatters = new Map<Style, Formatter>();

/**
 * One citeproc engine per style, kept for the thread's life, as plugin-csl sets its own up (text output, no links
 * wrapped round URLs and DOIs). The review drives it itself because plugin-csl's bibliography empties the engine's
 * item list before each call and sorts the new list. For a list of one item neither changes the text; without them,
 * the 2,189 citations of a 1,000-source build took 4.9 to 5.0 s on one thread instead of 5.8 s. Each engine is given
 * its style cut down to a list of one (single-entry-style.ts).
 */
function formatter(style: Style): Formatter {
  const known = formatters.get(style);
  if (known) return known;
  const xml = csl.styles.get(style);
  if (xml === undefined) throw new Error(`@citation-js/plugin-csl no longer ships the "${style}" style`);
  const retrieveLocale = (lang: string) => csl.locales.get(lang) ?? csl.locales.get(lang.replace('-', '_')) ?? {};
  const state: Formatter = {
    engine: new CSL.Engine({ retrieveLocale, retrieveItem: () => state.item }, singleEntryStyle(xml, style), LOCALE, true),
  };
  state.engine.setOutputFormat('text');
  state.engine.opt.development_extensions.wrap_url_and_doi = false;
  formatters.set(style, state);
  return state;
}

/** One style's entry for the item, formatted by citeproc. */
export function styleEntry(item: CslItem, style: Style): string {
  // citation-js's reading of the item (dates, names) is what the styles were checked against.
  const [data] = new Cite(forStyles(item)).data;
  if (!data) throw new Error(`citation-js read no item from the citation of "${item.id}"`);
  const state = formatter(style);
  // citeproc keeps what it read of an item that stays listed: a different item under the same id would be printed
  // as the one before.
  if (state.item?.id === data.id) state.engine.updateItems([], true);
  state.item = data;
  state.engine.updateItems([data.id], true);
  const [{ bibstart, bibend }, entries] = state.engine.makeBibliography();
  // A lone entry of a numbered style still gets its sequence number ("1. "), which means nothing outside a list.
  const text = `${bibstart}${entries.join('')}${bibend}`.trim().replace(/^1\.\s+/, '');
  return item.author?.some(isMoreAuthors) ? withEtAl(text) : text;
}

/**
 * Builds citeproc's engine for each style, which takes over half a second, so that the first citation a page
 * waits for is formatted in milliseconds.
 */
export function prepareStyles(): void {
  for (const style of ['apa', 'vancouver'] as const) formatter(style);
}

/** Each style's entries, the review's pages by template (title-template.ts). */
const apa = titleTemplates((item) => styleEntry(item, 'apa'));
const vancouver = titleTemplates((item) => styleEntry(item, 'vancouver'));

/** Formats one CSL item: the styles are citation-js's, the BibTeX and RIS records are citation-js's mapping with the fixes noted there. */
export function formatCitation(item: CslItem): Citation {
  return {
    apa: apa(item),
    vancouver: vancouver(item),
    bibtex: bibtexEntry(item),
    ris: risRecord(item),
  };
}

/** A download link target that needs no request and no server: the file's text in the address itself. */
export function dataUrl(text: string, mediaType: string): string {
  return `data:${mediaType};charset=utf-8,${encodeURIComponent(text)}`;
}
