/**
 * Words as search compares them: runs of letters and digits, accents dropped, so "five-year", "five year"
 * and "Five Year" are the same phrase and "PET/CT" holds the words PET and CT.
 */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Acronyms in capitals (NET, CT) match only as written, so "net" or "ct" inside other text never does. */
export function isAcronym(wording: string): boolean {
  return /\p{Lu}/u.test(wording) && wording === wording.toUpperCase();
}

/** Longest phrase, in words, that a page is checked for. */
const MAX_PHRASE_WORDS = 10;

/** Every run of one to ten words in a text, to look wordings up in: lower-cased, and as written for acronyms. */
export interface PhraseIndex {
  lower: ReadonlySet<string>;
  asWritten: ReadonlySet<string>;
}

export function indexPhrases(text: string): PhraseIndex {
  const words = wordsOf(text);
  const lower = new Set<string>();
  const asWritten = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_PHRASE_WORDS); end += 1) {
      const phrase = words.slice(start, end).join(' ');
      asWritten.add(phrase);
      lower.add(phrase.toLowerCase());
    }
  }
  return { lower, asWritten };
}

/** A wording prepared for looking up: its words joined by single spaces, and whether only its capitals match. */
export interface Wording {
  key: string;
  acronym: boolean;
}

export function toWording(wording: string): Wording {
  const acronym = isAcronym(wording);
  const key = wordsOf(wording).join(' ');
  return { key: acronym ? key : key.toLowerCase(), acronym };
}

/** True when the text holds the wording as whole words (acronyms in capitals only). */
export function hasPhrase(index: PhraseIndex, wording: string | Wording): boolean {
  const { key, acronym } = typeof wording === 'string' ? toWording(wording) : wording;
  if (key === '') return false;
  return acronym ? index.asWritten.has(key) : index.lower.has(key);
}

/** Starts every phrase token; no word a reader types starts so, so a search for "survival" never matches "survival rate". */
const PHRASE_MARK = 'qq';

/**
 * The one word a phrase is indexed and searched as: its words run together behind a mark ("qqcannotberemoved"). Not
 * joined by hyphens, which Pagefind would index part by part as well, bringing back the common words the token stands
 * apart from; and marked, because Pagefind matches the start of words, so "survival" would find "survivalrate".
 */
export function phraseToken(phrase: string): string {
  return `${PHRASE_MARK}${wordsOf(phrase).join('').toLowerCase()}`;
}
