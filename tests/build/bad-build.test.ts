import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentWith, FIXTURE_TEXTS } from '../support/fixtures.ts';
import { buildSite, TEST_CACHE } from '../support/site.ts';

// One real `astro build` per kind of failure: the gate must stop the build before any page is written.
test.each([
  ['percent-over-100', /outcomes\/mini-series\.csv:2 › value: is 120\.0%, but a percentage must lie between 0 and 100/],
  ['html-in-title', /sources\/mini-series\.mdx:1 › shortTitle: must be plain text: remove the HTML tag/],
  [
    'claim-quote-not-in-source',
    /sources\/mini-series\.mdx:\d+ › <Claim> quote: is not in the text of "mini-series" \(mini-series\.txt\); the closest passage/,
  ],
])('a build with %s fails, names file, field and reason, and writes no pages', (fixture, message) => {
  const outDir = path.join(TEST_CACHE, `bad-build-${fixture}`);
  const result = buildSite({ outDir, contentDir: contentWith(fixture), env: { LMS_SOURCE_TEXTS_DIR: FIXTURE_TEXTS } });
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(message);
  expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
});

test('the valid fixture builds', () => {
  const outDir = path.join(TEST_CACHE, 'fixture-build');
  const result = buildSite({ outDir, contentDir: contentWith(), env: { LMS_SOURCE_TEXTS_DIR: FIXTURE_TEXTS } });
  expect(result.output).toContain('1 sources, 3 outcome records, 2 patient rows checked');
  expect(result.output).toContain("13 quotes found in their sources' texts");
  expect(result.status).toBe(0);
  expect(fs.existsSync(path.join(outDir, 'sources', 'mini-series', 'index.html'))).toBe(true);
});
