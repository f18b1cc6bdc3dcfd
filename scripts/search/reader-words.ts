import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import type { ReaderWords } from '../../src/schemas/search-words.ts';
import { hasPhrase, indexPhrases, toWording, wordsOf, type PhraseIndex, type Wording } from './phrases.ts';

/** When a page carries any of `wordings`, search finds it by each of `finds` as well. */
export interface WordGroup {
  wordings: readonly string[];
  finds: readonly string[];
  /** Where the group comes from: a row of the reader-words map, or a glossary entry. */
  from: 'map' | 'glossary';
}

/**
 * The groups search expands a page by: each row of the reader-words map (spellings both ways), and each
 * glossary entry, whose term and aliases all find a page that uses any one of them.
 */
export function wordGroups(rows: readonly ReaderWords[], glossary: readonly GlossaryTerm[]): WordGroup[] {
  return [
    ...rows.flatMap((row) => [
      { wordings: row.siteTerms, finds: row.readerWords, from: 'map' as const },
      ...(row.kind === 'spelling' ? [{ wordings: row.readerWords, finds: row.siteTerms, from: 'map' as const }] : []),
    ]),
    ...glossary.map((term) => ({ wordings: [term.term, ...term.aliases], finds: [term.term, ...term.aliases], from: 'glossary' as const })),
  ];
}

/** A wording found by way of another is followed this many steps ("NET" → "neuroendocrine tumour" → "carcinoid"). */
const STEPS = 2;

/** Wordings a page can be found by beyond its own text: those of every group it carries, less what it already says. */
export function createExpander(groups: readonly WordGroup[]): (text: string | PhraseIndex) => string[] {
  // Each wording's key, lower-cased as found's keys are, is made once rather than on every page at every step.
  const prepare = (wording: string) => ({ wording, prepared: toWording(wording), key: wordsOf(wording).join(' ').toLowerCase() });
  const prepared = groups.map((group) => ({ wordings: group.wordings.map(prepare), finds: group.finds.map(prepare) }));
  return (text) => {
    const index = typeof text === 'string' ? indexPhrases(text) : text;
    const found = new Map<string, string>();
    const carries = ({ prepared: lookup, key }: { prepared: Wording; key: string }) => hasPhrase(index, lookup) || found.has(key);
    for (let step = 0; step < STEPS; step += 1) {
      for (const group of prepared) {
        if (!group.wordings.some(carries)) continue;
        for (const { wording, prepared: lookup, key } of group.finds) {
          if (key !== '' && !found.has(key) && !hasPhrase(index, lookup)) found.set(key, wording);
        }
      }
    }
    return [...found.values()];
  };
}

/** Words joined by hyphens ("5-year", "Clavien–Dindo" is not: only the plain hyphen joins), outer punctuation dropped. */
function hyphenated(text: string): string[] {
  return (
    // The runs between white space that hold a hyphen: splitting a page's whole text at every space to find the few
    // that do made a string of every word.
    (text.match(/\S*-\S*/g) ?? [])
      .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((token) => /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(token))
  );
}

/** The words `text` holds, lower-cased, hyphenated forms whole as well as in parts; `lowerWords` are its words (wordsOf), lower-cased. */
function wordsPresent(text: string, lowerWords: readonly string[]): Set<string> {
  const present = new Set(lowerWords);
  for (const word of hyphenated(text)) present.add(word.toLowerCase());
  return present;
}

/**
 * The words of those wordings that the text lacks, once each: what the index needs to find the page by them.
 * Pagefind matches words, so "liver removal" on a page that already says "liver" adds only "removal". A text already
 * indexed for phrases (indexPhrases) is not split into words again.
 */
export function missingWords(wordings: readonly string[], text: string | PhraseIndex): string[] {
  const { text: own, lower } = typeof text === 'string' ? indexPhrases(text) : text;
  const present = wordsPresent(own, lower);
  const added = new Map<string, string>();
  for (const wording of wordings) {
    // Hyphenated forms are kept whole as well, since the index holds "5-year" as one word as well as its parts.
    for (const word of [...hyphenated(wording), ...wordsOf(wording)]) {
      const key = word.toLowerCase();
      if (!present.has(key) && !added.has(key)) added.set(key, word);
    }
  }
  return [...added.values()];
}

/**
 * Every wording of more than one word the groups hold, lower-cased with single spaces. Split into words, "cannot be
 * removed" is three common words that find almost every page; kept together as one token ("qqcannotberemoved") in the
 * index, and searched as one when a reader types the phrase, it finds the pages it belongs to.
 */
export function groupPhrases(groups: readonly WordGroup[]): string[] {
  const phrases = new Set<string>();
  for (const group of groups) {
    for (const wording of [...group.wordings, ...group.finds]) {
      const words = wordsOf(wording);
      if (words.length > 1) phrases.add(words.join(' ').toLowerCase());
    }
  }
  return [...phrases].sort();
}
