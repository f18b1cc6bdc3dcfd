/** Metadata keys every page declares for itself (src/components/search/PageFacets.astro); results show the first four. */
export const PAGE_META = { type: 'type', cancer: 'cancer', source: 'source', year: 'year', names: 'study' } as const;

/** Id of a question page's "Short answer" heading: the index takes the answer from under it, and results show it. */
export const SHORT_ANSWER_ID = 'short-answer';

/** Metadata the index step adds to pages, beside what each page declares for itself. */
export const SEARCH_META = {
  /** Words readers use for what the page's text says ("carcinoid" on a page about neuroendocrine tumours). */
  words: 'words',
  /** The same for the page's title alone, so a page whose title names the thing comes first. */
  titleWords: 'title_words',
  /** Words readers use for the cancer the page is about ("carcinoid" for neuroendocrine, "bowel" for colorectal). */
  cancerWords: 'cancer_words',
  /** A question page's short answer, shown in its result. */
  answer: 'answer',
} as const;

/**
 * Pagefind ranking for this site. A reader types the words of a question or a treatment name, so a
 * match in the page title (a question's wording, a treatment's name), or in the reader's words for it, counts for
 * much more than one in the body; a study's names (title, authors, hospital, journal) put its source page first.
 * Term frequency counts for less, because long source pages repeat common words.
 */
export const SEARCH_RANKING = {
  metaWeights: {
    title: 10,
    [SEARCH_META.titleWords]: 8,
    [PAGE_META.names]: 8,
    [SEARCH_META.words]: 1,
    [SEARCH_META.answer]: 2,
    [PAGE_META.cancer]: 5,
    [SEARCH_META.cancerWords]: 5,
  },
  termFrequency: 0.6,
  pageLength: 0.5,
  termSaturation: 1.2,
} as const;
