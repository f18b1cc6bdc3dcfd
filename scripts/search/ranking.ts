/**
 * Pagefind ranking for this site. A reader types the words of a question or a treatment name, so a
 * match in the page title (a question's wording, a treatment's name) counts for much more than one in
 * the body; term frequency counts for less, because long source pages repeat common words.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 10 },
  termFrequency: 0.6,
  pageLength: 0.5,
  termSaturation: 1.2,
} as const;
