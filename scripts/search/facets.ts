import { CANCERS } from '../../src/schemas/vocabulary.ts';
import { PAGE_TYPE_LABELS, pageFacetsSchema, type PageFacets } from '../../src/schemas/page-facets.ts';

export type FacetEntry = { key: string; value: string };

/**
 * What a page hands Pagefind. Filters hold codes, which the search form sends; metadata holds the
 * words shown in results. A page about every cancer is found under each cancer as well as under "all",
 * since a reader narrowing to one cancer still needs it.
 */
export function pagefindEntries(facets: PageFacets): { filters: FacetEntry[]; meta: FacetEntry[] } {
  const page = pageFacetsSchema.parse(facets);
  const cancers = page.cancers.includes('all') ? [...CANCERS, 'all'] : page.cancers;
  return {
    filters: [
      { key: 'type', value: page.type },
      ...cancers.map((value) => ({ key: 'cancer', value })),
      ...page.audiences.map((value) => ({ key: 'audience', value })),
    ],
    meta: [
      { key: 'type', value: PAGE_TYPE_LABELS[page.type] },
      ...(page.source === undefined ? [] : [{ key: 'source', value: page.source }]),
      ...(page.year === undefined ? [] : [{ key: 'year', value: String(page.year) }]),
    ],
  };
}
