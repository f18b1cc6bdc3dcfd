import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import {
  filtersOf,
  headingOf,
  indexedText,
  isIndexed,
  shapeForIndex,
  shortAnswerOf,
  subheadingsOf,
  titleTextOf,
} from '../../scripts/search/index-html.ts';
import { indexPage } from '../../scripts/search/index-page.ts';
import { expansionOf } from '../../scripts/search/load.ts';
import { wordGroups } from '../../scripts/search/reader-words.ts';
import { readerWordsSchema } from '../../src/schemas/search-words.ts';

const QUESTION = `<!doctype html><html lang="en"><head><title>Q</title></head><body>
<header><form><label>Search</label><input></form></header>
<main data-pagefind-body><div class="wrap">
<div hidden data-pagefind-ignore><span data-pagefind-filter="type">question</span><span data-pagefind-meta="type">Question</span><span data-pagefind-meta="cancer">Neuroendocrine</span></div>
<p><a class="tag" href="/questions/#outlook">Cure, survival and recurrence</a><span class="tag">Neuroendocrine</span></p>
<h1 data-pagefind-weight="10">How long do people live after liver surgery for neuroendocrine tumours?</h1>
<section data-plain-language><h2 id="short-answer">Short answer</h2><p>Many people live a long time. The <span class="term"><a href="/glossary/#median">median</a><span data-pagefind-ignore="all">Median: the middle value.</span></span> was long.</p>
<h2 id="what-it-means">What it means for you</h2><p>Tumours often grow slowly.</p></section>
<table><caption>Figures behind this answer</caption><thead><tr><th>What was measured</th><th>Figure</th></tr></thead>
<tbody><tr><th scope="row">Overall survival<br><span>Lowest and highest.</span></th><td>46–86%</td></tr>
<tr><th scope="row">Recurrence after surgery<span class="row-note">Cited figure.</span></th><td>30–40%</td></tr></tbody></table>
<button type="button">Copy link to Overall survival</button><dl><dt>Design</dt><dd>Review</dd></dl>
</div></main><footer>Footer text</footer></body></html>`;

const parse = () => fromHtml(QUESTION);

describe('reading a built page as the index does', () => {
  test('pages without marked content are not indexed', () => {
    expect(isIndexed(fromHtml('<main><h1>Not found</h1></main>'))).toBe(false);
    expect(isIndexed(parse())).toBe(true);
  });

  test('tags, buttons and column headings are left out, and every block ends a sentence', () => {
    const tree = parse();
    shapeForIndex(tree);
    const text = indexedText(tree);
    expect(text).not.toMatch(/Cure, survival and recurrence|Copy link|What was measured|Footer text|Median: the middle/);
    expect(text).toContain('Figures behind this answer Overall survival. Lowest and highest. 46–86%');
    expect(text).toContain('Recurrence after surgery. Cited figure. 30–40% Design Review');
    const html = JSON.stringify(tree);
    for (const tag of ['"th"', '"caption"', '"dt"', '"dd"', '"table"', '"thead"']) expect(html).not.toContain(`"tagName":${tag}`);
  });

  test.each([
    ['a capital inside nested inline elements', '<p>surgery<span><em>Cited</em> figure.</span></p>', 'surgery. Cited figure.'],
    ['an ignored element between', '<p>surgery<span data-pagefind-ignore>Hidden</span><b>Next</b> one</p>', 'surgery. Next one'],
    ['a word ending nested inline elements', '<p><span><em>40</em>%</span><span>Overall</span></p>', '40%. Overall'],
    ['a lower-case start', '<p>surgery<span>and more</span></p>', 'surgeryand more'],
    ['a block, which already ends a sentence', '<div>surgery<p>Next</p></div>', 'surgery Next'],
    ['text outside any element', '<p><span>surgery</span>Next</p>', 'surgery. Next'],
  ])('a run-on across element edges reads as two sentences only where a word meets a capital: %s', (_, body, text) => {
    const tree = fromHtml(`<main data-pagefind-body>${body}</main>`);
    shapeForIndex(tree);
    expect(indexedText(tree)).toBe(text);
  });

  test('the title, its weighted text, the headings and the filters are read from the page', () => {
    const tree = parse();
    expect(headingOf(tree)).toBe('How long do people live after liver surgery for neuroendocrine tumours?');
    expect(titleTextOf(tree)).toBe('How long do people live after liver surgery for neuroendocrine tumours?');
    expect(subheadingsOf(tree)).toEqual(['Short answer', 'What it means for you']);
    expect(filtersOf(tree)).toEqual({ type: ['question'] });
    const treatment = fromHtml(
      '<main data-pagefind-body><h1>Ablation</h1><p class="lede" data-pagefind-weight="8">Also called: RFA.</p><h2>In short</h2><p data-pagefind-weight="3">Later.</p></main>',
    );
    expect(titleTextOf(treatment)).toBe('Ablation. Also called: RFA.');
  });

  test('only the headings a result links to keep their ids, so other elements add no anchors to what a result downloads', () => {
    const tree = fromHtml(
      '<main data-pagefind-body><h1 id="top">Series A</h1><h2 id="key-figures">Key figures</h2><table><tr id="fig-1"><td>40%</td></tr></table><h3 id="survival">Survival</h3><ol><li id="ref-2">Smith 2010</li></ol></main>',
    );
    shapeForIndex(tree);
    const ids = (node: Root | RootContent): string[] => [
      ...(node.type === 'element' && node.properties.id !== undefined ? [String(node.properties.id)] : []),
      ...('children' in node ? node.children.flatMap(ids) : []),
    ];
    expect(ids(tree)).toEqual(['key-figures', 'survival']);
  });

  test("a question's short answer is the text under its heading, without definitions shown on hover", () => {
    expect(shortAnswerOf(parse())).toBe('Many people live a long time. The median was long.');
    expect(shortAnswerOf(fromHtml('<main data-pagefind-body><h2 id="other">Other</h2><p>x</p></main>'))).toBeUndefined();
  });
});

describe('a page prepared for the index', () => {
  const groups = wordGroups(
    [
      readerWordsSchema.parse({ id: 'carcinoid', siteTerms: 'neuroendocrine', readerWords: 'carcinoid; NET', kind: 'old-name' }),
      readerWordsSchema.parse({
        id: 'survival',
        siteTerms: 'how long do people live',
        readerWords: 'survival; life expectancy',
        kind: 'lay-word',
      }),
    ],
    [],
  );
  const page = indexPage(QUESTION, '/questions/survival-neuroendocrine/', expansionOf(groups))!;
  const meta = (key: string) => new RegExp(`data-pagefind-meta="${key}">([^<]*)<`).exec(page.content)?.[1];

  test('carries the words readers use for its text, its title and its cancer, and its short answer', () => {
    expect(meta('words')?.split(' ')).toEqual(expect.arrayContaining(['carcinoid', 'NET', 'life', 'expectancy', 'qqlifeexpectancy']));
    // Words the text already holds are not repeated.
    expect(meta('words')?.split(' ')).not.toContain('survival');
    expect(meta('title_words')?.split(' ')).toEqual(expect.arrayContaining(['carcinoid', 'survival', 'qqhowlongdopeoplelive']));
    expect(meta('cancer_words')?.split(' ')).toEqual(expect.arrayContaining(['carcinoid', 'NET']));
    expect(meta('answer')).toBe('Many people live a long time. The median was long.');
  });

  test('small words are not added, and the added words are hidden from readers and from the indexed text', () => {
    expect(meta('words')?.split(' ')).not.toContain('of');
    expect(page.content).toMatch(/<div hidden data-pagefind-ignore="">(<span data-pagefind-meta="[a-z_]+">[^<]*<\/span>)+<\/div>/);
  });

  test('keeps only what Pagefind reads: no class, though the shaping read classes to leave tags out', () => {
    expect(QUESTION).toMatch(/ class="/);
    expect(page.content).not.toMatch(/ class=/);
    expect(page.content).toMatch(/<main data-pagefind-body="">/);
  });

  test('reports what suggestions need: address, kind, heading and headings', () => {
    expect(page.summary).toMatchObject({
      url: '/questions/survival-neuroendocrine/',
      type: 'question',
      title: 'How long do people live after liver surgery for neuroendocrine tumours?',
      subheadings: ['Short answer', 'What it means for you'],
    });
  });

  test('a page the index does not read is left out', () => {
    expect(indexPage('<main><h1>Not found</h1></main>', '/404.html', expansionOf([]))).toBeUndefined();
    // Named in its text, not marked: still left out.
    expect(indexPage('<main><h1>Not found</h1><p>data-pagefind-body</p></main>', '/404.html', expansionOf([]))).toBeUndefined();
  });

  test.each([
    [
      'on an inner element',
      QUESTION.replace('<main data-pagefind-body>', '<main>').replace('<div class="wrap">', '<div class="wrap" data-pagefind-body>'),
    ],
    ['with a value', QUESTION.replace('data-pagefind-body', 'data-pagefind-body=""')],
    ['in capitals', QUESTION.replace('data-pagefind-body', 'DATA-PAGEFIND-BODY')],
  ])('a body marked %s is read', (_, html) => {
    expect(indexPage(html, '/questions/survival-neuroendocrine/', expansionOf([]))?.summary.title).toBe(
      'How long do people live after liver surgery for neuroendocrine tumours?',
    );
  });
});
