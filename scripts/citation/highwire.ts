import type { Source } from '../../src/schemas/source.ts';

/** One <meta name content> pair. */
export type MetaTag = readonly [name: string, content: string];

/**
 * Highwire Press tags for the original document, read by reference managers and scholarly indexers.
 * Only what the front matter gives is emitted: no tag is better than a guessed one.
 */
export function highwireTags(source: Source): MetaTag[] {
  const tags: MetaTag[] = [];
  if (source.title) tags.push(['citation_title', source.title]);
  for (const author of source.authors) {
    tags.push(['citation_author', author.given ? `${author.family}, ${author.given}` : author.family]);
  }
  if (source.journal) tags.push(['citation_journal_title', source.journal]);
  if (source.year !== undefined) tags.push(['citation_publication_date', String(source.year)]);
  if (source.volume) tags.push(['citation_volume', source.volume]);
  if (source.doi) tags.push(['citation_doi', source.doi]);
  return tags;
}
