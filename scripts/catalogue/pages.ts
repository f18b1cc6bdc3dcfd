/**
 * Catalogue pages (every figure, references, the changelog's source table, the sources list, the glossary) grow
 * with the review. Each is split, in order, into pages small enough to load on a phone; the first page keeps the
 * catalogue's own address, and every row keeps its anchor wherever it lands, so links are resolved per build.
 */

/** One page of a catalogue. */
export interface CataloguePage<T> {
  /** Counting from one. */
  number: number;
  href: string;
  items: T[];
  /** Place of the page's first item in the whole catalogue, counting from zero. */
  offset: number;
}

/** Page n of a catalogue whose first page is at `base` ("/references/"): later pages at "/references/page/2/". */
export function cataloguePageHref(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/**
 * Whether search indexes a page of a catalogue whose rows each repeat what another indexed page holds (a source's
 * figures, patient rows, kind of evidence or review status, all on the source's own page): the first page only.
 * Checked word by word on 10,000 synthetic sources: beyond their page numbers and "(continued)" headings, the later
 * pages of the summary of findings, every figure, cohorts, evidence map, sources list and changelog held no word found
 * on no other indexed page, except a sources-list cell "Not applicable" for a patient count. Each later page would
 * only add to what every first search downloads. Catalogues with words of their own (the survival charts' notes on
 * reading a curve, the references, the glossary) are searched on every page.
 */
export const searchedInCatalogue = (page: { number: number }): boolean => page.number === 1;

/** The rest parameter of a `[...page].astro` route: none for the first page, "page/2" for the second. */
export function cataloguePageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

export interface SplitOptions<T> {
  /** Most weight one page may hold. */
  budget: number;
  /** Weight of one item (its rows, say); one by default. An item heavier than the budget gets a page of its own. */
  weight?: (item: T) => number;
}

/** Splits items, in order, into pages of at most `budget` weight. An empty catalogue still has its first page. */
export function splitCatalogue<T>(items: readonly T[], base: string, options: SplitOptions<T>): CataloguePage<T>[] {
  const weight = options.weight ?? (() => 1);
  const groups: { offset: number; items: T[] }[] = [];
  let current: { offset: number; items: T[] } = { offset: 0, items: [] };
  let used = 0;
  items.forEach((item, index) => {
    const heft = weight(item);
    if (current.items.length > 0 && used + heft > options.budget) {
      groups.push(current);
      current = { offset: index, items: [] };
      used = 0;
    }
    current.items.push(item);
    used += heft;
  });
  groups.push(current);
  return groups.map((group, index) => ({ number: index + 1, href: cataloguePageHref(base, index + 1), ...group }));
}

/** Where each anchor of a split catalogue lands: anchor id → "/references/page/3/#anchor". */
export function anchorHrefs<T>(pages: readonly CataloguePage<T>[], anchors: (item: T) => readonly string[]): Map<string, string> {
  const hrefs = new Map<string, string>();
  for (const page of pages) {
    for (const item of page.items) for (const anchor of anchors(item)) if (!hrefs.has(anchor)) hrefs.set(anchor, `${page.href}#${anchor}`);
  }
  return hrefs;
}

/** Page numbers a pager shows: the first, the last and those near the current one, with a gap where numbers are left out. */
export function pagerNumbers(count: number, current: number, span = 2): (number | 'gap')[] {
  const shown = Array.from({ length: count }, (_, index) => index + 1).filter(
    (number) => number === 1 || number === count || Math.abs(number - current) <= span,
  );
  return shown.flatMap((number, index) => (index > 0 && number - (shown[index - 1] ?? 0) > 1 ? ['gap' as const, number] : [number]));
}

/** Heading words for a page of a split catalogue: nothing on a catalogue of one page, ", page 2 of 7" otherwise. */
export function pageOfPages(page: { number: number }, pages: readonly unknown[]): string {
  return pages.length > 1 ? `, page ${page.number} of ${pages.length}` : '';
}

/**
 * The title of a page of the split catalogue `name` at `pathname` ("Sources, page 2 of 7"), and the social card all
 * its pages share, drawn for its first page under the name alone: the name is written once for both.
 */
export function catalogueTitle(name: string, pathname: string, page: { number: number }, pages: readonly unknown[]) {
  return { title: `${name}${pageOfPages(page, pages)}`, sharedCard: { title: name, pathname } };
}

/** What a page of a catalogue holds, for its pager: "sources 31 to 60 of 10,000". */
export function rangeOnPage(page: CataloguePage<unknown>, total: number, noun: string): string {
  const [first, last] = [page.offset + 1, page.offset + page.items.length].map((number) => number.toLocaleString('en'));
  return `${noun} ${first} to ${last} of ${total.toLocaleString('en')}`;
}
