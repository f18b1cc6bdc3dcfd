import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, test } from 'vitest';
import { listHtmlPages, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const pages = listHtmlPages(siteDir).map((file) => [file, fromHtml(readPage(siteDir, file))] as const);

describe.each(pages)('%s', (_file, tree) => {
  const main = select('main', tree)!;
  // Headings of the page's own sections: not the contents list's, the printed link notes' or the citation's.
  const inNav = new Set(selectAll('nav h2, .link-notes h2', main));
  const sections = selectAll('h2[id]', main).filter((heading) => !inNav.has(heading) && heading.properties.id !== 'cite-this-page');
  const contents = select('nav.contents', main);

  test('lists its sections "On this page" when it has three or more, each linked to its heading', () => {
    if (sections.length < 3) return;
    expect(contents).toBeDefined();
    const targets = selectAll('a', contents!).map((link) => String(link.properties.href));
    for (const heading of sections) expect(targets).toContain(`#${String(heading.properties.id)}`);
  });

  test('prints each numbered link address once, in the notes at the end', () => {
    const numbers = [...new Set(selectAll('a[data-note]', main).map((link) => String(link.properties.dataNote)))];
    const notes = selectAll('.link-notes li', main).map((item) => toString(item).trim());
    expect(notes.map((note) => note.match(/^\[(\d+)\]/)?.[1])).toEqual(numbers);
    expect(new Set(notes.map((note) => note.replace(/^\[\d+\]\s*/, ''))).size).toBe(notes.length);
  });

  test('labels every data cell of a reflowing table with its column, for the card a narrow screen shows', () => {
    for (const cell of selectAll('table.reflow > tbody > tr > td', main)) {
      const classes = (cell.properties.className as string[] | undefined) ?? [];
      if (classes.includes('figure-cell') || classes.includes('copy-cell')) continue;
      expect(cell.properties.dataLabel, toString(cell).slice(0, 60)).toBeTruthy();
    }
  });
});
