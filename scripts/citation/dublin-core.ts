/** One <meta name content> pair. */
export type MetaTag = readonly [name: string, content: string];

/** The page facts reference managers read from the head. */
export interface DublinCoreInput {
  title: string;
  /** The review's name: creator and publisher of every page. */
  siteName: string;
  /** YYYY-MM-DD: the page's last review, its date as cited. */
  lastReviewed: string;
}

/**
 * Dublin Core tags describing the page itself, never the document it summarises (Highwire citation_*
 * tags are left out: Google Scholar and Zotero read them as a journal article's own page).
 * Zotero reads a creator without a comma as "given names family-name"; the comma after the review's
 * name makes it keep the organisation as one name, as RIS does.
 */
export function dublinCoreTags(page: DublinCoreInput): MetaTag[] {
  return [
    ['DC.title', page.title],
    ['DC.creator', `${page.siteName},`],
    ['DC.publisher', page.siteName],
    ['DC.date', page.lastReviewed],
    ['DC.language', 'en'],
  ];
}
