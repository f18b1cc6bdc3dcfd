import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { parseBuiltHtml } from '../../scripts/search/html-tree.ts';

/** The markup a built page's <main> holds: entities, void and boolean attributes, class lists, tables, SVG, comments. */
const MAIN = `<main id="main" data-pagefind-body><div class="wrap">
<!-- a comment -->
<p class="lede big" data-pagefind-weight="8">Survival &amp; recurrence&nbsp;after surgery: 5&ndash;10 years, &lt;b&gt; not a tag, caf&#233;</p>
<input type="checkbox" checked disabled><img src="/a.png" alt="A &quot;quoted&quot; chart"><br>
<table><caption>Figures</caption><thead><tr><th scope="col" colspan="2">Measure</th></tr></thead>
<tbody><tr><th scope="row">Overall survival<br><span class="row-note">Cited figure.</span></th><td>46–86%</td></tr></tbody></table>
<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M0 0h10v10z" fill-rule="evenodd"/><circle cx="5" cy="5" r="2"/></svg>
<details open><summary>More</summary><ul><li>One</li><li>Two</li></ul></details>
<div hidden data-pagefind-ignore><span data-pagefind-meta="type">Question</span></div>
<button type="button" aria-label="Copy link">Copy</button><a href="/glossary/#median" class="term-link">median</a>
</div></main>`;

/** A tree without what parse5 records beside it (source positions, quirks mode), which nothing that reads these trees uses. */
const withoutPositions = (tree: Root): unknown =>
  JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' || key === 'data' ? undefined : value)));

describe('reading built HTML into a tree for the search index', () => {
  test('gives the tree hast-util-from-html gives, node for node and property for property', () => {
    expect(withoutPositions(parseBuiltHtml(MAIN))).toEqual(withoutPositions(fromHtml(MAIN, { fragment: true })));
  });

  test('prints back the same markup', () => {
    expect(toHtml(parseBuiltHtml(MAIN))).toBe(toHtml(fromHtml(MAIN, { fragment: true })));
  });

  test('reads SVG attributes by their SVG names', () => {
    const svg = parseBuiltHtml('<svg viewBox="0 0 10 10"><path fill-rule="evenodd"/></svg>').children[0];
    expect(svg).toMatchObject({
      tagName: 'svg',
      properties: { viewBox: '0 0 10 10' },
      children: [{ properties: { fillRule: 'evenodd' } }],
    });
  });

  test('keeps one text node for a run of text broken by entities', () => {
    const paragraph = parseBuiltHtml('<p>a &amp; b &lt; c</p>').children[0];
    expect(paragraph).toMatchObject({ children: [{ type: 'text', value: 'a & b < c' }] });
  });

  test('leaves out the attributes it is told to, and only those', () => {
    const keep = (name: string) => name === 'class' || name.startsWith('data-pagefind-');
    expect(toHtml(parseBuiltHtml('<p class="lede" id="x" data-pagefind-weight="8" aria-label="y">Text</p>', keep))).toBe(
      '<p class="lede" data-pagefind-weight="8">Text</p>',
    );
  });
});
