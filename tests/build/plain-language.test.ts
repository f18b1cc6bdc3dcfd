import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { expect, inject, test } from 'vitest';
import { textBlocks } from '../../scripts/readability/blocks.ts';
import { PLAIN_LANGUAGE_MAX_GRADE, readingGrade } from '../../scripts/readability/grade.ts';
import { listHtmlPages, pagePath, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');

/** Every plain-language block of every built page, with its Flesch–Kincaid grade. */
const graded = listHtmlPages(siteDir).flatMap((file) =>
  selectAll('[data-plain-language]', fromHtml(readPage(siteDir, file))).map((block, index) => ({
    page: pagePath(file),
    block: index + 1,
    grade: readingGrade(textBlocks(block)),
  })),
);

test('the source, question and treatment pages all carry plain-language blocks', () => {
  const pages = new Set(graded.map((entry) => entry.page.split('/')[1]));
  expect([...pages].sort()).toEqual(expect.arrayContaining(['questions', 'sources', 'treatments']));
  expect(graded.length).toBeGreaterThanOrEqual(15);
});

test(`every plain-language block reads at Flesch–Kincaid grade ${PLAIN_LANGUAGE_MAX_GRADE} or lower`, () => {
  const tooHard = graded
    .filter((entry) => entry.grade > PLAIN_LANGUAGE_MAX_GRADE)
    .map((entry) => `${entry.page} (block ${entry.block}): grade ${entry.grade}`);
  expect(tooHard, `pages above grade ${PLAIN_LANGUAGE_MAX_GRADE}`).toEqual([]);
});
