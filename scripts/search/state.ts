/** The URL parameter holding the words typed. */
export const QUERY_KEY = 'q';

/** Filters the search page offers, as URL parameters and Pagefind filter keys alike. */
export const FILTER_KEYS = ['cancer', 'type', 'audience'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The values each filter accepts. The page passes them in, so this module (shipped to the browser) stays free of the schemas. */
export type FilterOptions = Record<FilterKey, readonly string[]>;

/** What the reader asked for: the words typed and the filter values ticked. */
export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
}

/** Reads ?q=…&cancer=…&type=… ; unknown filter values are dropped, so a hand-edited link cannot hide every result. */
export function readSearchState(params: URLSearchParams, options: FilterOptions): SearchState {
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key))].filter((value) => options[key].includes(value))]),
  ) as Record<FilterKey, string[]>;
  return { query: (params.get(QUERY_KEY) ?? '').trim(), filters };
}

/** The state as URL parameters, so a search can be bookmarked, shared and reloaded. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_KEY, state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  return params;
}

/** Pagefind filters: any ticked value within a group, every group with a tick. */
export function pagefindFilters(state: SearchState): Partial<Record<FilterKey, { any: string[] }>> {
  return Object.fromEntries(FILTER_KEYS.filter((key) => state.filters[key].length > 0).map((key) => [key, { any: state.filters[key] }]));
}

/** How many filter values are ticked, across every filter. */
export function tickedCount(state: SearchState): number {
  return FILTER_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0);
}

/** True when there is anything to search for: words, a filter, or both. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || tickedCount(state) > 0;
}

/**
 * Filters whose pages a search has to know, each a file of its own to fetch: those ticked, the kinds of page when a
 * question is asked (question pages come first), and every one once the reader turns to the filters, whose counts
 * cover them all. A plain search fetches none.
 */
export function filtersNeeded(state: SearchState, { question, counts }: { question: boolean; counts: boolean }): FilterKey[] {
  return FILTER_KEYS.filter((key) => counts || state.filters[key].length > 0 || (key === 'type' && question));
}
