import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { expect, inject, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { loadGlossary } from '../../scripts/glossary/load.ts';
import { indexedText, shapeForIndex } from '../../scripts/search/index-html.ts';
import { indexPage } from '../../scripts/search/index-page.ts';
import { expansionOf, loadWordGroups } from '../../scripts/search/load.ts';
import { SUGGESTIONS_FILE, type SuggestionData } from '../../scripts/search/suggest.ts';
import { SEARCH_BUNDLE_FOLDER } from '../../src/integrations/search-index.ts';
import { listHtmlPages, pagePath, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const groups = loadWordGroups(contentDir());
const expansion = expansionOf(groups);
/** Every built page as the index step hands it to Pagefind (src/integrations/search-index.ts). */
const indexed = listHtmlPages(siteDir).flatMap((file) => {
  const page = indexPage(readPage(siteDir, file), pagePath(file), expansion);
  return page ? [{ file, ...page }] : [];
});
/** Names the site prints with a capital inside a word. */
const WRITTEN_SO = ['NeuroEndocrine', 'BibTeX', 'JavaScript', 'mCRC'];
const metaOf = (content: string, key: string) => new RegExp(`data-pagefind-meta="${key}">([^<]*)<`).exec(content)?.[1];

test('every indexed page carries its kind and cancer, which results show', () => {
  expect(indexed.length).toBeGreaterThan(40);
  for (const page of indexed) {
    expect(metaOf(page.content, 'type'), page.file).toMatch(/\S/);
    expect(metaOf(page.content, 'cancer'), page.file).toMatch(/\S/);
  }
});

test('every question page carries its short answer', () => {
  const questions = indexed.filter((page) => /^questions\/[^/]+\/index\.html$/.test(page.file));
  expect(questions.length).toBeGreaterThanOrEqual(15);
  for (const page of questions) expect(metaOf(page.content, 'answer'), page.file).toMatch(/\w.{20,}/);
});

test('no two elements run together in the indexed text of any page', () => {
  for (const { file } of indexed) {
    const tree = fromHtml(readPage(siteDir, file));
    shapeForIndex(tree);
    // A lower-case letter straight before a capital ("recurrenceBreast") is two elements run together.
    const runOns = indexedText(tree)
      .match(/\S*\p{Ll}\p{Lu}\S*/gu)
      ?.filter((word) => !WRITTEN_SO.some((name) => word.includes(name)));
    expect(runOns ?? [], file).toEqual([]);
  }
});

test('suggestions for an empty search list every question and glossary entry, and the words to correct spelling against', () => {
  const data = JSON.parse(fs.readFileSync(path.join(siteDir, SEARCH_BUNDLE_FOLDER, SUGGESTIONS_FILE), 'utf8')) as SuggestionData;
  expect(data.questions.map((question) => question.url)).toEqual(
    expect.arrayContaining(indexed.filter((page) => page.summary.type === 'question').map((page) => page.summary.url)),
  );
  expect(data.terms.map((term) => term.term)).toEqual(loadGlossary(contentDir()).map((term) => term.term));
  expect(data.vocabulary).toEqual(expect.arrayContaining(['carcinoid', 'octreotide', 'gangnam', 'hepatectomy', 'metastasis']));
  // Fetched only when a word finds nothing, compressed as the server sends it.
  expect(gzipSync(fs.readFileSync(path.join(siteDir, SEARCH_BUNDLE_FOLDER, SUGGESTIONS_FILE))).length).toBeLessThan(25_000);
});
