import { normaliseForQuotes } from '../source-texts/quote-match.ts';
import { hasPhrase, indexPhrases, toWording, wordsOf, type PhraseIndex } from './phrases.ts';

/**
 * The forms a term may take in running text: as listed, and with its last word singular or plural
 * ("metastasectomy" and "metastasectomies", "NETs" and "NET"), as search finds either.
 */
export function termForms(term: string): string[] {
  const words = term.trim().split(/\s+/);
  const last = words.pop() ?? '';
  const lasts = new Set([last]);
  if (/ies$/i.test(last)) lasts.add(last.replace(/ies$/i, 'y'));
  else if (/y$/i.test(last)) lasts.add(last.replace(/y$/i, 'ies'));
  if (/ses$|xes$/i.test(last)) lasts.add(last.slice(0, -2));
  if (/s$/i.test(last) && !/ss$/i.test(last)) lasts.add(last.slice(0, -1));
  else lasts.add(`${last}s`).add(`${last}es`);
  return [...lasts].map((form) => [...words, form].join(' '));
}

export function holdsTerm(index: PhraseIndex, term: string): boolean {
  return termForms(term).some((form) => hasPhrase(index, form));
}

/** A source text prepared for looking terms up. */
export interface SourceTermIndex {
  phrases: PhraseIndex[];
  /** Its words run together with single spaces, lower-cased. */
  flat: string[];
}

/**
 * Words broken across a line end ("metas-\ntases") are read both joined and kept, as in the quote check, since a copy
 * cannot tell which they were.
 */
export function indexSourceTerms(text: string): SourceTermIndex {
  const readings = [normaliseForQuotes(text, true).text, normaliseForQuotes(text, false).text];
  return {
    phrases: readings.map((reading) => indexPhrases(reading)),
    flat: readings.map((reading) => wordsOf(reading).join(' ').toLowerCase()),
  };
}

/**
 * Whether a source prints the term: as whole words, or else run into the next word, as where a copy flattened a
 * pop-up definition into the text ("cryosurgerycryosurgeryA procedure…").
 */
export function sourcePrints(source: SourceTermIndex, term: string): boolean {
  if (source.phrases.some((index) => holdsTerm(index, term))) return true;
  const forms = termForms(term).map((form) => wordsOf(form).join(' ').toLowerCase());
  return source.flat.some((flat) => forms.some((form) => flat.includes(form)));
}

/** What search finds one page by: its own text, and the wordings it is also found by. */
export interface SearchablePage {
  url: string;
  text: PhraseIndex;
  alsoFoundBy: readonly string[];
}

/** Whether search finds the term on the page: in its text, or among its added wordings (any form of either). */
export function pageCarries(page: SearchablePage, term: string): boolean {
  if (holdsTerm(page.text, term)) return true;
  const forms = new Set(termForms(term).map((form) => toWording(form).key.toLowerCase()));
  return page.alsoFoundBy.some((wording) => forms.has(wordsOf(wording).join(' ').toLowerCase()));
}
