import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../scripts/content/problems.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { badFixtureNames, contentWith, FIXTURE_TEXTS } from '../support/fixtures.ts';

/** Messages shown relative to the temporary content folder, so they read the same on every machine. */
function messagesFor(fixture?: string): string[] {
  const dir = contentWith(fixture);
  return validateContent(dir, { textsDir: FIXTURE_TEXTS, requireTexts: true }).problems.map((problem) =>
    formatProblem({ ...problem, file: path.relative(dir, problem.file) })
      .replaceAll(`${dir}${path.sep}`, '')
      .replaceAll(FIXTURE_TEXTS, 'tests/fixtures/texts'),
  );
}

describe('the valid fixture', () => {
  test('passes every check', () => {
    expect(messagesFor()).toEqual([]);
  });
});

const EXPECTED: Record<string, string[]> = {
  'claim-other-source': [
    'sources/mini-series.mdx:37 › body: <Claim> names source "another-series", but a source page speaks only for its own source ("mini-series")',
  ],
  'claim-quote-not-in-source': [
    'sources/mini-series.mdx:37 › <Claim> quote: is not in the text of "mini-series" (mini-series.txt); the closest passage (mini-series.txt:6) reads "Grade 3 complications occurred in 2 of the 5 patients."',
  ],
  'claim-without-quote': ['sources/mini-series.mdx:37 › body: <Claim> needs quote="…"'],
  'count-above-group': [
    'outcomes/mini-series.csv:3 › value: is 7 patients, more than the 5 in group "subgroup"',
    'outcomes/mini-series.csv:3 › quote: does not print "7": quote the words of the source that give this figure',
  ],
  'duplicate-id': [
    'outcomes/mini-series.csv:3 › id: "mini-os-1y" is already used by another outcome record (outcomes/mini-series.csv:2); ids must be unique',
  ],
  'group-larger-than-cohort': [
    "sources/mini-series.mdx:1 › groups.1.size: is 50, more than the source's 20 patients",
    'sources/mini-series.mdx:1 › evidence.groups.subgroup.quote: does not print "50": quote the words of the source that give this figure',
  ],
  'html-in-title': ['sources/mini-series.mdx:1 › shortTitle: must be plain text: remove the HTML tag'],
  'low-above-high': [
    'outcomes/mini-series.csv:3 › low: is 70, above high (40); low must not exceed high',
    'outcomes/mini-series.csv:3 › quote: does not print "70": quote the words of the source that give this figure',
    'outcomes/mini-series.csv:3 › quote: does not print "40": quote the words of the source that give this figure',
  ],
  'malformed-front-matter': [
    'sources/mini-series.mdx:7 › (front matter): is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  'missing-field': ['sources/mini-series.mdx:1 › lastReviewed: is required'],
  'missing-locator': [
    'outcomes/mini-series.csv:2 › locator: must be one of: title-page, abstract, introduction, methods, results, discussion, table, figure, page-text, reference-list',
  ],
  'number-in-prose': [
    'sources/mini-series.mdx:35 › body: has a number typed into prose ("were alive after 12 months:"); show figures with <Fig id="…" /> from the outcome data',
  ],
  'percent-over-100': ['outcomes/mini-series.csv:2 › value: is 120.0%, but a percentage must lie between 0 and 100'],
  'quote-not-in-source': [
    'outcomes/mini-series.csv:4 › quote: is not in the text of "mini-series" (mini-series.txt); the closest passage (mini-series.txt:6) reads "Grade 3 complications occurred in 2 of the 5 patients."',
  ],
  'source-text-missing': [
    'sources/mini-series.mdx:1 › text: names "no-such-text.txt", which is not in tests/fixtures/texts; set LMS_SOURCE_TEXTS_DIR to the folder of source texts',
  ],
  'survival-rising': [
    'outcomes/mini-series.csv:3 › value: is 90.0% at 36 months, higher than 60.5% at 12 months (mini-os-1y) for the same group; survival cannot rise with time',
  ],
  'treatment-without-quote': [
    'sources/mini-series.mdx:1 › evidence.treatments.ablation: needs a quote of the source naming this treatment: a source lists a treatment only with its own words',
  ],
  'unknown-figure': ['sources/mini-series.mdx:35 › body: <Fig id="mini-os-2y" /> names no outcome record'],
  'unknown-source': ['outcomes/mini-series.csv:3 › source: "no-such-source" is not a known source id (known: mini-series)'],
  'wording-after-surgery': [
    'sources/mini-series.mdx:35 › body: says "after surgery" beside <Fig id="mini-os-1y" />, but the source does not say from when that time is counted',
  ],
  'wording-causal': [
    'sources/mini-series.mdx:35 › body: says "helps": it makes a causal claim; only a source that says so may make it: wrap it in a <Claim> whose quote says it, or describe what was observed',
  ],
  'wording-cure': [
    'sources/mini-series.mdx:37 › body: says "cure": it speaks of cure outside a quote; only the sources’ own words may speak of cure: wrap it in a <Claim> whose quote says it',
  ],
  'wording-half-lived': [
    'sources/mini-series.mdx:37 › body: reads <Fig id="mini-median" /> as "Half of them lived", but only a Kaplan–Meier median may be read that way',
  ],
  'wording-you-will': [
    'sources/mini-series.mdx:39 › body: says "you will": it tells the reader what will happen to them; say what the sources found instead',
  ],
  'wrong-type': ['outcomes/mini-series.csv:2 › timepointMonths: must be a number of months (e.g. 12 for one year)'],
};

describe('bad input fails with file, field and reason', () => {
  test('every bad fixture has an expected message', () => {
    expect(badFixtureNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))('%s', (fixture, expected) => {
    expect(messagesFor(fixture)).toEqual(expected);
  });
});
