import fs from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { expect, inject, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { loadGlossary } from '../../scripts/glossary/load.ts';
import { indexedText, shapeForIndex } from '../../scripts/search/index-html.ts';
import { indexPage } from '../../scripts/search/index-page.ts';
import { expansionOf, loadWordGroups } from '../../scripts/search/load.ts';
import { SUGGESTIONS_FILE, type SuggestionData } from '../../scripts/search/suggest.ts';
import { hasBrotliCopy } from '../../scripts/build/precompress.ts';
import { SEARCH_BUNDLE_FOLDER } from '../../scripts/build/search-index.ts';
import { INDEX_ONLY_META, PAGEFIND_SIGNATURE, unpackPagefindFile } from '../../scripts/search/fragments.ts';
import { listHtmlPages, pagePath, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const groups = loadWordGroups(contentDir());
const expansion = expansionOf(groups);
/** Every built page as the index step hands it to Pagefind (scripts/build/search-index.ts). */
const indexed = listHtmlPages(siteDir).flatMap((file) => {
  const page = indexPage(readPage(siteDir, file), pagePath(file), expansion);
  return page ? [{ file, ...page }] : [];
});
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

const CAMEL = /\S*\p{Ll}\p{Lu}\S*/gu;
const letters = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Words of the indexed text with a lower-case letter straight before a capital that the page does not print so: two
 * elements run together ("recurrenceBreast"). Words printed that way in one piece of text ("DeMatteo", "BibTeX") are not.
 */
function runOns(file: string, shape: boolean): string[] {
  const tree = fromHtml(readPage(siteDir, file));
  const printed = new Set<string>();
  const collect = (node: Root | RootContent) => {
    if (node.type === 'text') for (const word of node.value.match(CAMEL) ?? []) printed.add(letters(word));
    if ('children' in node) node.children.forEach(collect);
  };
  collect(tree);
  if (shape) shapeForIndex(tree);
  return (indexedText(tree).match(CAMEL) ?? []).filter((word) => !printed.has(letters(word)));
}

test('no two elements run together in the indexed text of any page', () => {
  // As Pagefind would read it unshaped, a question page runs its tags together, so a clean result means something.
  expect(runOns('questions/survival-neuroendocrine/index.html', false).length).toBeGreaterThan(0);
  for (const { file } of indexed) expect(runOns(file, true), file).toEqual([]);
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

/** The records a result downloads, as the build leaves them (scripts/search/fragments.ts). */
const bundle = path.join(siteDir, SEARCH_BUNDLE_FOLDER);
const records = fs.readdirSync(path.join(bundle, 'fragment')).map((name) => {
  const raw = unpackPagefindFile(fs.readFileSync(path.join(bundle, 'fragment', name)), name);
  return JSON.parse(raw.subarray(PAGEFIND_SIGNATURE.length).toString('utf8')) as {
    url: string;
    content: string;
    meta: Record<string, string>;
  };
});

test('every page record keeps what its result shows and none of the metadata only the index reads', () => {
  expect(records.map((record) => record.url).sort()).toEqual(indexed.map((page) => page.summary.url).sort());
  for (const record of records) {
    expect(
      Object.keys(record.meta).filter((key) => INDEX_ONLY_META.includes(key)),
      record.url,
    ).toEqual([]);
    expect(record.meta.title, record.url).toMatch(/\S/);
    expect(record.meta.type, record.url).toMatch(/\S/);
    expect(record.content, record.url).toMatch(/\w/);
  }
});

test('Pagefind’s packed files but the page records have a brotli copy that holds the file unpacked', () => {
  const files = fs.readdirSync(bundle, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'));
  const copied = files.filter(hasBrotliCopy);
  expect(copied.some((file) => file.endsWith('.pf_meta'))).toBe(true);
  expect(copied.some((file) => file.startsWith('index/'))).toBe(true);
  for (const file of copied) {
    const copy = brotliDecompressSync(fs.readFileSync(path.join(bundle, `${file}.br`)));
    expect(copy.equals(unpackPagefindFile(fs.readFileSync(path.join(bundle, file)), file)), file).toBe(true);
  }
  expect(files.filter((file) => file.startsWith('fragment/') && file.endsWith('.br'))).toEqual([]);
});
