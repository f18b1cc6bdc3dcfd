import { describe, expect, test } from 'vitest';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { questionSchema } from '../../src/schemas/question.ts';
import { treatmentSchema } from '../../src/schemas/treatment.ts';
import type { Dataset } from '../../scripts/content/checks.ts';
import { checkGuide, type GlossaryRecord, type QuestionRecord, type TreatmentRecord } from '../../scripts/content/guide-checks.ts';

const origin = (file: string) => ({ file, line: 1 });

function question(id: string, data: Record<string, unknown> = {}, body = 'Plain words.'): QuestionRecord {
  const parsed = questionSchema.parse({
    question: 'Can it be done?',
    description: 'About it.',
    topic: 'outlook',
    order: 1,
    audiences: ['nurse-line'],
    sources: ['x'],
    lastReviewed: '2026-01-01',
    ...data,
  });
  return { ...parsed, id, body, bodyLine: 12, origin: origin(`content/questions/${id}.mdx`) };
}

function treatment(id: string, data: Record<string, unknown> = {}, body = 'Plain words.'): TreatmentRecord {
  const parsed = treatmentSchema.parse({ description: 'About it.', lastReviewed: '2026-01-01', ...data });
  return { ...parsed, id, body, bodyLine: 6, origin: origin(`content/treatments/${id}.mdx`) };
}

function term(id: string, aliases = '', data: Record<string, string> = {}, line = 2): GlossaryRecord {
  const parsed = glossaryTermSchema.parse({ id, term: id, aliases, definition: 'A plain definition.', treatment: '', ...data });
  return { ...parsed, origin: { file: 'content/glossary/terms.csv', line } };
}

/** A dataset with one source ("x") and one figure ("x-os"); each test adds guide records. */
function dataset(guide: Partial<Pick<Dataset, 'questions' | 'treatments' | 'glossary'>>): Dataset {
  return {
    sources: [{ id: 'x' } as Dataset['sources'][number]],
    outcomes: [{ id: 'x-os' } as Dataset['outcomes'][number]],
    patients: [],
    ...guide,
  };
}

const messages = (data: Dataset) =>
  checkGuide(data).map((problem) => `${problem.file}:${problem.line} › ${problem.field}: ${problem.message}`);

describe('guide cross-checks', () => {
  test('a consistent set of pages passes', () => {
    const data = dataset({
      questions: [question('a', { figures: ['x-os'], treatments: ['ablation'], related: ['b'] }, 'See <Fig id="x-os" />.'), question('b')],
      treatments: [treatment('ablation', { figures: ['x-os'] })],
      glossary: [term('rfa', 'radiofrequency ablation', { treatment: 'ablation' })],
    });
    expect(messages(data)).toEqual([]);
  });

  test.each([
    [
      'a listed figure naming no record',
      { questions: [question('a', { figures: ['nope'] })] },
      'figures.0: "nope" is not an outcome record',
    ],
    ['an unknown source', { questions: [question('a', { sources: ['y'] })] }, 'sources.0: "y" is not a source id'],
    ['a related question with no page', { questions: [question('a', { related: ['b'] })] }, 'related.0: "b" is not a question page'],
    ['a question related to itself', { questions: [question('a', { related: ['a'] })] }, 'related.0: names the page itself'],
    [
      'a typed figure in the question wording',
      { questions: [question('a', { question: 'Is it 70% or more?' })] },
      'question: has a number typed into prose',
    ],
    [
      'a link to a treatment with no page',
      { questions: [question('a', { treatments: ['ablation'] })] },
      'treatments.0: "ablation" has no treatment page',
    ],
    [
      'a treatment file not named after a treatment id',
      { treatments: [treatment('magic')] },
      'content/treatments/magic.mdx:1 › (file name): "magic" is not a treatment id',
    ],
    [
      'a typed figure in a treatment name',
      { treatments: [treatment('ablation', { otherNames: ['RFA 2'] })] },
      'otherNames.0: has a number typed into prose',
    ],
    ['a repeated glossary id', { glossary: [term('rfa'), term('rfa', '', {}, 3)] }, 'terms.csv:3 › id: "rfa" is already used'],
    [
      'one wording for two entries',
      { glossary: [term('rfa', 'ablation'), term('ablation', '', {}, 3)] },
      'terms.csv:3 › aliases: "ablation" is already a wording of "rfa"',
    ],
    [
      'a typed figure in a definition',
      { glossary: [term('rfa', '', { definition: 'Works in 9 of 10.' })] },
      'definition: has a number typed into prose',
    ],
    [
      'a glossary link to a treatment with no page',
      { glossary: [term('rfa', '', { treatment: 'ablation' })] },
      'treatment: "ablation" has no treatment page',
    ],
  ])('reports %s with file, field and reason', (_name, guide, expected) => {
    expect(messages(dataset(guide)).join('\n')).toContain(expected);
  });

  test('links to a question file that failed its own schema are not reported again', () => {
    const data = {
      ...dataset({ questions: [question('a', { related: ['b'] })] }),
      rejected: { sources: new Set<string>(), outcomes: new Set<string>(), questions: new Set(['b']) },
    };
    expect(messages(data)).toEqual([]);
  });
});
