import { CANCERS } from '../../src/schemas/vocabulary.ts';
import { CANCER_FILTER_LABELS, PAGE_TYPE_LABELS, pageFacetsSchema, type PageFacets } from '../../src/schemas/page-facets.ts';
import type { Source } from '../../src/schemas/source.ts';
import { PAGE_META } from './ranking.ts';

export type FacetEntry = { key: string; value: string };

/**
 * What a page hands Pagefind. Filters hold codes, which the search form sends; metadata holds the
 * words shown in results. A page about every cancer is found under each cancer as well as under "all",
 * since a reader narrowing to one cancer still needs it.
 */
export function pagefindEntries(facets: PageFacets): { filters: FacetEntry[]; meta: FacetEntry[] } {
  const page = pageFacetsSchema.parse(facets);
  const all = page.cancers.includes('all');
  const cancers = all ? [...CANCERS, 'all'] : page.cancers;
  const cancerLabel = all ? CANCER_FILTER_LABELS.all : page.cancers.map((cancer) => CANCER_FILTER_LABELS[cancer]).join(', ');
  return {
    filters: [
      { key: 'type', value: page.type },
      ...cancers.map((value) => ({ key: 'cancer', value })),
      ...page.audiences.map((value) => ({ key: 'audience', value })),
    ],
    meta: [
      { key: PAGE_META.type, value: PAGE_TYPE_LABELS[page.type] },
      { key: PAGE_META.cancer, value: cancerLabel },
      ...(page.source === undefined ? [] : [{ key: PAGE_META.source, value: page.source }]),
      ...(page.year === undefined ? [] : [{ key: PAGE_META.year, value: String(page.year) }]),
      ...(page.names.length === 0 ? [] : [{ key: PAGE_META.names, value: page.names.join('; ') }]),
    ],
  };
}

/** Names a clinician may search a study by: its full title, every author, the organisation, hospital, journal and country. */
export function studyNames(source: Source): string[] {
  const authors = source.authors.map((author) => [author.given, author.family].filter(Boolean).join(' '));
  const names = [source.title, ...authors, source.organisation, source.setting, source.journal, source.country];
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}
