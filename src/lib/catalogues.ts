import {
  anchorHrefs,
  catalogueTitle,
  cataloguePageParam,
  pageOfPages,
  rangeOnPage,
  splitCatalogue,
  type CataloguePage,
} from '../../scripts/catalogue/pages.ts';
import { sourceStatus, type SourceStatus } from '../../scripts/changelog/source-status.ts';
import { inListOrder } from '../../scripts/citation/reference-list.ts';
import { treatmentSources, type TreatmentSources } from '../../scripts/catalogue/treatment-sources.ts';
import { figureSections } from '../../scripts/tables/all-figures.ts';
import type { Outcome } from '../schemas/outcome.ts';
import type { Reference } from '../schemas/reference.ts';
import type { Source } from '../schemas/source.ts';
import type { TreatmentId } from '../schemas/vocabulary.ts';
import { getOutcomes, getOutcomesOf, getPatients, getPatientsOf, getReferences, getReferencesOf, getSources, once } from './data.ts';

/**
 * How the growing catalogues split into pages, worked out once per build so the pages themselves and every
 * link into them agree. Budgets keep a page near 250 kB of HTML whatever the size of the review.
 */

/** Rows of the every-figure table per page; a row is about 0.7 kB of HTML. */
const FIGURES_PER_PAGE = 250;

export interface FigureItem {
  section: { id: string; title: string };
  outcome: Outcome;
}

export const ALL_FIGURES_BASE = '/compare/all-figures/';

const getFigureSections = once(async () => figureSections(await getOutcomes()));

export const getAllFiguresPages = once(async (): Promise<CataloguePage<FigureItem>[]> => {
  const items = (await getFigureSections()).flatMap(({ outcomes, ...section }) => outcomes.map((outcome) => ({ section, outcome })));
  return splitCatalogue(items, ALL_FIGURES_BASE, { budget: FIGURES_PER_PAGE });
});

const getAllFiguresAnchors = once(async () =>
  anchorHrefs(await getAllFiguresPages(), (item) => [item.section.id, `all-${item.outcome.id}`]),
);

/** The every-figure page holding a section ("figures-survival") or a row ("all-<outcome id>"), with the anchor. */
export async function allFiguresHref(anchor: string): Promise<string> {
  return (await getAllFiguresAnchors()).get(anchor) ?? ALL_FIGURES_BASE;
}

/** The table's sections in order, each with a link to where it starts. */
export const getAllFiguresContents = once(async () => {
  const anchors = await getAllFiguresAnchors();
  return (await getFigureSections()).map((section) => ({
    id: section.id,
    title: section.title,
    count: section.outcomes.length,
    href: anchors.get(section.id) ?? ALL_FIGURES_BASE,
  }));
});

/** Weight of the references pages: one per source and one per entry of its reference list, each well under 0.5 kB. */
const REFERENCE_ITEMS_PER_PAGE = 600;

export interface ReferenceItem {
  source: Source;
  /** The source's reference-list entries the review mentions, in the list's own order. */
  entries: Reference[];
}

/** Each source with the entries of its own reference list, so a source and the studies it cites share a page. */
export const getReferencePages = once(async (): Promise<CataloguePage<ReferenceItem>[]> => {
  const items = await Promise.all(
    (await getSources()).map(async ({ data: source }) => ({ source, entries: inListOrder(await getReferencesOf(source.id)) })),
  );
  return splitCatalogue(items, '/references/', { budget: REFERENCE_ITEMS_PER_PAGE, weight: (item) => 1 + item.entries.length });
});

/** Rows of the changelog's source table per page; a row is about 0.25 kB of HTML. */
const STATUS_ROWS_PER_PAGE = 800;

/** The changelog's table of sources, most recently reviewed first; the dated changes head its first page. */
export const getChangelogPages = once(async (): Promise<CataloguePage<SourceStatus>[]> => {
  const status = sourceStatus(
    (await getSources()).map((entry) => entry.data),
    { outcomes: await getOutcomes(), patients: await getPatients(), references: await getReferences() },
  );
  return splitCatalogue(status, '/changelog/', { budget: STATUS_ROWS_PER_PAGE });
});

/** Rows of the sources list per page; a row is about 0.25 kB of HTML. */
const SOURCES_PER_PAGE = 800;

/** The list of sources, in the site's reading order. */
export const getSourceListPages = once(async (): Promise<CataloguePage<Source>[]> =>
  splitCatalogue(
    (await getSources()).map((entry) => entry.data),
    '/sources/',
    { budget: SOURCES_PER_PAGE },
  ),
);

/** Each treatment's sources, in the site's reading order, gathered in one pass over the sources. */
const getSourcesByTreatment = once(async () => {
  const byTreatment = new Map<TreatmentId, Source[]>();
  for (const { data: source } of await getSources()) {
    for (const treatment of source.treatments) {
      const list = byTreatment.get(treatment);
      if (list) list.push(source);
      else byTreatment.set(treatment, [source]);
    }
  }
  return byTreatment;
});

/** The sources a treatment page names and the pages of its full list (scripts/catalogue/treatment-sources.ts). */
export async function getTreatmentSources(treatment: TreatmentId): Promise<TreatmentSources<Source>> {
  return treatmentSources(treatment, (await getSourcesByTreatment()).get(treatment) ?? []);
}

/**
 * Sources per page of each comparison, for a page near 250 kB: a summary-of-findings column is about 7 kB
 * of HTML, a cohort row or a source's share of the charts about 1.5 kB, and the evidence map marks its
 * sources A to Z.
 */
export const COMPARISON_SOURCES_PER_PAGE = {
  '/compare/': 30,
  '/compare/cohorts/': 150,
  '/compare/evidence-map/': 26,
  '/compare/survival-charts/': 150,
} as const;

export type ComparisonBase = keyof typeof COMPARISON_SOURCES_PER_PAGE;

const comparisonPages = Object.fromEntries(
  (Object.keys(COMPARISON_SOURCES_PER_PAGE) as ComparisonBase[]).map((base) => [
    base,
    once(async () =>
      splitCatalogue(
        (await getSources()).map((entry) => entry.data),
        base,
        { budget: COMPARISON_SOURCES_PER_PAGE[base] },
      ),
    ),
  ]),
) as Record<ComparisonBase, () => Promise<CataloguePage<Source>[]>>;

/** A comparison split by source, in the site's reading order: each page compares its own sources. */
export function getComparisonPages(base: ComparisonBase): Promise<CataloguePage<Source>[]> {
  return comparisonPages[base]();
}

/** The pages a comparison is built as, for its getStaticPaths. */
export async function comparisonPaths(base: ComparisonBase) {
  return (await getComparisonPages(base)).map((page) => ({ params: { page: cataloguePageParam(page.number) }, props: { page } }));
}

/**
 * What one page of a comparison named `name` is built from: every page of it (for the pager), its title and shared
 * card, its heading words, the range of sources it holds, and its own sources with their figures and patient rows.
 */
export async function comparisonPage(base: ComparisonBase, name: string, page: CataloguePage<Source>) {
  const pages = await getComparisonPages(base);
  const [outcomes, patients] = await Promise.all([
    Promise.all(page.items.map((source) => getOutcomesOf(source.id))),
    Promise.all(page.items.map((source) => getPatientsOf(source.id))),
  ]);
  return {
    pages,
    named: catalogueTitle(name, base, page, pages),
    paged: pageOfPages(page, pages),
    holds: rangeOnPage(page, (await getSources()).length, 'sources'),
    sources: [...page.items],
    outcomes: outcomes.flat(),
    patients: patients.flat(),
  };
}
