/** One page found by one searched word: Pagefind's score and the positions of the matching words in the page text. */
export interface TermHit {
  id: string;
  score: number;
  words: number[];
  /** Metadata fields the word matched in (Pagefind's matchedMetaFields). */
  matchedMetaFields?: string[];
}

export interface TermResults {
  term: string;
  hits: TermHit[];
  /** A phrase searched as one word on top of its own words: it adds to a page's score but is never required. */
  bonus?: boolean;
}

/** A matching word's position in the page text, and how telling its word is (rarer words tell more). */
export interface WordAt {
  at: number;
  weight: number;
}

export interface RankedPage {
  id: string;
  score: number;
  /** Searched words the page holds (in its text, or among the words it is also found by). */
  matched: string[];
  /** Searched words it lacks. */
  missing: string[];
  /** Every matching word in the page text, in order. */
  words: WordAt[];
}

export interface RankOptions {
  /** The query was asked as a question: question pages answer it best. */
  question: boolean;
  isQuestionPage: (id: string) => boolean;
  /** Metadata fields naming the cancer a page is about: a page about the cancer the reader named comes first. */
  cancerFields: readonly string[];
  /** Pages about a cancer the reader narrowed the search to (not those about all three): these come first too. */
  aboutChosenCancer?: (id: string) => boolean;
}

/** How much a question page counts for when the reader asked a question. */
export const QUESTION_BOOST = 1.6;
/** How much a page about the cancer the reader named counts for. */
export const CANCER_BOOST = 2;

/**
 * Pagefind finds only pages holding every word of a query, so "will I need chemo before the op" misses the page that
 * says "chemotherapy before liver surgery" but not "need". Each word is searched on its own instead, and a page scores
 * the sum of its words' scores, scaled by the share of words it holds, so pages with every word still come first.
 * With three or more words, a page must hold at least half of them.
 */
export function rankPages(results: readonly TermResults[], options: RankOptions): RankedPage[] {
  const terms = results.filter((result) => !result.bonus).map((result) => result.term);
  const pageCount = new Set(results.flatMap((result) => result.hits.map((hit) => hit.id))).size;
  const byPage = new Map<string, { score: number; matched: Set<string>; words: Map<number, number>; aboutCancer: boolean }>();
  for (const { term, hits } of results) {
    // A word found on few pages says more about a page than one found on nearly all.
    const weight = Math.log(1 + (pageCount + 1) / (hits.length + 1));
    for (const hit of hits) {
      const page = byPage.get(hit.id) ?? { score: 0, matched: new Set<string>(), words: new Map<number, number>(), aboutCancer: false };
      page.score += hit.score;
      page.aboutCancer ||= (hit.matchedMetaFields ?? []).some((field) => options.cancerFields.includes(field));
      page.matched.add(term);
      for (const at of hit.words) page.words.set(at, Math.max(weight, page.words.get(at) ?? 0));
      byPage.set(hit.id, page);
    }
  }
  const needed = terms.length >= 3 ? Math.ceil(terms.length / 2) : 1;
  return [...byPage.entries()]
    .filter(([, page]) => terms.filter((term) => page.matched.has(term)).length >= needed)
    .map(([id, page]) => {
      const matched = terms.filter((term) => page.matched.has(term));
      const coverage = matched.length / terms.length;
      const aboutCancer = page.aboutCancer || (options.aboutChosenCancer?.(id) ?? false);
      const boost = (options.question && options.isQuestionPage(id) ? QUESTION_BOOST : 1) * (aboutCancer ? CANCER_BOOST : 1);
      return {
        id,
        score: page.score * coverage * boost,
        matched,
        missing: terms.filter((term) => !page.matched.has(term)),
        words: [...page.words].map(([at, weight]) => ({ at, weight })).sort((a, b) => a.at - b.at),
      };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
