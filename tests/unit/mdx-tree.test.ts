import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { GUIDE_FOLDERS } from '../../scripts/content/guide-read.ts';
import { parseMdxBody, parseMdxBodyWithRemark } from '../../scripts/content/mdx-tree.ts';
import { readDocumentFolder } from '../../scripts/content/read.ts';
import { satteriReading } from '../../scripts/content/satteri-reading.ts';
import { CONTENT_FOLDERS } from '../../scripts/content/validate.ts';

/**
 * A tree as plain data with what the contract leaves out: where each node ends (the checks read where one starts), and
 * the positions of attributes, which satteri does not give.
 */
const comparable = (tree: unknown): unknown =>
  JSON.parse(
    JSON.stringify(tree, (key, value: unknown) => {
      if (key === 'attributes') return (value as Record<string, unknown>[]).map(({ position: _position, ...attribute }) => attribute);
      if (key === 'position') return { start: (value as { start: unknown }).start };
      return value;
    }),
  );

const remarkTree = (body: string) => comparable(parseMdxBodyWithRemark(body));

/** satteri's reading where it gives one, as plain data like remarkTree's. */
function satteriTree(body: string): unknown {
  const tree = satteriReading(body);
  return tree === undefined ? undefined : comparable(tree);
}

function remarkThrows(body: string): boolean {
  try {
    parseMdxBodyWithRemark(body);
    return false;
  } catch {
    return true;
  }
}

const claim = (words: string) => `<Claim source="s" quote="q">${words}</Claim>`;

describe('satteri reading MDX bodies as remark does', () => {
  const folders = [CONTENT_FOLDERS.sources, GUIDE_FOLDERS.questions, GUIDE_FOLDERS.treatments];
  const bodies = folders.flatMap((folder) => readDocumentFolder(path.join(contentDir(), folder), '.mdx').items);

  test.each(bodies.map((document) => [document.file, document.body]))('%s is read by satteri, as remark reads it', (_file, body) => {
    expect(satteriTree(body)).toEqual(remarkTree(body));
  });

  test.each([
    ['an element alone in its paragraph', `Before.\n\n${claim('words')}\n\nAfter.\n`],
    ['an indented paragraph', `   ${claim('a')}\n`],
    ['no line ending at the end', claim('a')],
    ['a space before the line break', `${claim('a')} \n${claim('b')}\n`],
    ['spaces around the paragraph', `   ${claim('a')}   \n`],
    ['spaces at the very end', `${claim('a')}   `],
    ['a hard break between elements', `${claim('a')}  \n${claim('b')}\n`],
    ['two elements on one line', `${claim('a')} ${claim('b')}\n`],
    ['elements side by side', `${claim('a')}${claim('b')}\n`],
    ['a tab between elements', `${claim('a')}\t${claim('b')}\n`],
    ['elements on following lines', `${claim('a')}\n${claim('b')}\n${claim('c')}\n`],
    ['an indented second line', `${claim('a')}\n   ${claim('b')}\n`],
    ['Windows line endings', `Text.\r\n\r\n${claim('a')}\r\n${claim('b')}\r\n`],
    ['inside a list item', `- ${claim('a')}\n  ${claim('b')}\n- text\n`],
    ['inside a block quote', `> ${claim('a')}\n> ${claim('b')}\n`],
    ['inside a component', `<PlainLanguage>\n\n${claim('a')} ${claim('b')}\n\n</PlainLanguage>\n`],
    ['an element holding an element', `<Claim source="s" quote="q">a <strong>b</strong> c</Claim>\n`],
    ['an element spread over lines', `<Claim\n  source="s"\n  quote="q">a\nb</Claim>\n`],
    ['a component and a figure on lines of their own', `<PlainLanguage>\n\nText <Fig id="x" />.\n\n</PlainLanguage>\n\n<Fig id="y" />\n`],
  ])('%s: the same tree', (_name, body) => {
    const tree = satteriTree(body);
    expect(tree).toBeDefined();
    expect(tree).toEqual(remarkTree(body));
  });

  test.each([
    ['an expression', 'Text {value} here.\n'],
    ['an import', 'import x from "y"\n\nText.\n'],
    ['a code block', '```\ncode\n```\n'],
    ['an image', '![alt](picture.png)\n'],
    ['an attribute given as an expression', '<Fig id={name} />\n'],
    ['a figure on the line after a lifted element', `${claim('a')}\n<Fig id="x" />\n`],
    ['a lifted element on the line after a figure', `<Fig id="x" />\n${claim('a')}\n`],
    ['a component opening on the line after a lifted element', `${claim('a')}\n<PlainLanguage>\n\nText.\n\n</PlainLanguage>\n`],
    ['an unclosed element', '<Claim source="s">words\n'],
    ['mismatched tags', 'Text <A>a</B> more.\n'],
    ['tags crossing emphasis', '<strong>a *b</strong> c*\n'],
    ['a lone angle bracket', '## a <\n'],
    ['two figures on a line before a line of spaces', '<Fig id="x" />\t<Fig id="y" />\n  \n'],
    ['a backslash escape', 'x*y\\**a*\n'],
    ['a star next to an underscore', 'a *b_*c\n'],
    ['a task list', '- [ ] <Fig id="x" />\n'],
  ])('%s: left to remark', (_name, body) => {
    expect(satteriReading(body)).toBeUndefined();
  });

  const punctuation = [...'!"#$%&\'()*+,-./:;=?@[]^_`|~', '“', '”', '–', '—', '’', '«', '»', '…', '§', '°', '€', '×'];
  test.each(punctuation)('emphasis next to %s: the same tree, or left to remark', (mark) => {
    let read = 0;
    for (const run of ['*', '**', '_', '__', '~~', '~']) {
      const texts = [
        `${mark}${run}a${run}`,
        `${run}a${run}${mark}`,
        `${run}${mark}${run}a`,
        `a${run}${mark}${run}`,
        `x ${run}a${mark}${run} y`,
      ];
      for (const text of [
        ...texts,
        `x ${run}${mark}a${run} y`,
        `a${run}b${run}${mark}c`,
        `${run}a${run}${mark}${run}b${run}`,
        `x${mark}${run}a${run}${mark}y`,
      ]) {
        const tree = satteriTree(text);
        if (tree !== undefined) expect(tree, text).toEqual(remarkTree(text));
        read += tree === undefined ? 0 : 1;
      }
    }
    // Compared, not only sent to remark: most of these texts are read by satteri.
    expect(read).toBeGreaterThan(27);
  });

  test('reports a broken body in remark words', () => {
    expect(() => parseMdxBody('<A>a\n')).toThrow('Expected a closing tag for `<A>` (1:1-1:4) before the end of `paragraph`');
  });

  const word = fc.constantFrom(
    ...['liver', 'survival', 'Team', 'care', '5-year', 'R0', 'rate', "it's", '"quoted"', 'a & b', 'x*y', 'snake_case', 'Clavien–Dindo'],
    ...['“curly”', 'é', '45%', '(brackets)', 'a.b', 'https://x.org/p', 'www.ex.com', 'me@ex.org', '&amp;', '&copy;', '&#169;'],
    ...['1.', '2)', '#', '+', '---', '===', '~~del~~', '~d~', '***b***', '**a *b* c**', '__u__', '_i_', '[ref]', '[a](x "t")'],
    ...['`c`', '``a ` b``', '|', ':', '!', '?'],
  );
  const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
  const space = fc.constantFrom(' ', '', '\t', '  ', ' \n', '\n', '\r\n', '\n  ', '  \n', '\t\r\n');
  // Marks of emphasis, links and code next to tags: remark refuses tags that cross them, which satteri reads.
  const mark = fc.constantFrom(
    '*',
    '**',
    '_',
    '~~',
    '`',
    '[',
    '](https://example.org)',
    '</strong>',
    '<strong>',
    '</Claim>',
    '\\*',
    '<',
    '>',
  );
  const inline = fc.oneof(
    words,
    mark,
    words.map(claim),
    fc.constantFrom('<Fig id="x" />', '<Fig id="y" show="value" />', '<Claim source="s" quote="q"></Claim>'),
    words.map((text) => `*${text}*`),
    words.map((text) => `**${text}**`),
    words.map((text) => `[${text}](https://example.org/${text.length})`),
    words.map((text) => `<strong>${text}</strong>`),
  );
  const line = fc.array(fc.tuple(inline, space), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([a, b]) => a + b).join(''));
  const block = fc.oneof(
    line,
    line.map((text) => `1. ${text}`),
    line.map((text) => `- a\n  - ${text}`),
    line.map((text) => `${text.split(/\r?\n/)[0]}\n===`),
    fc.constantFrom('***', '| a | b |\n| :- | -: |\n| <Claim source="s" quote="q">x</Claim> | **b** |'),
    line.map((text) => `## ${text.split(/\r?\n/)[0]}`),
    line.map((text) => `- ${text}`),
    line.map((text) => `> ${text}`),
    fc.array(line, { minLength: 1, maxLength: 2 }).map((lines) => `<PlainLanguage>\n\n${lines.join('\n\n')}\n\n</PlainLanguage>`),
    fc.constantFrom('<Fig id="z" />', '| a | b |\n| - | - |\n| <Fig id="x" /> | c |'),
  );
  const body = fc
    .array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n')), { minLength: 1, maxLength: 6 })
    .map((blocks) => blocks.map(([text, gap]) => text + gap).join(''));

  test('reads any body built of the site’s Markdown and components as remark does, or leaves it to remark', () => {
    fc.assert(
      fc.property(body, (text) => {
        const tree = satteriTree(text);
        if (tree === undefined) return;
        expect(remarkThrows(text)).toBe(false);
        expect(tree).toEqual(remarkTree(text));
      }),
      { numRuns: Number(process.env.MDX_TREE_RUNS ?? 3000) },
    );
  }, 120_000);

  test('reads a good share of those bodies itself, so the checks above are not about remark alone', () => {
    const sample = fc.sample(body, { numRuns: 1000, seed: 1 });
    expect(sample.filter((text) => satteriReading(text) !== undefined).length).toBeGreaterThan(200);
  });
});
