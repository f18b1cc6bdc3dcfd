import { splitCatalogue, type CataloguePage } from './pages.ts';

/**
 * A treatment page names the sources that describe the treatment. Every source of a growing review may name liver
 * resection, so the page names the first few and links to a list of them all, split like any other catalogue.
 */

/** Sources the treatment page names itself: enough to start reading from, few enough to scan on a phone. */
export const SOURCES_ON_TREATMENT_PAGE = 10;

/** Sources per page of a treatment's full list; a list item is about 0.2 kB of HTML. */
export const SOURCES_PER_LIST_PAGE = 500;

/** Where a treatment's full list of sources starts: "/treatments/liver-resection/sources/". */
export const treatmentSourcesBase = (treatment: string): string => `/treatments/${treatment}/sources/`;

export interface TreatmentSources<T> {
  /** Every source that describes the treatment, for what the pages say of them all (how many, the cancers they are about). */
  all: readonly T[];
  /** The sources the treatment page names, in the site's reading order. */
  shown: T[];
  /** Pages of the full list; none when the treatment page already names every source, as a list would only repeat it. */
  pages: CataloguePage<T>[];
}

/** How a treatment's sources are shown: the first few on its own page, and all of them on pages of their own when there are more. */
export function treatmentSources<T>(treatment: string, sources: readonly T[]): TreatmentSources<T> {
  return {
    all: sources,
    shown: sources.slice(0, SOURCES_ON_TREATMENT_PAGE),
    pages:
      sources.length > SOURCES_ON_TREATMENT_PAGE
        ? splitCatalogue(sources, treatmentSourcesBase(treatment), { budget: SOURCES_PER_LIST_PAGE })
        : [],
  };
}
