import { describe, expect, it } from 'vitest';
import { pagesOfType, summarize, type Transfer } from '../../scripts/bench/page-weights.ts';
import { formatBytes, goalLines, goals, table, type BuildFigures } from '../../scripts/bench/report.ts';

const transfer = (total: number, js: number): Transfer => ({ requests: 3, html: total - js, css: 0, js, other: 0, total });
const build = (synthetic: number, ms: number, peakBytes = 1e9, more: Partial<BuildFigures> = {}): BuildFigures => ({
  label: String(synthetic),
  synthetic,
  loadAtStart: 0.5,
  ms,
  peakBytes,
  distBytes: 1,
  largestPage: { path: '/index.html', bytes: 100_000 },
  precacheBytes: 1_000_000,
  ...more,
});

describe('benchmark figures', () => {
  it('adds up bytes by kind of file', () => {
    const items = [
      { url: 'http://x/', type: 'document', bytes: 100 },
      { url: 'http://x/a.css', type: 'stylesheet', bytes: 20 },
      { url: 'http://x/a.js', type: 'script', bytes: 30 },
      { url: 'http://x/b.js', type: 'script', bytes: 5 },
      { url: 'http://x/i.wasm', type: 'fetch', bytes: 7 },
    ];
    expect(summarize(items)).toEqual({ requests: 5, html: 100, css: 20, js: 35, other: 7, total: 162 });
  });

  it('sorts pages into types, leaving out lists and other pages', () => {
    const picked = pagesOfType(['/sources/b/', '/', '/sources/', '/sources/a/', '/search/', '/compare/survival/', '/about/']);
    expect(picked).toEqual({
      home: ['/'],
      source: ['/sources/a/', '/sources/b/'],
      comparison: ['/compare/survival/'],
      question: [],
      search: ['/search/'],
    });
  });

  it('writes sizes in decimal units and pads tables', () => {
    expect([formatBytes(1500), formatBytes(2_500_000), formatBytes(2_100_000_000)]).toEqual(['1.5 kB', '2.5 MB', '2.10 GB']);
    expect(
      table([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\nccc  d');
  });

  it('judges each goal and says which could not be measured', () => {
    const weights = {
      types: [
        { type: 'home', pages: [{ path: '/', transfer: transfer(40_000, 1_000) }] },
        {
          type: 'source',
          pages: [
            { path: '/sources/a/', transfer: transfer(20_000, 1_000) },
            { path: '/sources/b/', transfer: transfer(25_000, 6_000) },
          ],
        },
        {
          type: 'comparison',
          pages: [
            { path: '/compare/x/', transfer: transfer(120_000, 80_000) },
            { path: '/compare/y/', transfer: transfer(50_000, 95_000) },
          ],
        },
        { type: 'question', pages: [] },
      ],
      search: { first: transfer(100_000, 50_000), second: transfer(5_000, 0) },
    };
    const list = goals(
      [
        build(0, 8_000),
        build(1000, 70_000, 1.6e9, { bareMs: 40_000 }),
        build(10000, 590_000, 2.9e9, { largestPage: { path: '/compare/index.html', bytes: 600_000 }, firstSearchBytes: 140_000 }),
      ],
      weights,
    );
    const verdict = Object.fromEntries(list.map((goal) => [goal.goal, goal.met]));
    expect(verdict).toEqual({
      'real site builds in 20 s or less': true,
      '1,000 sources peak at 1.5 GB of memory or less': false,
      '1,000 sources build in 2 x the time of a bare Astro build of the same MDX or less (same run)': true,
      '10,000 sources build in 10 minutes or less': true,
      '10,000 sources peak at 3 GB of memory or less': true,
      'time per source grows by 15 % or less from 1,000 to 10,000 sources': true,
      'no HTML page over 500 kB at any size': false,
      'service-worker precache 5 MB or less at any size': true,
      'first search at 10,000 sources: 150 kB or less transferred': true,
      'home pages: 30 kB or less transferred': false,
      'home pages: 5 kB or less of JavaScript': true,
      'source pages: 30 kB or less transferred': true,
      'source pages: 5 kB or less of JavaScript': false,
      'question pages: 30 kB or less transferred': undefined,
      'question pages: 5 kB or less of JavaScript': undefined,
      'comparison pages: 90 kB or less of JavaScript': false,
      'first search on the real site: 150 kB or less transferred': true,
    });
    expect(goalLines(list)).toContain('[NOT MET]       no HTML page over 500 kB at any size: 600.0 kB at most (10000)');
    expect(goalLines(list)).toContain(
      '[met]           time per source grows by 15 % or less from 1,000 to 10,000 sources: 70.0 ms to 59.0 ms per source (x0.84)',
    );
    expect(goalLines(list)).toContain('[not measured]  question pages: 30 kB or less transferred');
    expect(goalLines(list)).toContain('[NOT MET]       comparison pages: 90 kB or less of JavaScript: 95.0 kB (/compare/y/)');
  });
});
