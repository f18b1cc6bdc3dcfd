import { describe, expect, test } from 'vitest';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { pageFacetsSchema } from '../../src/schemas/page-facets.ts';
import { questionSchema } from '../../src/schemas/question.ts';
import { treatmentSchema } from '../../src/schemas/treatment.ts';

/** Minimal valid records; each rejection below changes one thing. */
const questionData = (overrides: Record<string, unknown> = {}) => ({
  question: 'Can surgery be repeated?',
  description: 'About repeat surgery.',
  topic: 'outlook',
  order: 1,
  audiences: ['patients-families'],
  sources: ['x'],
  lastReviewed: '2026-01-01',
  ...overrides,
});

const treatmentData = (overrides: Record<string, unknown> = {}) => ({
  description: 'Removing part of the liver.',
  lastReviewed: '2026-01-01',
  ...overrides,
});

const termRow = (overrides: Record<string, string> = {}) => ({
  id: 'hepatectomy',
  term: 'Hepatectomy',
  aliases: '',
  definition: 'Removing part of the liver.',
  treatment: '',
  ...overrides,
});

const facetsData = (overrides: Record<string, unknown> = {}) => ({
  type: 'question',
  cancers: ['all'],
  audiences: ['clinicians'],
  ...overrides,
});

function failingPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('question schema', () => {
  test('accepts minimal front matter and fills defaults', () => {
    const parsed = questionSchema.parse(questionData());
    expect(parsed.cancers).toEqual([]);
    expect(parsed.figures).toEqual([]);
    expect(parsed.related).toEqual([]);
  });

  test.each([
    ['wording that is not a question', { question: 'Repeat surgery.' }, 'question'],
    ['HTML in the question', { question: '<b>Why</b>?' }, 'question'],
    ['unknown topic', { topic: 'gossip' }, 'topic'],
    ['order of zero', { order: 0 }, 'order'],
    ['no audience', { audiences: [] }, 'audiences'],
    ['unknown audience', { audiences: ['surgeons'] }, 'audiences.0'],
    ['unknown cancer', { cancers: ['lung'] }, 'cancers.0'],
    ['no source', { sources: [] }, 'sources'],
    ['unknown treatment', { treatments: ['magic'] }, 'treatments.0'],
    ['figure id with capitals', { figures: ['CRC-OS'] }, 'figures.0'],
    ['missing review date', { lastReviewed: undefined }, 'lastReviewed'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(failingPaths(questionSchema.safeParse(questionData(overrides)))).toContain(path);
  });
});

describe('treatment schema', () => {
  test('accepts minimal front matter and fills defaults', () => {
    expect(treatmentSchema.parse(treatmentData())).toMatchObject({ otherNames: [], figures: [] });
  });

  test.each([
    ['empty description', { description: ' ' }, 'description'],
    ['HTML in another name', { otherNames: ['<i>TACE</i>'] }, 'otherNames.0'],
    ['figure id with spaces', { figures: ['crc os'] }, 'figures.0'],
    ['date in the wrong form', { lastReviewed: '24/11/2026' }, 'lastReviewed'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(failingPaths(treatmentSchema.safeParse(treatmentData(overrides)))).toContain(path);
  });
});

describe('glossary term schema', () => {
  test('splits aliases on semicolons and treats empty cells as none', () => {
    expect(glossaryTermSchema.parse(termRow({ aliases: ' hepatectomies;partial hepatectomy ; ' })).aliases).toEqual([
      'hepatectomies',
      'partial hepatectomy',
    ]);
    const parsed = glossaryTermSchema.parse(termRow());
    expect(parsed.aliases).toEqual([]);
    expect(parsed.treatment).toBeUndefined();
  });

  test.each([
    ['id with spaces', { id: 'liver resection' }, 'id'],
    ['empty term', { term: '' }, 'term'],
    ['empty definition', { definition: '' }, 'definition'],
    ['HTML in an alias', { aliases: '<b>RFA</b>' }, 'aliases.0'],
    ['unknown treatment page', { treatment: 'magic' }, 'treatment'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(failingPaths(glossaryTermSchema.safeParse(termRow(overrides)))).toContain(path);
  });
});

describe('page facets schema', () => {
  test('accepts a page about every cancer', () => {
    expect(pageFacetsSchema.parse(facetsData())).toMatchObject({ type: 'question', cancers: ['all'] });
  });

  test.each([
    ['unknown page type', { type: 'blog' }, 'type'],
    ['no cancer', { cancers: [] }, 'cancers'],
    ['unknown cancer', { cancers: ['lung'] }, 'cancers.0'],
    ['no audience', { audiences: [] }, 'audiences'],
    ['year that is not whole', { year: 2012.5 }, 'year'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(failingPaths(pageFacetsSchema.safeParse(facetsData(overrides)))).toContain(path);
  });
});
