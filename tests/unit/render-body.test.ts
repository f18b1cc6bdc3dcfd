import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { forgetBodyTrees, parsedBody } from '../../scripts/content/body-tree.ts';
import {
  finishHandedTrees,
  HANDED_TREES_ENV,
  handedTreesFolder,
  handTree,
  takeTree,
  writeHandedIndex,
} from '../../scripts/content/handed-trees.ts';
import { parseMdxBody } from '../../scripts/content/mdx-tree.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import type { BodyContext } from '../../scripts/render/body-components.ts';
import { createBodyRenderer } from '../../scripts/render/mdx-body.ts';
import { outcomeInput } from '../support/records.ts';

const TERMS = [
  glossaryTermSchema.parse({ id: 'hepatectomy', term: 'Hepatectomy', aliases: '', definition: 'Removal of part of the liver.' }),
];
const OUTCOME = outcomeSchema.parse(
  outcomeInput({
    id: 'median-os',
    source: 'istanbul',
    cancer: 'colorectal',
    group: 'all',
    measure: 'median-survival',
    statistic: 'median',
    unit: 'months',
    value: '32',
    low: '16',
    high: '72',
    locator: 'table',
    locatorDetail: 'Table 2',
  }),
);
const SOURCE = { id: 'istanbul', shortTitle: 'Istanbul colorectal series' };

const context = (pagePath = '/questions/which-operation/'): BodyContext => ({
  file: 'content/questions/which-operation.mdx',
  pagePath,
  source: (id) => {
    if (id !== SOURCE.id) throw new Error(`no source ${id}`);
    return SOURCE;
  },
  outcome: (id) => {
    if (id !== OUTCOME.id) throw new Error(`no outcome ${id}`);
    return OUTCOME;
  },
});

const render = createBodyRenderer(TERMS);
const CLAIM = '<Claim source="istanbul" quote="Hepatectomy was done in 45 patients." locator="results">Surgery was done.</Claim>';

describe('content bodies as HTML', () => {
  test('writes Markdown with GitHub tables, typographic quotes and heading anchors', () => {
    const html = render('## What "debulking" means\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nIt\'s *careful* work.', context());
    expect(html).toContain('<h2 id="what-debulking-means">What “debulking” means</h2>');
    expect(html).toContain('<table>');
    expect(html).toContain('<p>It’s <em>careful</em> work.</p>');
  });

  // patches/remark-smartypants+3.0.3.patch skips the dash, ellipsis and backtick pass on texts with nothing for it.
  test.each([
    ['Resected -- then followed.', '<p>Resected — then followed.</p>'],
    ['Some *were* -- others not.', '<p>Some <em>were</em> — others not.</p>'],
    ['Survival was long...', '<p>Survival was long…</p>'],
    ['Survival was long. . .', '<p>Survival was long…</p>'],
    ["The ``debulking'' step.", '<p>The “debulking” step.</p>'],
    ['A single-stage resection, e.g. a liver one.', '<p>A single-stage resection, e.g. a liver one.</p>'],
    ['Dots.. two of them, and 3.5 years.', '<p>Dots.. two of them, and 3.5 years.</p>'],
  ])('writes %j with its dashes, ellipses and backticks made typographic, and nothing else changed', (markdown, html) => {
    expect(render(markdown, context())).toContain(html);
  });

  // The same patch skips the quote pass on a body whose text holds no straight quote; attribute values are not text.
  test.each([
    ['"Debulking" *means* \'less\'.', '<p>“Debulking” <em>means</em> ‘less’.</p>'],
    ["The patient's care, in the '90s.", '<p>The patient’s care, in the ’90s.</p>'],
    ['A **"quoted** word" and the patient\'s care.', '<p>A <strong>“quoted</strong> word” and the patient’s care.</p>'],
    [
      'Already “curly” and ‘single’, about <Fig id="median-os" show="value" />.',
      '<p>Already “curly” and ‘single’, about <a class="fig" href="/sources/istanbul/#median-os" title="Median survival. Source location: Table 2">32 months</a>.</p>',
    ],
  ])('writes %j with its straight quotes made typographic, and nothing else changed', (markdown, html) => {
    expect(render(markdown, context())).toBe(html);
  });

  test('links the first use of a glossary term only', () => {
    const html = render('A hepatectomy, then a second hepatectomy.', context());
    expect(html.match(/class="term-link"/g)).toHaveLength(1);
    expect(html).toContain('<a class="term-link" href="/glossary/#hepatectomy" aria-describedby="define-hepatectomy">hepatectomy</a>');
  });

  test('shows a figure from the data, linked to its row, in full or as the value alone', () => {
    expect(render('Median: <Fig id="median-os" />.', context())).toBe(
      '<p>Median: <a class="fig" href="/sources/istanbul/#median-os" title="Median survival. Source location: Table 2">32 months (range 16–72)</a>.</p>',
    );
    expect(render('About <Fig id="median-os" show="value" />.', context())).toContain('>32 months</a>');
  });

  test('keeps a claim’s words and puts the source’s own words beside them', () => {
    const html = render(`${CLAIM} More text.`, context());
    expect(html).toMatch(
      /^<p> <span class="claim">Surgery was done\.<\/span><button type="button" class="says-toggle" popovertarget="says-[a-z0-9]+"/,
    );
    expect(html).toContain('<q class="says-quote">Hepatectomy was done in 45 patients.</q>');
    expect(html).toContain('<span class="says-where">(<a href="/sources/istanbul/">Istanbul colorectal series</a>, Results)</span>');
    expect(html).toContain('data-pagefind-ignore');
  });

  test('names no link to the source on the source’s own page', () => {
    expect(render(CLAIM, context('/sources/istanbul/'))).toContain('<span class="says-where">(Results)</span>');
  });

  test('wraps the plain-language summary and keeps its headings’ anchors', () => {
    expect(render('<PlainLanguage>\n\n## In plain words\n\nShort words.\n\n</PlainLanguage>', context())).toBe(
      '<section data-plain-language aria-label="Plain-language summary"><h2 id="in-plain-words">In plain words</h2><p>Short words.</p></section>',
    );
  });

  test('writes the allowed inline elements with their attributes', () => {
    expect(render('<abbr title="Computed tomography">CT</abbr> and m<sup>2</sup>', context())).toBe(
      '<p><abbr title="Computed tomography">CT</abbr> and m<sup>2</sup></p>',
    );
  });

  test.each([
    ['an unknown component', '<Chart />', 'content/questions/which-operation.mdx: <Chart> is neither a component of this site'],
    [
      'a figure shown an unknown way',
      '<Fig id="median-os" show="all" />',
      'content/questions/which-operation.mdx: <Fig show="all"> must be one of: full, value',
    ],
    [
      'a claim without its quote',
      '<Claim source="istanbul" locator="results">x</Claim>',
      'content/questions/which-operation.mdx: <Claim> needs quote="…"',
    ],
    [
      'a claim pointing at no part of a source',
      '<Claim source="istanbul" quote="q" locator="preface">x</Claim>',
      '<Claim locator="preface"> is not a part of a source',
    ],
    ['a figure that is not in the data', '<Fig id="nothing" />', 'no outcome nothing'],
  ])('refuses %s, naming the file', (_label, body, message) => {
    expect(() => render(body, context())).toThrow(message);
  });
});

describe('bodies the content gate parsed', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-handed-test-'));
    vi.stubEnv(HANDED_TREES_ENV, dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    finishHandedTrees();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the gate leaves each body’s tree as it parsed it, positions and all, once the content is checked', () => {
    const body = '## Results\n\nA <Fig id="median-os" /> median.';
    const parsed = parsedBody(body);
    parsedBody('Another body.');
    // Listed only once every check has read the trees: a page finds every tree or none.
    expect(takeTree(dir, body)).toBeUndefined();
    forgetBodyTrees();
    expect(takeTree(dir, body)).toEqual(JSON.parse(JSON.stringify(parsed)));
    expect(takeTree(dir, body)?.children[0]?.position?.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(takeTree(dir, 'Another body.')?.children[0]).toMatchObject({ type: 'paragraph' });
    expect(takeTree(dir, 'A body never parsed.')).toBeUndefined();
    expect(fs.readdirSync(dir)).toHaveLength(2);
  });

  test('a page renders the tree the gate left for its body, and parses a body it left none for', () => {
    const body = 'Text as written.';
    // A tree that is not this body's parse shows which of the two the page used.
    handTree(dir, body, parseMdxBody('Text as the gate read it.'));
    writeHandedIndex(dir, finishHandedTrees());
    const renderHanded = createBodyRenderer(TERMS);
    expect(renderHanded(body, context())).toBe('<p>Text as the gate read it.</p>');
    expect(renderHanded('Another text.', context())).toBe('<p>Another text.</p>');
  });

  test('the trees the checks parsed are listed for the pages once the checks are done', () => {
    parsedBody('Checked by the gate.');
    expect(takeTree(dir, 'Checked by the gate.')).toBeUndefined();
    forgetBodyTrees();
    expect(takeTree(dir, 'Checked by the gate.')).toEqual(JSON.parse(JSON.stringify(parseMdxBody('Checked by the gate.'))));
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('trees-'))).toHaveLength(1);
  });

  test('a tree that cannot be read is reported with its file, not read as an empty page', () => {
    const body = 'Text.';
    handTree(dir, body, parseMdxBody(body));
    writeHandedIndex(dir, finishHandedTrees());
    const [file] = fs.readdirSync(dir).filter((name) => name.startsWith('trees-'));
    fs.writeFileSync(path.join(dir, file!), '{"type":"root","chil');
    expect(() => createBodyRenderer(TERMS)(body, context())).toThrow(
      `${path.join(dir, file!)}: a parsed body left by the content gate could not be read`,
    );
  });

  test('each build gets a new, empty folder in its cache folder, and folders builds stopped midway left there go', () => {
    const cache = path.join(dir, 'cache');
    const stopped = path.join(cache, 'handed-trees-stopped');
    fs.mkdirSync(stopped, { recursive: true });
    fs.writeFileSync(path.join(stopped, 'index.json'), '{}');
    fs.writeFileSync(path.join(cache, 'citations.json'), '{}');
    const folder = handedTreesFolder(cache);
    expect(path.dirname(folder)).toBe(cache);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(fs.readdirSync(cache).sort()).toEqual(['citations.json', path.basename(folder)].sort());
    expect(handedTreesFolder(path.join(dir, 'new-cache'))).toMatch(/new-cache\/handed-trees-/);
  });

  test('a folder taken away midway (by another build) costs the pages their trees, not the build', () => {
    parsedBody('Handed before the folder went.');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(() => forgetBodyTrees()).not.toThrow();
    expect(takeTree(dir, 'Handed before the folder went.')).toBeUndefined();
    // Taken away after the page read the index: the page parses its body.
    fs.mkdirSync(dir);
    handTree(dir, 'Listed, then gone.', parseMdxBody('Listed, then gone.'));
    writeHandedIndex(dir, finishHandedTrees());
    expect(takeTree(dir, 'A body with no tree.')).toBeUndefined();
    for (const name of fs.readdirSync(dir).filter((entry) => entry.startsWith('trees-'))) fs.rmSync(path.join(dir, name));
    expect(takeTree(dir, 'Listed, then gone.')).toBeUndefined();
  });

  test('no tree is left where the build names no folder', () => {
    vi.unstubAllEnvs();
    parsedBody('Nothing handed.');
    forgetBodyTrees();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
