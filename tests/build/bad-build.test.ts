import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentWith, FIXTURE_TEXTS } from '../support/fixtures.ts';
import { stagingDirFor } from '../../scripts/build/staging.ts';
import { buildSite, cacheDirFor, TEST_CACHE } from '../support/site.ts';

/**
 * Folders the content gate left the page bodies it parsed in for Astro (scripts/content/handed-trees.ts), in the
 * build's cache folder: the build takes its own away whether it succeeds or fails.
 */
const handedTreesLeft = (outDir: string) => fs.readdirSync(cacheDirFor(outDir)).filter((name) => name.startsWith('handed-trees-'));

// One real `astro build` per kind of failure: the gate must stop the build before any page reaches the site's folder,
// with its list of problems and nothing else: no stack trace, no error from a later stage.
test.each([
  ['percent-over-100', /outcomes\/mini-series\.csv:2 › value: is 120\.0%, but a percentage must lie between 0 and 100/],
  ['html-in-title', /sources\/mini-series\.mdx:5 › shortTitle: must be plain text: remove the HTML tag/],
  ['non-utf8-front-matter', /sources\/mini-series\.mdx:4 › \(file\): is not UTF-8: byte 0xE9/],
  ['unclosed-fig', /sources\/mini-series\.mdx:35 › body: has an unclosed <Fig tag/],
  ['script-in-body', /sources\/mini-series\.mdx:37 › body: uses the HTML element <script>/],
  ['misspelt-header', /outcomes\/mini-series\.csv:1 › qualifer: is not a known column; did you mean "qualifier"\?/],
  [
    'claim-quote-not-in-source',
    /sources\/mini-series\.mdx:37 › <Claim> quote: is not in the text of "mini-series" \(mini-series\.txt\); the closest passage/,
  ],
])('a build with %s fails, names file, field and reason, and writes no pages', (fixture, message) => {
  const outDir = path.join(TEST_CACHE, `bad-build-${fixture}`);
  const result = buildSite({ outDir, contentDir: contentWith(fixture), env: { LMS_SOURCE_TEXTS_DIR: FIXTURE_TEXTS } });
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(message);
  expect(result.output).toMatch(/Content check failed with 1 problem:/);
  expect(result.output).not.toMatch(/Stack trace|\n\s+at \S+ \(|unhandled error|\[vite\]/i);
  expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  expect(fs.existsSync(stagingDirFor(outDir))).toBe(false);
  expect(handedTreesLeft(outDir)).toEqual([]);
});

/** Builds a content folder over a site already in place: one page, left by the build before. */
function buildOverPreviousSite(name: string, contentDir: string, env: Record<string, string> = {}) {
  const outDir = path.join(TEST_CACHE, name);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'page-of-the-previous-build.html'), 'the previous build');
  const result = buildSite({ outDir, contentDir, env: { LMS_SOURCE_TEXTS_DIR: FIXTURE_TEXTS, ...env }, keepPrevious: true });
  return { outDir, result };
}

test('a build that fails after Astro has written the pages leaves the site before it as it was', () => {
  // The search step cannot start Pagefind's binary, after Astro has written every page: a failure the content gate
  // cannot foresee, in the build's last stage.
  const missingBinary = path.join(TEST_CACHE, 'no-such-pagefind-binary');
  const { outDir, result } = buildOverPreviousSite('late-failure-previous-site', contentWith(), {
    PAGEFIND_BINARY_PATH: missingBinary,
    PAGEFIND_EXTENDED_BINARY_PATH: missingBinary,
  });
  expect(result.output).toContain('[build] Complete!');
  expect(result.output).toContain('[search-index]');
  expect(result.status).not.toBe(0);
  expect(fs.readdirSync(outDir)).toEqual(['page-of-the-previous-build.html']);
  expect(fs.readFileSync(path.join(outDir, 'page-of-the-previous-build.html'), 'utf8')).toBe('the previous build');
  expect(fs.existsSync(stagingDirFor(outDir))).toBe(false);
  expect(handedTreesLeft(outDir)).toEqual([]);
});

test('the valid fixture builds, in place of the site before it', () => {
  // What a build stopped midway left in the cache folder: the next build takes it away.
  const stale = path.join(cacheDirFor(path.join(TEST_CACHE, 'fixture-build')), 'handed-trees-stopped');
  fs.mkdirSync(stale, { recursive: true });
  fs.writeFileSync(path.join(stale, 'tree.json'), '{}');
  const { outDir, result } = buildOverPreviousSite('fixture-build', contentWith());
  // Checked once, in a process of its own before Astro's: Astro is told so and does not check again.
  expect(result.output.match(/1 sources, 3 outcome records, 2 patient rows checked/g)).toHaveLength(1);
  expect(result.output).toContain("13 quotes found in their sources' texts");
  expect(result.output).toMatch(/\[social-cards\] (\d+) social cards drawn for \d+ pages, \d+ of them while the pages were written/);
  expect(result.status).toBe(0);
  expect(fs.existsSync(path.join(outDir, 'sources', 'mini-series', 'index.html'))).toBe(true);
  expect(fs.existsSync(path.join(outDir, 'page-of-the-previous-build.html'))).toBe(false);
  expect(fs.existsSync(stagingDirFor(outDir))).toBe(false);
  expect(handedTreesLeft(outDir)).toEqual([]);
});
