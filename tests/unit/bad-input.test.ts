import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../scripts/content/problems.ts';
import { BUILD_YEAR } from '../../src/schemas/common.ts';
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
  'attribute-expression': [
    'sources/mini-series.mdx:35 › body: <Fig id={…}> computes its value with JavaScript; give a quoted value (id="…")',
  ],
  'changelog-impossible-date': ['changelog.yaml:1 › date: is 2026-02-30, which is not a day on the calendar'],
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
  'data-link': [
    'sources/mini-series.mdx:35 › body: links to a "data:" address; links may lead only to https://, http://, mailto: or a page of this site (/…)',
  ],
  'date-as-text': ['sources/mini-series.mdx:5 › shortTitle: is read as a date; put the text in quotes ("2024-05-01")'],
  'duplicate-column': ['outcomes/mini-series.csv:1 › id: is named twice in the header; each column appears once'],
  'duplicate-id': [
    'outcomes/mini-series.csv:3 › id: "mini-os-1y" is already used by another outcome record (outcomes/mini-series.csv:2); ids must be unique',
  ],
  'duplicate-key': ['sources/mini-series.mdx:7 › kind: is given twice; keep one'],
  'empty-csv': [
    'outcomes/mini-series.csv:1 › (file): is empty; its first line names the columns: id,source,cancer,group,measure,detail,timepointMonths,statistic,value,low,high,sharePercent,sd,unit,qualifier,locator,locatorDetail,note,quote,scope,treatment,method,countedFrom',
  ],
  'event-handler-attribute': [
    'sources/mini-series.mdx:35 › body: <abbr> has the event-handler attribute onmouseover; remove it (pages run no script from content)',
  ],
  'external-image': [
    'sources/mini-series.mdx:37 › body: shows an image from "https://evil.example/chart.png"; images must be files of this site (/…)',
  ],
  'group-larger-than-cohort': [
    "sources/mini-series.mdx:13 › groups.1.size: is 50, more than the source's 20 patients",
    'sources/mini-series.mdx:26 › evidence.groups.subgroup.quote: does not print "50": quote the words of the source that give this figure',
  ],
  'header-only-csv': ['outcomes/mini-series.csv:1 › (file): has a header but no rows; add a row for each record, or delete the file'],
  'html-comment': ['sources/mini-series.mdx:35 › body: has an HTML comment (<!-- … -->), which MDX cannot read; remove it'],
  'html-in-title': ['sources/mini-series.mdx:5 › shortTitle: must be plain text: remove the HTML tag'],
  'img-onerror': [
    'sources/mini-series.mdx:37 › body: uses the HTML element <img>; bodies may use Markdown, <Fig>, <PlainLanguage>, <Claim> and these inline elements: abbr, b, bdi, bdo, br, cite, code, dfn, em, i, kbd, mark, q, s, small, span, strong, sub, sup, time, u, var, wbr',
  ],
  'import-in-body': [
    "sources/mini-series.mdx:31 › body: has an import or export line; bodies use the site's components without importing them, and run no code",
  ],
  'impossible-date': ['sources/mini-series.mdx:27 › lastReviewed: is 2026-13-45, which is not a day on the calendar'],
  'javascript-link': [
    'sources/mini-series.mdx:35 › body: links to a "javascript:" address; links may lead only to https://, http://, mailto: or a page of this site (/…)',
  ],
  'javascript-link-definition': [
    'sources/mini-series.mdx:37 › body: links to a "javascript:" address; links may lead only to https://, http://, mailto: or a page of this site (/…)',
  ],
  'javascript-url': ['sources/mini-series.mdx:9 › url: must be a full web address starting https:// (or http://)'],
  'less-than-sign': [
    'sources/mini-series.mdx:35 › body: has a "<" that MDX reads as the start of a tag; write "less than", or \\< for the sign itself',
  ],
  'long-description': ['sources/mini-series.mdx:28 › description: is 104999 characters long; at most 600 fit here'],
  'long-row': ['outcomes/mini-series.csv:2 › (row): has 24 cells but the header names 23 columns; put a cell that holds a comma in quotes'],
  'low-above-high': [
    'outcomes/mini-series.csv:3 › low: is 70, above high (40); low must not exceed high',
    'outcomes/mini-series.csv:3 › quote: does not print "70": quote the words of the source that give this figure',
    'outcomes/mini-series.csv:3 › quote: does not print "40": quote the words of the source that give this figure',
  ],
  'malformed-front-matter': [
    'sources/mini-series.mdx:7 › (front matter): is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  'mdx-expression': ['sources/mini-series.mdx:35 › body: has JavaScript in curly braces ({…}); write \\{ for a brace in the text'],
  'missing-column': [
    'outcomes/mini-series.csv:1 › sd: column is missing from the header; add it after "sharePercent" (an empty cell means "not given")',
  ],
  'missing-field': ['sources/mini-series.mdx:1 › lastReviewed: is required'],
  'missing-locator': [
    'outcomes/mini-series.csv:2 › locator: must be one of: title-page, abstract, introduction, methods, results, discussion, table, figure, page-text, reference-list',
  ],
  'misspelt-header': [
    'outcomes/mini-series.csv:1 › qualifer: is not a known column; did you mean "qualifier"? (columns: id, source, cancer, group, measure, detail, timepointMonths, statistic, value, low, high, sharePercent, sd, unit, qualifier, locator, locatorDetail, note, quote, scope, treatment, method, countedFrom)',
  ],
  'month-out-of-range': ['sources/mini-series.mdx:9 › studyPeriod.start: must be a year (2010) or a month written YYYY-MM (2010-03)'],
  'negative-patient-count': ['sources/mini-series.mdx:9 › patients: is -20; it must be more than 0'],
  'negative-range-months': ['outcomes/mini-series.csv:4 › low: is -3, below zero; figures here are shares, counts, durations or sizes'],
  'negative-survival': [
    'patients/mini-series.csv:2 › survivalMonths: is -39.3, below zero; figures here are shares, counts, durations or sizes',
  ],
  'nested-field': [
    'sources/mini-series.mdx:13 › groups.1.id: must be lower-case letters, digits and single hyphens (e.g. "overall-survival-5y")',
    'sources/mini-series.mdx:24 › evidence.groups.Sub-Group: needs a quote of the source defining this group',
    'sources/mini-series.mdx:26 › evidence.groups.subgroup: quotes a group missing from groups: add the group or remove the quote',
  ],
  'no-front-matter': [
    'sources/mini-series.mdx:1 › (front matter): is missing: start the file with a --- line, the fields, then another --- line',
  ],
  'non-utf8-csv': [
    'outcomes/mini-series.csv:3 › (file): is not UTF-8: byte 0xE4 at column 91 is not a valid character; save the file as UTF-8',
  ],
  'non-utf8-front-matter': [
    'sources/mini-series.mdx:4 › (file): is not UTF-8: byte 0xE9 at column 24 is not a valid character; save the file as UTF-8',
  ],
  'number-in-prose': [
    'sources/mini-series.mdx:35 › body: has a number typed into prose ("were alive after 12 months:"); show figures with <Fig id="…" /> from the outcome data',
  ],
  'patient-header-typo': [
    'patients/mini-series.csv:1 › survivalMonth: is not a known column; did you mean "survivalMonths"? (columns: id, source, group, locator, locatorDetail, caseNumber, age, sex, primary, stage, details, operation, intervalMonths, survivalMonths, status, statusAsReported, countedFrom, quote)',
  ],
  'percent-over-100': ['outcomes/mini-series.csv:2 › value: is 120.0%, but a percentage must lie between 0 and 100'],
  'protocol-relative-link': [
    'sources/mini-series.mdx:35 › body: links to "//evil.example/page", an address without a scheme; write it in full with https://',
  ],
  'question-body': [
    'questions/after-surgery.mdx:11 › body: has a number typed into prose ("series, half lived 32 months."); show figures with <Fig id="…" /> from the outcome data',
    'questions/after-surgery.mdx:12 › body: <Fig id="mini-os-9y" /> names no outcome record',
  ],
  'quote-not-in-source': [
    'outcomes/mini-series.csv:4 › quote: is not in the text of "mini-series" (mini-series.txt); the closest passage (mini-series.txt:6) reads "Grade 3 complications occurred in 2 of the 5 patients."',
  ],
  'reader-words-unknown-kind': ['reader-words/words.csv:2 › kind: must be one of: old-name, abbreviation, lay-word, spelling, misprint'],
  'reference-javascript-url': ['references/mini-series.csv:2 › url: must be a full web address starting https:// (or http://)'],
  'script-in-body': [
    'sources/mini-series.mdx:37 › body: uses the HTML element <script>; bodies may use Markdown, <Fig>, <PlainLanguage>, <Claim> and these inline elements: abbr, b, bdi, bdo, br, cite, code, dfn, em, i, kbd, mark, q, s, small, span, strong, sub, sup, time, u, var, wbr',
  ],
  'semicolon-delimiter': ['outcomes/mini-series.csv:1 › (file): separates columns with semicolons; use commas'],
  'short-row': [
    'outcomes/mini-series.csv:3 › (row): has 22 cells but the header names 23 columns; add the missing commas (an empty cell means "not given")',
  ],
  'source-term-unknown-text': [
    'source-terms/terms.csv:2 › text: "nowhere.txt" is not the text file of any source (known: mini-series.txt)',
  ],
  'source-text-missing': [
    'sources/mini-series.mdx:3 › text: names "no-such-text.txt", which is not in tests/fixtures/texts; set LMS_SOURCE_TEXTS_DIR to the folder of source texts',
  ],
  'stray-closing-tag': [
    'sources/mini-series.mdx:35 › body: closes </PlainLanguage> inside a paragraph it did not open in; put </PlainLanguage> on a line of its own, with a blank line before it',
  ],
  'stray-quote': [
    'outcomes/mini-series.csv:3 › (file): has a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the inner quote ("")',
  ],
  'style-attribute': [
    'sources/mini-series.mdx:35 › body: <span> has the attribute style; inline elements may carry only title, lang, dir, datetime',
  ],
  'survival-rising': [
    'outcomes/mini-series.csv:3 › value: is 90.0% at 36 months, higher than 60.5% at 12 months (mini-os-1y) for the same group; survival cannot rise with time',
  ],
  'treatment-without-quote': [
    'sources/mini-series.mdx:22 › evidence.treatments.ablation: needs a quote of the source naming this treatment: a source lists a treatment only with its own words',
  ],
  'unclosed-component': [
    'sources/mini-series.mdx:31 › body: has <PlainLanguage> opened but never closed; close it with </PlainLanguage>, or end the tag with "/>"',
  ],
  'unclosed-fig': [
    'sources/mini-series.mdx:35 › body: has an unclosed <Fig tag; end it with "/>" (or ">" and a closing </Fig>) before the paragraph ends',
  ],
  'unknown-column': [
    'outcomes/mini-series.csv:1 › comment: is not a known column; did you mean "cancer"? (columns: id, source, cancer, group, measure, detail, timepointMonths, statistic, value, low, high, sharePercent, sd, unit, qualifier, locator, locatorDetail, note, quote, scope, treatment, method, countedFrom)',
  ],
  'unknown-component': [
    'sources/mini-series.mdx:35 › body: uses <Chart>, which is not a component of this site (allowed: <Fig>, <PlainLanguage>, <Claim>)',
  ],
  'unknown-figure': ['sources/mini-series.mdx:35 › body: <Fig id="mini-os-2y" /> names no outcome record'],
  'unknown-source': ['outcomes/mini-series.csv:3 › source: "no-such-source" is not a known source id (known: mini-series)'],
  'unterminated-quote': [
    'outcomes/mini-series.csv:3 › (file): has a quote (") that opens a cell and is never closed; close it, or double a quote that belongs in the text ("")',
  ],
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
    'sources/mini-series.mdx:35 › body: says "You will": it tells the reader what will happen to them; say what the sources found instead',
  ],
  'wrong-type': ['outcomes/mini-series.csv:2 › timepointMonths: must be a number of months (e.g. 12 for one year)'],
  'year-after-build': [`sources/mini-series.mdx:9 › year: must not be after ${BUILD_YEAR}, the year of this build`],
};

describe('bad input fails with file, field and reason', () => {
  test('every bad fixture has an expected message', () => {
    expect(badFixtureNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))('%s', (fixture, expected) => {
    expect(messagesFor(fixture)).toEqual(expected);
  });
});
