import { describe, expect, test } from 'vitest';
import { pagefindEntries } from '../../scripts/search/facets.ts';
import { excerptParts, MAX_HEADINGS, shapeResult } from '../../scripts/search/results.ts';
import { hasSearch, pagefindFilters, readSearchState, writeSearchState, type FilterOptions } from '../../scripts/search/state.ts';

const OPTIONS: FilterOptions = { cancer: ['breast', 'colorectal', 'all'], type: ['question', 'treatment'], audience: ['clinicians'] };

describe('search state in the address', () => {
  test('reads words and known filter values, dropping unknown and repeated ones', () => {
    const state = readSearchState(
      new URLSearchParams('q=+five-year+survival+&cancer=breast&cancer=lung&cancer=breast&type=question'),
      OPTIONS,
    );
    expect(state).toEqual({ query: 'five-year survival', filters: { cancer: ['breast'], type: ['question'], audience: [] } });
  });

  test('writes back what it reads', () => {
    const params = 'q=Gangnam&cancer=breast&cancer=all&audience=clinicians';
    expect(writeSearchState(readSearchState(new URLSearchParams(params), OPTIONS)).toString()).toBe(params);
  });

  test('turns ticked values into Pagefind "any" filters and leaves empty groups out', () => {
    const state = readSearchState(new URLSearchParams('cancer=breast&cancer=colorectal'), OPTIONS);
    expect(pagefindFilters(state)).toEqual({ cancer: { any: ['breast', 'colorectal'] } });
    expect(hasSearch(state)).toBe(true);
    expect(hasSearch(readSearchState(new URLSearchParams('q=+'), OPTIONS))).toBe(false);
  });
});

describe('search results', () => {
  test('excerpts become text and marked parts, with entities decoded and no HTML kept', () => {
    expect(excerptParts('Survival &amp; <mark>octreotide</mark> &lt;b&gt; <em>x</em>')).toEqual([
      { text: 'Survival & ', marked: false },
      { text: 'octreotide', marked: true },
      { text: ' <b> x', marked: false },
    ]);
  });

  test('a result shows its title, details from metadata and only sub-results that jump to a heading', () => {
    const subs = ['#a', '#b', '#c', '#d'].map((hash) => ({ title: hash, url: `/q/${hash}`, excerpt: 'x' }));
    const view = shapeResult({
      url: '/q/',
      excerpt: 'x',
      meta: { title: 'A question?', type: 'Source summary', source: 'Gangnam series', year: '2012' },
      sub_results: [{ title: 'A question?', url: '/q/', excerpt: 'x' }, ...subs],
    });
    expect(view.title).toBe('A question?');
    expect(view.details).toBe('Source summary · Gangnam series · 2012');
    expect(view.headings.map((heading) => heading.url)).toEqual(['/q/#a', '/q/#b', '/q/#c'].slice(0, MAX_HEADINGS));
  });
});

describe('page facets for the index', () => {
  test('a page about every cancer is filed under each cancer and under "all"', () => {
    const { filters, meta } = pagefindEntries({ type: 'glossary', cancers: ['all'], audiences: ['patients-families'] });
    expect(filters.filter((entry) => entry.key === 'cancer').map((entry) => entry.value)).toEqual([
      'neuroendocrine',
      'colorectal',
      'breast',
      'all',
    ]);
    expect(meta).toEqual([{ key: 'type', value: 'Glossary' }]);
  });

  test('a source summary carries its source and year for the results list', () => {
    const { filters, meta } = pagefindEntries({
      type: 'source-summary',
      cancers: ['breast'],
      audiences: ['clinicians'],
      source: 'Gangnam series',
      year: 2012,
    });
    expect(filters).toEqual([
      { key: 'type', value: 'source-summary' },
      { key: 'cancer', value: 'breast' },
      { key: 'audience', value: 'clinicians' },
    ]);
    expect(meta).toEqual([
      { key: 'type', value: 'Source summary' },
      { key: 'source', value: 'Gangnam series' },
      { key: 'year', value: '2012' },
    ]);
  });
});
