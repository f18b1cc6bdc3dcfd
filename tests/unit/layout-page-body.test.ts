import { describe, expect, test } from 'vitest';
import { pageBody } from '../../scripts/layout/page-body.ts';

const PAGE = 'https://review.example/sources/a/';

describe('page body', () => {
  const html = [
    '<p class="tag-line"><a class="tag" href="/questions/#survival">Survival</a></p>',
    '<h1>Title</h1>',
    '<p class="lede">Lede.</p>',
    '<section><h2 id="plain">In <span class="term"><a class="term-link" href="/glossary/#x">plain</a><span class="term-definition">Defined.</span></span> words</h2>',
    '<p>See <a href="/sources/b/">source B</a>, <a href="https://doi.org/10.1/x">the paper</a> and <a href="/sources/b/">B again</a>.</p></section>',
    '<nav aria-label="Comparison pages"><h2 id="nav-title">Pages</h2><a href="/compare/">Compare</a></nav>',
    '<h2 id="figures">Figures</h2>',
    '<p><a href="#figures">here</a> <a class="fig" href="/sources/a/#f1">83%</a> <a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a>',
    ' <a download href="data:text/plain,x">file</a> <a href="mailto:team@review.example">write</a></p>',
  ].join('');
  const page = pageBody(html, PAGE);

  test('splits after the h1 and its lede, leaving every byte of the markup as written apart from added attributes', () => {
    expect(page.head).toBe(html.slice(0, html.indexOf('<section>')).replace('class="tag"', 'data-note="1" class="tag"'));
    expect((page.head + page.body).replace(/ data-(note|label)="[^"]*"/g, '')).toBe(html);
  });

  test('lists the section headings, not those inside navigation, in their plain words', () => {
    expect(page.contents).toEqual([
      { id: 'plain', text: 'In plain words' },
      { id: 'figures', text: 'Figures' },
    ]);
  });

  test('numbers each address once, in reading order, for links whose address is worth printing', () => {
    expect(page.notes).toEqual([
      { number: 1, href: 'https://review.example/questions/#survival' },
      { number: 2, href: 'https://review.example/sources/b/' },
      { number: 3, href: 'https://doi.org/10.1/x' },
      { number: 4, href: 'mailto:team@review.example' },
    ]);
    expect(page.body).toContain('<a data-note="2" href="/sources/b/">source B</a>');
    expect(page.body).toContain('<a data-note="2" href="/sources/b/">B again</a>');
    expect(page.body).toContain('<a data-note="3" href="https://doi.org/10.1/x">the paper</a>');
  });

  test('leaves bare the links whose address says nothing on paper', () => {
    const startTag = (marker: string) => {
      const at = page.body.indexOf(marker);
      return page.body.slice(page.body.lastIndexOf('<a', at), page.body.indexOf('>', at) + 1);
    };
    const bare = [
      'href="#figures"',
      'class="fig"',
      'class="term-link"',
      'href="/compare/"',
      'href="data:',
      'href="https://doi.org/10.1/x">https',
    ];
    for (const marker of bare) expect(startTag(marker), marker).not.toContain('data-note');
  });

  test('a page without a top-level h1 keeps everything in its body', () => {
    expect(pageBody('<section><h1>Nested</h1></section>', PAGE).head).toBe('');
  });
});

describe('reflowing tables', () => {
  const table = [
    '<table class="reflow"><thead><tr><th colspan="2">Measure and figure</th><th>Who</th><th class="copy-cell">Link</th><th></th></tr></thead>',
    '<tbody><tr><th scope="row">Survival</th><td class="figure-cell">83%</td><td>Everyone &amp; more</td><td class="copy-cell">b</td><td>x</td></tr>',
    '<tr><th scope="row">Median</th><td data-label="Own">32</td><td colspan="3">All</td></tr></tbody></table>',
    '<table><thead><tr><th>Other</th></tr></thead><tbody><tr><td>y</td></tr></tbody></table>',
  ].join('');
  const { body } = pageBody(table, PAGE);

  test('labels each data cell with its column heading, counting spanned columns', () => {
    expect(body).toContain('<td data-label="Who">Everyone &amp; more</td>');
    expect(body).toContain('<td data-label="Own">32</td>');
    expect(body).toContain('<td data-label="Who" colspan="3">All</td>');
  });

  test('leaves unlabelled the figure, the copy button, a cell with its own label and a column with no heading', () => {
    expect(body).toContain('<td class="figure-cell">83%</td>');
    expect(body).toContain('<td class="copy-cell">b</td>');
    expect(body).toContain('<td>x</td>');
    expect(body).toContain('<th scope="row">Survival</th>');
  });

  test('touches only tables marked to reflow', () => {
    expect(body).toContain('<td>y</td>');
  });
});
