import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { readSearchData } from '../../scripts/content/search-read.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { indexSourceTerms, pageCarries, sourcePrints, type SearchablePage } from '../../scripts/search/coverage.ts';
import { indexedText, isIndexed, shapeForIndex } from '../../scripts/search/index-html.ts';
import { loadWordGroups } from '../../scripts/search/load.ts';
import { indexPhrases, wordsOf } from '../../scripts/search/phrases.ts';
import { createExpander } from '../../scripts/search/reader-words.ts';
import { SOURCE_TERM_KINDS } from '../../src/schemas/search-words.ts';
import { listSourceTexts, sourceTextsDir } from '../../scripts/source-texts/folder.ts';
import { listHtmlPages, pagePath, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const root = contentDir();
const { sourceTerms } = readSearchData(root);
const sourceFiles = validateContent(root).dataset.sources.map((source) => source.text);
const texts = new Map(listSourceTexts().map(({ file, text }) => [file, { text, index: indexSourceTerms(text) }]));

/** Every page the index reads, with the words search finds it by (scripts/search/index-page.ts adds the same). */
const expand = createExpander(loadWordGroups(root));
const pages: SearchablePage[] = listHtmlPages(siteDir).flatMap((file) => {
  const tree = fromHtml(readPage(siteDir, file));
  if (!isIndexed(tree)) return [];
  shapeForIndex(tree);
  const text = indexPhrases(indexedText(tree));
  return [{ url: pagePath(file), text, alsoFoundBy: expand(text) }];
});

/**
 * Words in the texts that end like a procedure, drug, test or condition (-ectomy, -scopy, -therapy, -mab, -nib,
 * -oma…); each must be part of a listed term of its text, so the list cannot quietly miss one.
 */
const TERM_SHAPED =
  /\b[a-z][a-z-]*?(?:ectom(?:y|ies)|otomy|ostomy|plasty|scopy|graphy|therap(?:y|ies)|ablation|emboli[sz]ation|omas?|itis|mab|nib|imus|tide|zole|stane|platin|taxel|rubicin|ostatin)\b/gi;
/** Term-shaped words that are not terms: authors' surnames in the reference lists. */
const NOT_TERMS = new Set(['ikoma', 'thomas']);

describe('every procedure, drug, test, scale and named condition the sources name can be found', () => {
  test(`the source texts are at hand (${sourceTextsDir()}, set by LMS_SOURCE_TEXTS_DIR)`, () => {
    expect([...texts.keys()].sort()).toEqual([...sourceFiles].sort());
  });

  test('the list holds terms of every kind from every source', () => {
    for (const kind of SOURCE_TERM_KINDS) expect(sourceTerms.filter((term) => term.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
    expect(new Set(sourceTerms.map((term) => term.text))).toEqual(new Set(sourceFiles));
  });

  test('each listed term is printed in the source text it names', () => {
    const absent = sourceTerms.filter((term) => {
      const source = texts.get(term.text)?.index;
      return !source || !sourcePrints(source, term.term);
    });
    expect(absent.map((term) => `${term.term} (${term.text})`)).toEqual([]);
  });

  test('no word in the texts shaped like a drug, procedure or test is left off the list', () => {
    const listed = new Map<string, Set<string>>();
    for (const term of sourceTerms) {
      const words = listed.get(term.text) ?? new Set<string>();
      for (const word of wordsOf(term.term)) words.add(word.toLowerCase());
      listed.set(term.text, words);
    }
    const unlisted = [...texts].flatMap(([file, { text }]) =>
      [...new Set(text.replace(/-\n\s*/g, '').match(TERM_SHAPED) ?? [])]
        .map((word) => word.toLowerCase())
        .filter((word) => !NOT_TERMS.has(word))
        .filter(
          (word) =>
            !wordsOf(word).every((part) =>
              [part, part.replace(/ies$/, 'y'), part.replace(/s$/, '')].some((form) => listed.get(file)?.has(form)),
            ),
        )
        .map((word) => `${word} (${file})`),
    );
    expect(unlisted).toEqual([]);
  });

  test('search finds a page or glossary entry for every listed term', () => {
    const missing = [...new Set(sourceTerms.map((term) => term.term))].filter((term) => !pages.some((page) => pageCarries(page, term)));
    expect(missing, 'add a glossary entry (or an alias) for each, or a reader-words row').toEqual([]);
  });
});
