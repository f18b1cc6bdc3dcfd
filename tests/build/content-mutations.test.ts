import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatProblem } from '../../scripts/content/problems.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { BUILD_YEAR } from '../../src/schemas/common.ts';
import { contentWith } from '../support/fixtures.ts';
import { insertParagraph, frontMatterEnd, MARKUP, replaceCell, replaceField, typedDate, typedNumber } from '../support/mutations.ts';
import { buildSite, listHtmlPages, readPage, TEST_CACHE } from '../support/site.ts';

/**
 * The end-to-end half of the property tests: a few real builds of the fixture site, each with a number, a date,
 * a description and a piece of markup changed at once. A build either shows every changed value as written,
 * or stops with the gate's `file:line › field: reason` list and no stack trace, before writing any page.
 * Runs: one fixed example that must build, then LMS_BUILD_PROPERTY_RUNS random ones (default 2; each is one astro build).
 */
const RUNS = Number(process.env.LMS_BUILD_PROPERTY_RUNS ?? 2);

const likelyValid = <T>(valid: fc.Arbitrary<T>, any: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: any, weight: 1 });
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

test('mutated content builds faithfully or fails with the problem list', () => {
  let run = 0;
  fc.assert(
    fc.property(
      // Three-year survival must stay below the fixture's one-year 90.0%.
      likelyValid(
        fc.tuple(fc.integer({ min: 0, max: 89 }), fc.integer({ min: 0, max: 9 })).map(([whole, tenth]) => `${whole}.${tenth}`),
        typedNumber,
      ),
      likelyValid(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date(`${BUILD_YEAR}-01-01`), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        typedDate,
      ),
      likelyValid(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 200 })).map((words) =>
        'Plain words about a fixture series. '.repeat(words).trim(),
      ),
      likelyValid(fc.constantFrom(...MARKUP.filter((piece) => piece.allowed)), fc.constantFrom(...MARKUP)),
      (value, date, description, markup) => {
        run += 1;
        const dir = contentWith();
        const outcomesFile = path.join(dir, 'outcomes', 'mini-series.csv');
        const sourceFile = path.join(dir, 'sources', 'mini-series.mdx');
        const outcomes = fs.readFileSync(outcomesFile, 'utf8');
        const header = outcomes.split('\n')[0]?.split(',') ?? [];
        const row = outcomes.split('\n').findIndex((line) => line.startsWith('mini-os-3y,'));
        fs.writeFileSync(outcomesFile, replaceCell(outcomes, row, header.indexOf('value'), value).text);
        let source = fs.readFileSync(sourceFile, 'utf8');
        source = replaceField(source, 'lastReviewed', date)?.text ?? source;
        source = replaceField(source, 'description', description)?.text ?? source;
        source = insertParagraph(source, frontMatterEnd(source), 0, markup.snippet)?.text ?? source;
        fs.writeFileSync(sourceFile, source);

        const expected = validateContent(dir).problems.map(formatProblem);
        const outDir = path.join(TEST_CACHE, `mutation-build-${run}`);
        const result = buildSite({ outDir, contentDir: dir });
        const label = `value ${value}, date ${date}, description of ${description.length} characters, ${markup.snippet}`;
        expect(result.output, label).not.toMatch(/Stack trace|\n\s+at \S+ \(|Unhandled|\[ERROR\] \[(?!content-gate)/);
        if (expected.length > 0) {
          expect(result.status, label).not.toBe(0);
          for (const message of expected) expect(result.output, label).toContain(message);
          expect(fs.existsSync(path.join(outDir, 'index.html')), label).toBe(false);
          return;
        }
        expect(result.status, `${label}\n${result.output}`).toBe(0);
        const page = readPage(outDir, 'sources/mini-series/index.html');
        expect(page, label).toMatch(new RegExp(`(?<![\\d.])${value.trim().replace('.', '\\.')}(?![\\d])`));
        expect(page, label).toContain(`<dd>${date}</dd>`);
        expect(page, label).toContain(`<meta name="description" content="${escapeHtml(description)}">`);
        if (markup.snippet.includes('<abbr')) expect(page, label).toContain('<abbr title="magnetic resonance imaging">MRI</abbr>');
        const html = listHtmlPages(outDir).map((file) => readPage(outDir, file));
        expect(html.filter((text) => /javascript:|\son[a-z]+=|<iframe/i.test(text)).length, label).toBe(0);
      },
    ),
    // Each run is a build: report the first failing one as it is rather than build again to shrink it.
    {
      numRuns: RUNS,
      endOnFailure: true,
      // One run that must build, so every run of the suite checks a page end to end.
      examples: [
        [
          '42.5',
          '2024-02-29',
          'Plain words about a fixture series.',
          MARKUP.find((piece) => piece.snippet.includes('<abbr')) as (typeof MARKUP)[number],
        ],
      ],
    },
  );
}, 900_000);
