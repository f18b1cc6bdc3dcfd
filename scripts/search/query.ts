import { phraseToken, wordsOf } from './phrases.ts';

/**
 * Words that carry no meaning of their own in how people ask ("what is", "can I", "will my"). Left in, each
 * would have to appear on a page for it to be found, and would be highlighted everywhere. Words that change
 * the question ("before", "after", "not", "again") are kept.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or of to in on at by for from with about into as is are was were be been being am do does did ' +
    'done can could will would shall should may might must have has had having i im me my mine we us our you your ' +
    'he him his she her it its they them their this that these those there here what whats which who whom whose ' +
    'when where why how if so than then too very just also still really please tell know any some get got ' +
    'cant cannot dont doesnt wont isnt arent'
  ).split(' '),
);

/** Words that open a question; a query that starts with one is asked as a question. */
const QUESTION_OPENERS = new Set(
  'how what when where why who which can could will would should is are am do does did may might has have'.split(' '),
);

export interface SearchQuery {
  /** The words searched for, each on its own: meaningful words only, in the reader's order, once each. */
  terms: string[];
  /** Known phrases the reader typed, as the one word the index holds each as ("qqcannotberemoved"); searched as well. */
  phrases: string[];
  /** Asked as a question ("how long…", "can surgery…?"): question pages come first. */
  question: boolean;
}

/** A word as typed, less the punctuation around it and apostrophes inside it ("don't" → "dont"). */
function bare(token: string): string {
  return token
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Turns what a reader typed into the words to search for. Hyphenated words stay whole ("5-year", "Clavien-Dindo"),
 * as the index holds them whole. A query made only of small words is searched as typed, so it still finds something.
 */
export function readQuery(typed: string, phrases: readonly string[] = []): SearchQuery {
  const tokens = typed.split(/\s+/).map(bare).filter(Boolean);
  const meaningful = tokens.filter((token) => !STOP_WORDS.has(token));
  const words = ` ${wordsOf(typed).join(' ').toLowerCase()} `;
  const terms = [...new Set(meaningful.length > 0 ? meaningful : tokens)];
  const typedPhrases = phrases.filter((phrase) => words.includes(` ${phrase} `)).map(phraseToken);
  return {
    terms,
    phrases: typedPhrases.filter((token) => !terms.includes(token)),
    question: typed.trim().endsWith('?') || QUESTION_OPENERS.has(tokens[0] ?? ''),
  };
}

/** True for a word search leaves out; the search page does not highlight these either. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(bare(word));
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * True when a word printed on a page is a form of the searched word: it starts the same way, allowing for the
 * endings that search ignores ("operations" finds "operating"). Pagefind, finding no word that starts with a searched
 * word, falls back to the longest indexed word the searched one starts with ("car" for "carcenoid"); such a match is
 * not the word the reader meant, and this tells the two apart. Each part of a joined word counts ("year" in "five-year").
 */
export function isFormOf(printed: string, term: string): boolean {
  const wanted = letters(term);
  if (wanted === '') return false;
  const needed = Math.min(wanted.length, Math.max(3, wanted.length - 3));
  const parts = [printed, ...printed.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u)].map(letters);
  return parts.some((part) => {
    let common = 0;
    while (common < part.length && common < wanted.length && part[common] === wanted[common]) common += 1;
    return common >= needed;
  });
}
