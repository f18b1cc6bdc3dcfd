import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { createTermMatcher } from '../../scripts/glossary/match.ts';
import { glossaryHrefs } from '../../scripts/glossary/pages.ts';
import { markFirstUses } from '../../scripts/glossary/rehype-first-use.ts';

const term = (id: string, name: string, aliases = '') =>
  glossaryTermSchema.parse({ id, term: name, aliases, definition: `What ${name} means.` });
const TERMS = [
  term('hepatectomy', 'Hepatectomy', 'partial hepatectomy'),
  term('mdt', 'Multidisciplinary team', 'MDT'),
  term('tumour-grade', 'Tumour grade', 'high-grade'),
  term('grade', 'Grade'),
];

describe('term matcher', () => {
  const find = createTermMatcher(TERMS);

  test('prefers the longest wording and matches whole words in any case', () => {
    expect(find('A Partial hepatectomy was done.').map((match) => [match.term.id, match.text])).toEqual([
      ['hepatectomy', 'Partial hepatectomy'],
    ]);
  });

  test('matches acronyms only as written', () => {
    expect(find('The MDT met; the mdt is not an acronym here.').map((match) => match.text)).toEqual(['MDT']);
  });

  test('treats hyphenated words as one word', () => {
    expect(find('A high-grade tumour.').map((match) => match.term.id)).toEqual(['tumour-grade']);
  });

  test('falls back to a shorter wording where the longer one runs into the next word, and respects letters beyond ASCII', () => {
    const nested = createTermMatcher([term('liver', 'Liver'), term('liver-resection', 'Liver resection')]);
    expect(nested('Liver resections: a liver resection.').map((match) => match.text)).toEqual(['Liver', 'liver resection']);
    expect(find('Grade-2, égrade and grade2 are not the term; grade is.').map((match) => match.text)).toEqual(['grade']);
    expect(find('HIGH-GRADE and Tumour Grade.').map((match) => match.term.id)).toEqual(['tumour-grade', 'tumour-grade']);
  });

  test('finds nothing with an empty glossary', () => {
    expect(createTermMatcher([])('hepatectomy')).toEqual([]);
  });
});

const text = (value: string) => ({ type: 'text' as const, value });
const element = (tagName: string, children: Element['children'], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function termsIn(node: Root | Element): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    return child.properties.className && (child.properties.className as string[]).includes('term') ? [child] : termsIn(child);
  });
}

describe('first use of a term', () => {
  test('only the first use on the page gets its definition, and headings and links are left alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('h2', [text('Hepatectomy explained')]),
        element('p', [text('Ask the MDT about a '), element('a', [text('hepatectomy')], { href: '/x/' }), text('.')]),
        element('p', [text('A hepatectomy removes liver. Another hepatectomy later.')]),
      ],
    };
    markFirstUses(tree, createTermMatcher(TERMS), glossaryHrefs(TERMS));
    const marked = termsIn(tree);
    expect(marked.map((node) => (node.children[0] as Element).children[0])).toEqual([text('MDT'), text('hepatectomy')]);
    expect((tree.children[0] as Element).children).toEqual([text('Hepatectomy explained')]);
    expect((tree.children[2] as Element).children.at(-1)).toEqual(text(' removes liver. Another hepatectomy later.'));
  });

  test('the link points at the glossary entry and is described by the definition', () => {
    const tree: Root = { type: 'root', children: [element('p', [text('See the MDT.')])] };
    markFirstUses(tree, createTermMatcher(TERMS), glossaryHrefs(TERMS));
    const [marked] = termsIn(tree);
    const [link, definition] = marked!.children as Element[];
    expect(link!.properties).toMatchObject({ href: '/glossary/#mdt', ariaDescribedBy: ['define-mdt'] });
    expect(definition!.properties).toMatchObject({ id: 'define-mdt', role: 'tooltip', dataPagefindIgnore: 'all' });
    expect(definition!.children).toEqual([text('Multidisciplinary team: What Multidisciplinary team means.')]);
  });
});

describe('glossary pages', () => {
  test('a glossary too long for one page sends each first use and each letter to the page that holds it', () => {
    const many = Array.from({ length: 450 }, (_, index) =>
      term(`t-${String(index).padStart(3, '0')}`, `Term ${String(index).padStart(3, '0')}`),
    );
    const href = glossaryHrefs([...many, term('zebra', 'Zebra'), term('apple', 'Apple')]);
    expect(href('apple')).toBe('/glossary/#apple');
    expect(href('letter-A')).toBe('/glossary/#letter-A');
    expect(href('t-010')).toBe('/glossary/#t-010');
    expect(href('t-449')).toBe('/glossary/page/2/#t-449');
    expect(href('letter-Z')).toBe('/glossary/page/2/#letter-Z');
    expect(href('letter-T')).toBe('/glossary/#letter-T');
  });
});
