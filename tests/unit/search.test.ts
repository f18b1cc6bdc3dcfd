import { describe, expect, test } from 'vitest';
import { addressWords } from '../../scripts/search/address.ts';
import { buildExcerpt, markWords, type ExcerptPart } from '../../scripts/search/excerpt.ts';
import { pagefindEntries, studyNames } from '../../scripts/search/facets.ts';
import { CANCER_BOOST, QUESTION_BOOST, rankPages, type TermResults } from '../../scripts/search/merge.ts';
import { isFormOf, isStopWord, readQuery } from '../../scripts/search/query.ts';
import { MAX_HEADINGS, shapeResult, type PagefindFragment } from '../../scripts/search/results.ts';
import { questionListOrder } from '../../scripts/search/suggest-data.ts';
import { correctWord, editDistance, nearest } from '../../scripts/search/suggest.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { sourceInput } from '../support/records.ts';
import {
  filtersNeeded,
  hasSearch,
  pagefindFilters,
  readSearchState,
  tickedCount,
  writeSearchState,
  type FilterOptions,
} from '../../scripts/search/state.ts';

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
    expect(tickedCount(state)).toBe(2);
    expect(hasSearch(readSearchState(new URLSearchParams('q=+'), OPTIONS))).toBe(false);
  });

  test('a plain search needs no filter file; a ticked filter, a question or the filter counts each need theirs', () => {
    const plain = readSearchState(new URLSearchParams('q=liver'), OPTIONS);
    expect(filtersNeeded(plain, { question: false, counts: false })).toEqual([]);
    expect(filtersNeeded(plain, { question: true, counts: false })).toEqual(['type']);
    expect(filtersNeeded(plain, { question: false, counts: true })).toEqual(['cancer', 'type', 'audience']);
    const ticked = readSearchState(new URLSearchParams('q=liver&audience=clinicians&cancer=breast'), OPTIONS);
    expect(filtersNeeded(ticked, { question: false, counts: false })).toEqual(['cancer', 'audience']);
    expect(filtersNeeded(ticked, { question: true, counts: false })).toEqual(['cancer', 'type', 'audience']);
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
    expect(meta).toEqual([
      { key: 'type', value: 'Glossary' },
      { key: 'cancer', value: 'All three cancers' },
    ]);
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
      { key: 'cancer', value: 'Breast' },
      { key: 'source', value: 'Gangnam series' },
      { key: 'year', value: '2012' },
    ]);
  });

  test('a study is also found by its names, and a page about two cancers names both', () => {
    const { meta } = pagefindEntries({
      type: 'source-summary',
      cancers: ['colorectal', 'breast'],
      audiences: ['clinicians'],
      names: ['Serin KR', 'Istanbul University'],
    });
    expect(meta).toContainEqual({ key: 'cancer', value: 'Colorectal, Breast' });
    expect(meta).toContainEqual({ key: 'study', value: 'Serin KR; Istanbul University' });
  });
});

const text = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');
const marked = (parts: ExcerptPart[]) => parts.filter((part) => part.marked).map((part) => part.text);

describe('what a reader typed, as words to search', () => {
  test('small words are left out, so they neither have to be on a page nor get highlighted', () => {
    expect(readQuery('What is debulking?')).toEqual({ terms: ['debulking'], phrases: [], question: true });
    expect(readQuery('how long do people live after liver surgery for carcinoid').terms).toEqual([
      'long',
      'people',
      'live',
      'after',
      'liver',
      'surgery',
      'carcinoid',
    ]);
    expect(isStopWord('What')).toBe(true);
    expect(isStopWord('before')).toBe(false);
  });

  test('hyphenated words stay whole, punctuation goes, and a query of small words only is searched as typed', () => {
    expect(readQuery('5-year survival, Clavien-Dindo!').terms).toEqual(['5-year', 'survival', 'clavien-dindo']);
    expect(readQuery("Don't").terms).toEqual(['dont']);
    expect(readQuery('what is it').terms).toEqual(['what', 'is', 'it']);
  });

  test('a question is known by its first word or its question mark', () => {
    expect(readQuery('can surgery cure it').question).toBe(true);
    expect(readQuery('octreotide side effects?').question).toBe(true);
    expect(readQuery('carcinoid survival').question).toBe(false);
  });

  test('a known phrase is also searched as the one word the index holds it as', () => {
    const query = readQuery('What if the tumours cannot be removed', ['cannot be removed', 'liver removal']);
    expect(query.phrases).toEqual(['qqcannotberemoved']);
    expect(query.terms).toEqual(['tumours', 'removed']);
  });

  test('a printed word is a form of the searched word, but not the shorter word Pagefind falls back to', () => {
    expect(isFormOf('operating', 'operations')).toBe(true);
    expect(isFormOf('five-year,', 'year')).toBe(true);
    expect(isFormOf('NeuroEndocrine', 'endocrine')).toBe(true);
    expect(isFormOf('Surgery.', 'surgeries')).toBe(true);
    expect(isFormOf('car', 'carcenoid')).toBe(false);
    expect(isFormOf('meta-analysis', 'metastisis')).toBe(false);
  });
});

describe('ranking pages by the words each holds', () => {
  const hit = (id: string, score: number, words: number[] = [], matchedMetaFields: string[] = []) => ({
    id,
    score,
    words,
    matchedMetaFields,
  });
  const options = { question: false, isQuestionPage: (id: string) => id.startsWith('q'), cancerFields: ['cancer_words'] };

  test('a page with every word beats one with a higher score for one word; with three words at least two are needed', () => {
    const results: TermResults[] = [
      { term: 'need', hits: [hit('a', 1)] },
      { term: 'chemo', hits: [hit('a', 1), hit('b', 5)] },
      { term: 'op', hits: [hit('a', 1), hit('c', 9)] },
    ];
    const ranked = rankPages(results, options);
    expect(ranked.map((page) => page.id)).toEqual(['a']);
    expect(ranked[0]).toMatchObject({ matched: ['need', 'chemo', 'op'], missing: [] });
    const two = rankPages(results.slice(1), options);
    expect(two.map((page) => [page.id, page.score])).toEqual([
      ['c', 4.5],
      ['b', 2.5],
      ['a', 2],
    ]);
    expect(two.find((page) => page.id === 'b')?.missing).toEqual(['op']);
  });

  test('question pages come first for a question, pages about the named cancer for a cancer', () => {
    const results: TermResults[] = [{ term: 'survival', hits: [hit('page', 10), hit('q1', 7), hit('net', 4, [], ['cancer_words'])] }];
    expect(rankPages(results, { ...options, question: true }).map((page) => page.id)).toEqual(['q1', 'page', 'net']);
    expect(rankPages(results, options).find((page) => page.id === 'net')?.score).toBe(4 * CANCER_BOOST);
    const narrowed = rankPages(results, { ...options, aboutChosenCancer: (id) => id === 'page' });
    expect(narrowed.find((page) => page.id === 'page')?.score).toBe(10 * CANCER_BOOST);
    expect(CANCER_BOOST).toBeGreaterThan(1);
    expect(QUESTION_BOOST).toBeGreaterThan(1);
  });

  test('a phrase adds to the score of pages holding it but is never required, and never reported missing', () => {
    const results: TermResults[] = [
      { term: 'liver', hits: [hit('a', 1), hit('b', 1)] },
      { term: 'removal', hits: [hit('a', 1), hit('b', 1)] },
      { term: 'qqliverremoval', hits: [hit('b', 3)], bonus: true },
    ];
    const ranked = rankPages(results, options);
    expect(ranked.map((page) => [page.id, page.missing])).toEqual([
      ['b', []],
      ['a', []],
    ]);
  });

  test('matching words are weighted by how few pages hold them', () => {
    const results: TermResults[] = [
      { term: 'keyhole', hits: [hit('a', 1, [40])] },
      { term: 'liver', hits: [hit('a', 1, [3, 40]), hit('b', 1), hit('c', 1)] },
    ];
    const [page] = rankPages(results, options);
    const weightAt = (at: number) => page!.words.find((word) => word.at === at)!.weight;
    expect(weightAt(40)).toBeGreaterThan(weightAt(3));
  });
});

describe('excerpts', () => {
  const content =
    'Short answer. Many people live a long time. Across the published reports, many were alive five years after surgery. ' +
    'What it means for you. The median is the time by which half the people had died. The other half lived longer.';
  const at = (...positions: number[]) => positions.map((position) => ({ at: position, weight: 1 }));

  test('the passage starts and ends on a sentence where one is near, and marks the matching words', () => {
    const words = content.split(' ');
    const median = words.indexOf('median');
    const parts = buildExcerpt(content, at(median), 12);
    expect(text(parts)).toBe('What it means for you. The median is the time by which half the people had died.');
    expect(marked(parts)).toEqual(['median']);
  });

  test('a cut mid-sentence is marked with an ellipsis; a page found by a word it does not print shows its opening', () => {
    const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    expect(text(buildExcerpt(long, at(30), 6))).toMatch(/^… .* …$/);
    expect(text(buildExcerpt(content, [], 6))).toMatch(/^Short answer\. Many people live a long time\./);
  });

  test('the densest, rarest words choose the passage', () => {
    const words = content.split(' ');
    const parts = buildExcerpt(
      content,
      [
        { at: 2, weight: 0.1 },
        { at: words.indexOf('median'), weight: 3 },
      ],
      8,
    );
    expect(marked(parts)).toEqual(['median']);
  });

  test('words of an answer that start with a searched word are marked, small words never', () => {
    expect(marked(markWords('Survival in the reports was long; many survived.', ['surviv', 'the']))).toEqual([
      'Survival',
      'the',
      'survived.',
    ]);
    expect(marked(markWords('Survival was long.', ['x']))).toEqual([]);
  });
});

describe('results', () => {
  const fragment: PagefindFragment = {
    url: '/questions/survival-neuroendocrine/',
    content:
      'How long do people live? Short answer. Many people live a long time. Figures. Overall survival at 5 years. Median survival. Read more. Sources.',
    meta: {
      title: 'How long do people live after liver surgery for neuroendocrine tumours?',
      type: 'Question',
      cancer: 'Neuroendocrine',
      answer: 'Many people live a long time.',
    },
    anchors: [
      { element: 'h2', id: 'short-answer', text: 'Short answer', location: 5 },
      { element: 'h2', id: 'figures', text: 'Figures', location: 13 },
      { element: 'h2', id: 'read-more', text: 'Read more', location: 21 },
      { element: 'tr', id: 'nelm-os-5y', text: '', location: 14 },
    ],
  };
  const words = (...positions: number[]) => positions.map((position) => ({ at: position, weight: 1 }));

  test('a question shows its kind, cancer and short answer; the passage only when the matches lie elsewhere', () => {
    const view = shapeResult(fragment, { matched: ['live'], missing: [], words: words(8) });
    expect(view.details).toBe('Question · Neuroendocrine');
    expect(marked(view.answer!)).toEqual(['live']);
    expect(view.excerpt).toEqual([]);
    const elsewhere = shapeResult(fragment, { matched: ['survival'], missing: ['carcinoid'], words: words(15, 20) });
    expect(marked(elsewhere.excerpt)).toEqual(['survival', 'survival.']);
    expect(elsewhere.missing).toEqual(['carcinoid']);
  });

  test('jumps go to the headed parts holding most matches, in page order', () => {
    const view = shapeResult(fragment, { matched: ['survival'], missing: [], words: words(8, 15, 20) });
    // The short answer is shown already, so its heading is left out.
    expect(view.headings).toEqual([{ title: 'Figures', url: '/questions/survival-neuroendocrine/#figures' }]);
    const withoutAnswer = shapeResult(
      { ...fragment, meta: { ...fragment.meta, answer: undefined } },
      { matched: ['survival'], missing: [], words: words(8, 15, 20) },
    );
    expect(withoutAnswer.headings.map((heading) => heading.title)).toEqual(['Short answer', 'Figures']);
    expect(view.headings.length).toBeLessThanOrEqual(MAX_HEADINGS);
  });
});

describe('suggestions when nothing is found', () => {
  test('edits count letters added, dropped, changed or swapped', () => {
    expect(editDistance('carcenoid', 'carcinoid')).toBe(1);
    expect(editDistance('ablasion', 'ablation')).toBe(1);
    expect(editDistance('hepatecotmy', 'hepatectomy')).toBe(1);
    expect(editDistance('abc', 'abcdefg', 2)).toBe(3);
  });

  test('a misspelt word is corrected to the nearest known word; short or known words are left alone', () => {
    const vocabulary = ['carcinoid', 'octreotide', 'gangnam', 'ablation', 'abdominal', 'hepatectomy'];
    expect(correctWord('carcenoid', vocabulary)).toBe('carcinoid');
    expect(correctWord('Octreatide', vocabulary)).toBe('octreotide');
    expect(correctWord('gangam', vocabulary)).toBe('gangnam');
    expect(correctWord('ablasion', vocabulary)).toBe('ablation');
    expect(correctWord('hepatectomey', vocabulary)).toBe('hepatectomy');
    expect(correctWord('cure', vocabulary)).toBeUndefined();
    expect(correctWord('xyzzy', vocabulary)).toBeUndefined();
  });

  test('the nearest questions and glossary words are those whose words fit the query best', () => {
    const candidates = [
      { title: 'Hospital stay', words: ['hospital', 'stay'] },
      { title: 'Carcinoid crisis', words: ['carcinoid', 'crisis', 'hormone'] },
      { title: 'Hormone control', words: ['hormone', 'control', 'carcinoid'] },
    ];
    expect(nearest(['carcinoid', 'hormones'], candidates, 2).map((entry) => entry.title)).toEqual(['Carcinoid crisis', 'Hormone control']);
    expect(nearest(['carcenoid'], candidates, 3).map((entry) => entry.title)).toEqual(['Carcinoid crisis', 'Hormone control']);
    expect(nearest(['xyzzy'], candidates, 3)).toEqual([]);
  });
});

test('a study is found by its full title, authors, organisation, place and journal', () => {
  const source = sourceSchema.parse(
    sourceInput({
      id: 'mini',
      title: 'A study',
      shortTitle: 'Mini',
      authors: [{ family: 'Serin', given: 'Kursat R.' }, { family: 'Lee' }],
      journal: 'Int J Hepatol',
      kind: 'retrospective-case-series',
      cancers: ['colorectal'],
      country: 'Turkey',
      setting: 'Istanbul University',
      treatments: ['liver-resection'],
      limitations: ['Small.'],
      lastReviewed: '2026-01-01',
      description: 'A study.',
    }),
  );
  expect(studyNames(source)).toEqual(['A study', 'Kursat R. Serin', 'Lee', 'Istanbul University', 'Int J Hepatol', 'Turkey']);
});

test('the words of a missing address become a search', () => {
  expect(addressWords('/questions/carcinoid-survival-rates/')).toBe('carcinoid survival rates');
  expect(addressWords('/sources/Gangnam_series.html')).toBe('Gangnam series');
  expect(addressWords('/bad%E0%A4%A')).toBe('badE0A4A');
  expect(addressWords('/')).toBe('');
});

test('questions are suggested in the order of the questions list', () => {
  expect(
    questionListOrder([
      { id: 'stay', topic: 'operation', order: 2 },
      { id: 'cure', topic: 'outlook', order: 1 },
      { id: 'risks', topic: 'operation', order: 1 },
    ]),
  ).toEqual(['/questions/cure/', '/questions/risks/', '/questions/stay/']);
});
