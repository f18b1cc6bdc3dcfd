import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageCsl, type CslItem } from '../../scripts/citation/csl.ts';
import { formatCitation, styleEntry } from '../../scripts/citation/output.ts';
import { titleTemplates } from '../../scripts/citation/title-template.ts';
import { SITE_NAME, SITE_VERSION } from '../../src/lib/site.ts';

const page = (title: string, path = '/sources/a-source/', lastReviewed = '2026-11-24', siteName = SITE_NAME) =>
  pageCsl({ title, url: `https://liver-metastasis-review.example${path}`, lastReviewed, version: SITE_VERSION, siteName });

/** A formatter that says what it was given, and counts the calls. */
function recording(
  print: (item: CslItem) => string = (item) => `${item.title} | ${item.URL} | ${item.issued?.['date-parts'][0].join('-')}`,
) {
  const given: CslItem[] = [];
  return { given, format: (item: CslItem) => (given.push(item), print(item)) };
}

describe('formatting by title template', () => {
  it('formats one template for pages of the same kind and puts each title and address in', () => {
    const { given, format } = recording();
    const templated = titleTemplates(format);
    expect(templated(page('Every figure by measure, page 1 of 49', '/compare/all-figures/'))).toBe(
      'Every figure by measure, page 1 of 49 | https://liver-metastasis-review.example/compare/all-figures/ | 2026-11-24',
    );
    expect(templated(page('Series ba', '/sources/bench-00001/'))).toBe(
      'Series ba | https://liver-metastasis-review.example/sources/bench-00001/ | 2026-11-24',
    );
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({ title: 'Lmstitlemark', URL: 'https://lms-url-mark.invalid/lms-url-mark/', id: 'lmskeymark' });
  });

  it('formats a template for each kind: another date is another template', () => {
    const { given, format } = recording();
    const templated = titleTemplates(format);
    templated(page('Series ba'));
    expect(templated(page('Series ce', '/sources/b/', '2026-01-15'))).toBe(
      'Series ce | https://liver-metastasis-review.example/sources/b/ | 2026-1-15',
    );
    expect(given).toHaveLength(2);
  });

  it.each([
    ['a quotation mark', 'Surgery "for" metastases'],
    ['an apostrophe', "A patient's guide"],
    ['a curly apostrophe', 'A patient’s guide'],
    ["citeproc's markup", 'Outcomes of <i>in situ</i> splitting'],
    ['a question mark at the end', 'Which operation is right?'],
    ['a full stop at the end', 'Surgery for metastases.'],
    ['brackets', 'Liver resection (hepatectomy)'],
    ['two spaces', 'Liver  resection'],
    ['an ampersand', 'Resection & ablation'],
    ['a space at the start', ' Liver resection'],
    ['no title', undefined],
  ])('leaves a title with %s to citeproc', (_, title) => {
    const { given, format } = recording();
    const item = { ...page('placeholder'), title };
    titleTemplates(format)(item);
    expect(given).toEqual([item]);
  });

  it.each([
    ['an article', { ...page('Liver resection'), type: 'article-journal' as const }],
    ['a page by people', { ...page('Liver resection'), author: [{ family: 'Lee', given: 'Ser Yee' }] }],
    ['a page by two organisations', { ...page('Liver resection'), author: [{ literal: 'A' }, { literal: 'B' }] }],
    ['a page with "et al."', { ...page('Liver resection'), author: [{ literal: 'LMS-MORE-AUTHORS' }] }],
  ])('leaves %s to citeproc', (_, item) => {
    const { given, format } = recording();
    titleTemplates(format)(item);
    expect(given).toEqual([item]);
  });

  it('leaves an address with a query or fragment to citeproc', () => {
    const { given, format } = recording();
    const item = { ...page('Liver resection'), URL: 'https://liver-metastasis-review.example/search/?q=resection' };
    titleTemplates(format)(item);
    expect(given).toEqual([item]);
  });

  it("leaves to citeproc a title that is also its author's name, which the styles print once", () => {
    const { given, format } = recording();
    const home = page(SITE_NAME, '/');
    titleTemplates(format)(home);
    expect(given).toEqual([home]);
  });

  it.each([
    ['prints the key', (item: CslItem) => `${item.title} ${item.URL} ${item.id}`],
    ['prints the title twice', (item: CslItem) => `${item.title} ${item.URL} ${item.title}`],
    ['leaves the address out', (item: CslItem) => `${item.title}`],
  ])('formats each item itself where the template %s', (_, print) => {
    const { given, format } = recording(print);
    const templated = titleTemplates(format);
    const first = page('Series ba');
    const second = page('Series ce', '/sources/b/');
    expect(templated(first)).toBe(print(first));
    expect(templated(second)).toBe(print(second));
    expect(given.filter((item) => item.title === 'Series ce')).toEqual([second]);
  });
});

/** Words as titles use them: capitals, lower case and numbers, such as "Series ba", "page 12 of 49", "MRI". */
const word = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{0,11}$/),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.stringMatching(/^[0-9]{1,4}$/),
  fc.stringMatching(/^[A-Z]{2,5}$/),
);
const joint = fc.constantFrom(' ', ' ', ' ', ', ', ': ', '; ', ' – ', ' — ', ' - ', '-', '–');
const plainTitle = fc
  .tuple(word, fc.array(fc.tuple(joint, word), { maxLength: 10 }))
  .map(([first, rest]) => first + rest.map(([between, next]) => between + next).join(''));
const path = fc
  .array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/), { minLength: 0, maxLength: 4 })
  .map((parts) => `/${parts.map((part) => `${part}/`).join('')}`);
const reviewed = fc
  .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const organisation = fc.oneof(fc.constant(SITE_NAME), fc.constant('Canadian Cancer Society'), plainTitle);

describe('page citations by template against citeproc', () => {
  it('prints the same APA and Vancouver text as citeproc for any plain title, address, date and organisation', () => {
    fc.assert(
      fc.property(plainTitle, path, reviewed, organisation, (title, address, lastReviewed, author) => {
        const item = page(title, address, lastReviewed, author);
        const citation = formatCitation(item);
        expect(citation.apa).toBe(styleEntry(item, 'apa'));
        expect(citation.vancouver).toBe(styleEntry(item, 'vancouver'));
        expect(citation.apa).toContain(title);
      }),
      { numRuns: 300 },
    );
  });

  it('prints the same text as citeproc for titles of any characters, most of which it leaves to citeproc', () => {
    const piece = fc.oneof(
      word,
      fc.constantFrom('"', "'", '’', '“', '?', '!', '.', '(', ')', '[', '<i>', '</i>', '&', '  ', ' ', ':', '…', 'é'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const item = page(pieces.join(''));
        expect(formatCitation(item).apa).toBe(styleEntry(item, 'apa'));
        expect(formatCitation(item).vancouver).toBe(styleEntry(item, 'vancouver'));
      }),
      { numRuns: 300 },
    );
  });

  it('prints the review’s own pages as citeproc does, the home page (titled with its author’s name) among them', () => {
    const pages = [
      page('Review of surgery for neuroendocrine liver metastases'),
      page('Every figure by measure, page 2 of 49', '/compare/all-figures/page/2/'),
      page('Glossary', '/glossary/'),
      page('Series ba', '/sources/bench-00001/'),
      page(SITE_NAME, '/'),
    ];
    for (const item of pages) {
      expect(formatCitation(item).apa).toBe(styleEntry(item, 'apa'));
      expect(formatCitation(item).vancouver).toBe(styleEntry(item, 'vancouver'));
    }
  });
});
