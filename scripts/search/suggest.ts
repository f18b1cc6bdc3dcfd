/**
 * What the search page needs when a word finds nothing: the questions and glossary entries to suggest, and the
 * words search knows, to correct a misspelt one. Written beside the index at build time and fetched only then.
 */
export interface SuggestionData {
  questions: { title: string; url: string; words: string[] }[];
  terms: { term: string; url: string; definition: string; words: string[] }[];
  /** Every word the site's titles, headings, glossary and reader's-words map hold, lower-cased, once each. */
  vocabulary: string[];
}

/** File name of the suggestion data inside the search bundle folder. */
export const SUGGESTIONS_FILE = 'suggestions.json';

/** Edits (a letter added, dropped, changed or two swapped) between two words, up to `limit` + 1. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Slips allowed for a word of this length: none for short words, where one letter makes another word. */
function allowedEdits(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The known word a misspelt one was most likely meant to be: fewest edits, then one starting with the same letter,
 * then the shortest. Undefined when nothing is close enough.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const limit = allowedEdits(typed);
  if (limit === 0 || vocabulary.includes(typed)) return undefined;
  let best: { word: string; rank: [number, number, number] } | undefined;
  for (const known of vocabulary) {
    const distance = editDistance(typed, known, limit);
    if (distance > limit) continue;
    const rank: [number, number, number] = [distance, known[0] === typed[0] ? 0 : 1, known.length];
    if (!best || compare(rank, best.rank) < 0) best = { word: known, rank };
  }
  return best?.word;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (const [index, value] of a.entries()) {
    const difference = value - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** How well a searched word fits a word of a suggestion: whole word or start of it, then a slip away. */
function fit(term: string, word: string): number {
  if (word === term || (term.length >= 4 && word.startsWith(term))) return 1;
  const limit = allowedEdits(term);
  return limit > 0 && editDistance(term, word, limit) <= limit ? 0.7 : 0;
}

/** Suggestions whose words fit the searched words best, best first; those fitting none are left out. */
export function nearest<T extends { words: readonly string[] }>(terms: readonly string[], candidates: readonly T[], count: number): T[] {
  const wanted = terms.map((term) => term.toLowerCase());
  return candidates
    .map((candidate, order) => ({
      candidate,
      order,
      score: wanted.reduce((sum, term) => sum + Math.max(0, ...candidate.words.map((word) => fit(term, word))), 0),
    }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.candidate);
}
