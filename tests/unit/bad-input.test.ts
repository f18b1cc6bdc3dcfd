import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../scripts/content/problems.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { badFixtureNames, contentWith } from '../support/fixtures.ts';

/** Messages shown relative to the temporary content folder, so they read the same on every machine. */
function messagesFor(fixture?: string): string[] {
  const dir = contentWith(fixture);
  return validateContent(dir).problems.map((problem) =>
    formatProblem({ ...problem, file: path.relative(dir, problem.file) }).replaceAll(`${dir}${path.sep}`, ''),
  );
}

describe('the valid fixture', () => {
  test('passes every check', () => {
    expect(messagesFor()).toEqual([]);
  });
});

const EXPECTED: Record<string, string[]> = {
  'percent-over-100': ['outcomes/mini-series.csv:2 › value: is 120.0%, but a percentage must lie between 0 and 100'],
  'missing-locator': [
    'outcomes/mini-series.csv:2 › locator: must be one of: abstract, introduction, methods, results, discussion, table, figure, page-text, reference-list',
  ],
  'unknown-source': ['outcomes/mini-series.csv:3 › source: "no-such-source" is not a known source id (known: mini-series)'],
  'duplicate-id': [
    'outcomes/mini-series.csv:3 › id: "mini-os-1y" is already used by another outcome record (outcomes/mini-series.csv:2); ids must be unique',
  ],
  'wrong-type': ['outcomes/mini-series.csv:2 › timepointMonths: must be a number of months (e.g. 12 for one year)'],
  'survival-rising': [
    'outcomes/mini-series.csv:3 › value: is 90.0% at 36 months, higher than 60.5% at 12 months (mini-os-1y) for the same group; survival cannot rise with time',
  ],
  'low-above-high': ['outcomes/mini-series.csv:3 › low: is 70, above high (40); low must not exceed high'],
  'count-above-group': ['outcomes/mini-series.csv:3 › value: is 7 patients, more than the 5 in group "subgroup"'],
  'html-in-title': ['sources/mini-series.mdx:1 › shortTitle: must be plain text: remove the HTML tag'],
  'malformed-front-matter': [
    'sources/mini-series.mdx:7 › (front matter): is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  'group-larger-than-cohort': ["sources/mini-series.mdx:1 › groups.1.size: is 50, more than the source's 20 patients"],
  'number-in-prose': [
    'sources/mini-series.mdx:24 › body: has a number typed into prose ("were alive after 12 months: ."); show figures with <Fig id="…" /> from the outcome data',
  ],
  'unknown-figure': ['sources/mini-series.mdx:24 › body: <Fig id="mini-os-2y" /> names no outcome record'],
  'missing-field': ['sources/mini-series.mdx:1 › lastReviewed: is required'],
  'reader-words-unknown-kind': ['reader-words/words.csv:2 › kind: must be one of: old-name, abbreviation, lay-word, spelling, misprint'],
  'source-term-unknown-text': [
    'source-terms/terms.csv:2 › text: "nowhere.txt" is not the text file of any source (known: mini-series.txt)',
  ],
};

describe('bad input fails with file, field and reason', () => {
  test('every bad fixture has an expected message', () => {
    expect(badFixtureNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))('%s', (fixture, expected) => {
    expect(messagesFor(fixture)).toEqual(expected);
  });
});
