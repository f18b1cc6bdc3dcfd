import { describe, expect, it } from 'vitest';
import {
  anchorHrefs,
  cataloguePageHref,
  cataloguePageParam,
  catalogueTitle,
  pageOfPages,
  pagerNumbers,
  rangeOnPage,
  searchedInCatalogue,
  splitCatalogue,
} from '../../scripts/catalogue/pages.ts';
import { SOURCES_ON_TREATMENT_PAGE, SOURCES_PER_LIST_PAGE, treatmentSources } from '../../scripts/catalogue/treatment-sources.ts';

describe('catalogue pages', () => {
  it('titles a page of a split catalogue with its number, and gives every page the card of the first, under the name alone', () => {
    const pages = splitCatalogue(['a', 'b', 'c'], '/sources/', { budget: 1 });
    expect(pages.map((page) => catalogueTitle('Sources', '/sources/', page, pages))).toEqual([
      { title: 'Sources, page 1 of 3', sharedCard: { title: 'Sources', pathname: '/sources/' } },
      { title: 'Sources, page 2 of 3', sharedCard: { title: 'Sources', pathname: '/sources/' } },
      { title: 'Sources, page 3 of 3', sharedCard: { title: 'Sources', pathname: '/sources/' } },
    ]);
    const [only] = splitCatalogue(['a'], '/glossary/', { budget: 5 });
    expect(only && catalogueTitle('Glossary', '/glossary/', only, [only])).toEqual({
      title: 'Glossary',
      sharedCard: { title: 'Glossary', pathname: '/glossary/' },
    });
    expect(pageOfPages({ number: 1 }, [1])).toBe('');
  });

  it("says which items a page holds, in the reader's numbers", () => {
    const pages = splitCatalogue(
      Array.from({ length: 2500 }, (_, index) => index),
      '/sources/',
      { budget: 1000 },
    );
    expect(pages.map((page) => rangeOnPage(page, 2500, 'sources'))).toEqual([
      'sources 1 to 1,000 of 2,500',
      'sources 1,001 to 2,000 of 2,500',
      'sources 2,001 to 2,500 of 2,500',
    ]);
  });

  it('keeps the first page at the catalogue address and numbers the rest beneath it', () => {
    expect(cataloguePageHref('/references/', 1)).toBe('/references/');
    expect(cataloguePageHref('/references/', 3)).toBe('/references/page/3/');
    expect([cataloguePageParam(1), cataloguePageParam(3)]).toEqual([undefined, 'page/3']);
  });

  it('splits in order within the budget, every item on exactly one page', () => {
    const items = Array.from({ length: 23 }, (_, index) => index);
    const pages = splitCatalogue(items, '/x/', { budget: 10 });
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((page) => page.offset)).toEqual([0, 10, 20]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => page.href)).toEqual(['/x/', '/x/page/2/', '/x/page/3/']);
  });

  it('weighs items, giving one heavier than the budget a page of its own', () => {
    const pages = splitCatalogue([2, 2, 9, 1, 30, 1], '/x/', { budget: 10, weight: (item) => item });
    expect(pages.map((page) => page.items)).toEqual([[2, 2], [9, 1], [30], [1]]);
  });

  it('leaves to search only the first page of a catalogue that repeats other pages', () => {
    const pages = splitCatalogue(
      Array.from({ length: 23 }, (_, index) => index),
      '/x/',
      { budget: 10 },
    );
    expect(pages.map(searchedInCatalogue)).toEqual([true, false, false]);
  });

  it('has one empty first page for an empty catalogue', () => {
    expect(splitCatalogue([], '/x/', { budget: 10 })).toEqual([{ number: 1, href: '/x/', items: [], offset: 0 }]);
  });

  it('sends each anchor to the page that holds it, the first holder for a section that runs on', () => {
    const rows = ['a1', 'a2', 'a3', 'b1'].map((id) => ({ section: id[0], id }));
    const hrefs = anchorHrefs(splitCatalogue(rows, '/f/', { budget: 2 }), (row) => [row.section as string, `row-${row.id}`]);
    expect(hrefs.get('a')).toBe('/f/#a');
    expect(hrefs.get('row-a3')).toBe('/f/page/2/#row-a3');
    expect(hrefs.get('b')).toBe('/f/page/2/#b');
  });

  it('shows the first, the last and the pages near the current one', () => {
    expect(pagerNumbers(5, 3)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(40, 1)).toEqual([1, 2, 3, 'gap', 40]);
    expect(pagerNumbers(40, 20)).toEqual([1, 'gap', 18, 19, 20, 21, 22, 'gap', 40]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });
});

describe("a treatment's sources", () => {
  const sources = (count: number) => Array.from({ length: count }, (_, index) => `s${index + 1}`);

  it('names every source on the treatment page when there are few, with no list to repeat them', () => {
    const few = treatmentSources('ablation', sources(SOURCES_ON_TREATMENT_PAGE));
    expect(few.shown).toEqual(sources(SOURCES_ON_TREATMENT_PAGE));
    expect(few.all).toHaveLength(SOURCES_ON_TREATMENT_PAGE);
    expect(few.pages).toEqual([]);
  });

  it('names the first few in order and lists them all on pages under the treatment', () => {
    const count = SOURCES_PER_LIST_PAGE * 2 + 3;
    const many = treatmentSources('liver-resection', sources(count));
    expect(many.shown).toEqual(sources(SOURCES_ON_TREATMENT_PAGE));
    expect(many.all).toHaveLength(count);
    expect(many.pages.map((page) => [page.href, page.items.length])).toEqual([
      ['/treatments/liver-resection/sources/', SOURCES_PER_LIST_PAGE],
      ['/treatments/liver-resection/sources/page/2/', SOURCES_PER_LIST_PAGE],
      ['/treatments/liver-resection/sources/page/3/', 3],
    ]);
    expect(many.pages.flatMap((page) => page.items)).toEqual(sources(count));
  });
});
