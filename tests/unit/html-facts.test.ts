import { describe, expect, it } from 'vitest';
import { pageFacts } from '../support/html.ts';

const page = (head: string, body: string, lang = 'en') =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`;

describe('pageFacts', () => {
  it('reads the language, title, description and headings of a complete page', () => {
    const facts = pageFacts(
      page('<title> Sources </title><meta name="description" content="All sources.">', '<h1>Sources</h1><h2>More</h2>'),
    );
    expect(facts).toEqual({ lang: 'en', title: 'Sources', description: 'All sources.', h1Count: 1, imagesWithoutAlt: [] });
  });

  it('reports what a page lacks', () => {
    const facts = pageFacts(page('', '<h1>One</h1><h1>Two</h1>', ''));
    expect(facts).toMatchObject({ lang: '', title: '', description: '', h1Count: 2 });
  });

  it('flags images without words unless they are hidden from screen readers', () => {
    const body = [
      '<img src="/a.png">',
      '<img src="/b.png" alt="">',
      '<img src="/c.png" alt="Survival chart">',
      '<img src="/d.png" alt="" role="presentation">',
      '<img src="/e.png" aria-hidden="true">',
    ].join('');
    expect(pageFacts(page('<title>x</title>', body)).imagesWithoutAlt).toEqual(['/a.png', '/b.png', '/e.png']);
  });
});
