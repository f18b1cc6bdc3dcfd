import { describe, expect, it } from 'vitest';
import { choosePrecache, type PrecacheGroup } from '../../scripts/offline/precache.ts';
import { isReadingPage } from '../../scripts/build/service-worker.ts';

const group = (name: string, prefix: string): PrecacheGroup => ({ name, has: (file) => file.startsWith(prefix) });
const GROUPS = [group('shell', '_astro/'), group('guides', 'questions/'), group('index', 'pagefind/index/'), group('pages', 'sources/')];
const file = (path: string, bytes: number) => ({ path, bytes });

describe('precache choice', () => {
  it('takes every group when everything fits', () => {
    const files = [
      file('_astro/a.css', 10),
      file('questions/q/index.html', 20),
      file('pagefind/index/x', 30),
      file('sources/s/index.html', 40),
    ];
    const choice = choosePrecache(files, GROUPS, 100);
    expect(choice.bytes).toBe(100);
    expect(choice.files.map((entry) => entry.path)).toEqual(files.map((entry) => entry.path));
  });

  it('never takes part of a group, and still takes a later group that fits', () => {
    const files = [
      file('_astro/a.css', 10),
      file('questions/q/index.html', 20),
      file('pagefind/index/x', 60),
      file('pagefind/index/y', 60),
      file('sources/s/index.html', 40),
    ];
    const choice = choosePrecache(files, GROUPS, 100);
    expect(choice.groups.map((entry) => [entry.name, entry.precached])).toEqual([
      ['shell', true],
      ['guides', true],
      ['index', false],
      ['pages', true],
    ]);
    expect(choice.bytes).toBe(70);
    expect(choice.files.some((entry) => entry.path.startsWith('pagefind/'))).toBe(false);
  });

  it('leaves out files no group claims, and stays within the budget whatever the size', () => {
    const files = [
      file('_astro/a.css', 10),
      file('sw.js', 5),
      ...Array.from({ length: 1000 }, (_, n) => file(`sources/${n}/index.html`, 30)),
    ];
    const choice = choosePrecache(files, GROUPS, 1000);
    expect(choice.files.map((entry) => entry.path)).toEqual(['_astro/a.css']);
    expect(choice.bytes).toBeLessThanOrEqual(1000);
  });
});

describe('reading pages a first visit caches', () => {
  // A treatment's full list of sources grows with the review, like the later pages of the sources list: cached when read.
  it.each([
    ['index.html', true],
    ['questions/index.html', true],
    ['questions/which-operation/index.html', true],
    ['treatments/index.html', true],
    ['treatments/liver-resection/index.html', true],
    ['glossary/index.html', true],
    ['glossary/page/2/index.html', true],
    ['sources/index.html', true],
    ['search/index.html', true],
    ['treatments/liver-resection/sources/index.html', false],
    ['treatments/liver-resection/sources/page/2/index.html', false],
    ['sources/page/2/index.html', false],
    ['sources/nelm-review-2012/index.html', false],
  ])('%s: %s', (file, reading) => {
    expect(isReadingPage(file)).toBe(reading);
  });
});
