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

/**
 * A text prepared for looking wordings up: its words as written and lower-cased, and where each lower-cased word
 * stands. Every run of words is not listed in advance, which for a long page meant tens of thousands of strings
 * when only a few hundred wordings are ever looked for.
 */
export interface PhraseIndex {
  /** The text itself. */
  text: string;
  asWritten: readonly string[];
  lower: readonly string[];
  positions: ReadonlyMap<string, readonly number[]>;
}

export function indexPhrases(text: string): PhraseIndex {
  const asWritten = wordsOf(text);
  const lower = asWritten.map((word) => word.toLowerCase());
  const positions = new Map<string, number[]>();
  lower.forEach((word, position) => {
    const list = positions.get(word);
    if (list) list.push(position);
    else positions.set(word, [position]);
  });
  return { text, asWritten, lower, positions };
}

/** A wording prepared for looking up: its words joined by single spaces, and whether only its capitals match. */
export interface Wording {
  key: string;
  acronym: boolean;
  /** The key's words, and the first lower-cased, where a look-up starts. */
  words: readonly string[];
  first: string;
}

// The same few hundred wordings are looked up on every page, so each is prepared once.
const preparedWordings = new Map<string, Wording>();

export function toWording(wording: string): Wording {
  let prepared = preparedWordings.get(wording);
  if (!prepared) {
    const acronym = isAcronym(wording);
    const written = wordsOf(wording);
    const words = acronym ? written : written.map((word) => word.toLowerCase());
    prepared = { key: words.join(' '), acronym, words, first: (words[0] ?? '').toLowerCase() };
    preparedWordings.set(wording, prepared);
  }
  return prepared;
}

/** True when the text holds the wording as whole words (acronyms in capitals only). */
export function hasPhrase(index: PhraseIndex, wording: string | Wording): boolean {
  const { words: wanted, acronym, first } = typeof wording === 'string' ? toWording(wording) : wording;
  if (wanted.length === 0) return false;
  const starts = index.positions.get(first);
  if (!starts) return false;
  const words = acronym ? index.asWritten : index.lower;
  // Plain loops: this runs for every wording on every page, and was a sixth of the time spent shaping pages.
  for (const start of starts) {
    let offset = 1;
    while (offset < wanted.length && words[start + offset] === wanted[offset]) offset += 1;
    if (offset === wanted.length && (!acronym || words[start] === wanted[0])) return true;
  }
  return false;
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
