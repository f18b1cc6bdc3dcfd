import { TREATMENTS } from '../../src/schemas/vocabulary.ts';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import type { Question } from '../../src/schemas/question.ts';
import type { Treatment } from '../../src/schemas/treatment.ts';
import { checkUniqueIds, type Dataset } from './checks.ts';
import type { WithOrigin } from './parse.ts';
import type { Problem } from './problems.ts';
import { findLooseNumbers } from './prose.ts';

/** A page written in MDX: its front matter record, its body and the file name that is its id. */
export type DocumentRecord<T> = WithOrigin<T> & { id: string; body: string; bodyLine: number };
export type QuestionRecord = DocumentRecord<Question>;
export type TreatmentRecord = DocumentRecord<Treatment>;
export type GlossaryRecord = WithOrigin<GlossaryTerm>;

/** Ids the guide pages may point at, gathered from the rest of the content (including records that failed their schema, already reported). */
export interface GuideTargets {
  outcomes: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

const TREATMENT_IDS: ReadonlySet<string> = new Set(TREATMENTS);

function problemAt(record: { origin: { file: string; line?: number } }, field: string, message: string): Problem {
  return { file: record.origin.file, line: record.origin.line, field, message };
}

function proseProblems(record: { origin: { file: string; line?: number } }, fields: [string, string][]): Problem[] {
  return fields.flatMap(([field, text]) =>
    findLooseNumbers(text).map((loose) =>
      problemAt(record, field, `has a number typed into prose ("${loose}"); show figures with <Fig id="…" /> from the outcome data`),
    ),
  );
}

/** Every figure a guide page lists names an outcome record (its body is checked with the other pages' bodies, in validate.ts). */
function checkListedFigures(record: DocumentRecord<{ figures: string[] }>, targets: GuideTargets): Problem[] {
  return record.figures.flatMap((id, index) =>
    targets.outcomes.has(id) ? [] : [problemAt(record, `figures.${index}`, `"${id}" is not an outcome record`)],
  );
}

export function checkQuestions(questions: readonly QuestionRecord[], targets: GuideTargets): Problem[] {
  const questionIds = new Set([...questions.map((question) => question.id), ...targets.questions]);
  return questions.flatMap((question) => [
    ...checkListedFigures(question, targets),
    ...proseProblems(question, [
      ['question', question.question],
      ['description', question.description],
    ]),
    ...question.sources.flatMap((id, index) =>
      targets.sources.has(id) ? [] : [problemAt(question, `sources.${index}`, `"${id}" is not a source id (known: ${[...targets.sources].join(', ')})`)],
    ),
    ...question.related.flatMap((id, index) => {
      if (id === question.id) return [problemAt(question, `related.${index}`, 'names the page itself; list other questions')];
      return questionIds.has(id) ? [] : [problemAt(question, `related.${index}`, `"${id}" is not a question page`)];
    }),
  ]);
}

export function checkTreatments(treatments: readonly TreatmentRecord[], targets: GuideTargets): Problem[] {
  return treatments.flatMap((treatment) => [
    ...(TREATMENT_IDS.has(treatment.id)
      ? []
      : [problemAt(treatment, '(file name)', `"${treatment.id}" is not a treatment id; name the file after one of: ${TREATMENTS.join(', ')}`)]),
    ...checkListedFigures(treatment, targets),
    ...proseProblems(treatment, [
      ['description', treatment.description],
      ...treatment.otherNames.map((name, index): [string, string] => [`otherNames.${index}`, name]),
    ]),
  ]);
}

/** Question pages may only link to treatments that have a page (pages that failed their own checks still count: they are reported already). */
export function checkTreatmentLinks(questions: readonly QuestionRecord[], treatments: readonly TreatmentRecord[], rejected: ReadonlySet<string> = new Set()): Problem[] {
  const pages = new Set([...treatments.map((treatment) => treatment.id), ...rejected]);
  return questions.flatMap((question) =>
    question.treatments.flatMap((id, index) =>
      pages.has(id) ? [] : [problemAt(question, `treatments.${index}`, `"${id}" has no treatment page in content/treatments`)],
    ),
  );
}

/** Each wording the glossary marks in page text must lead to one entry only. */
export function checkGlossary(terms: readonly GlossaryRecord[], treatments: readonly TreatmentRecord[], rejected: ReadonlySet<string> = new Set()): Problem[] {
  const pages = new Set([...treatments.map((treatment) => treatment.id), ...rejected]);
  const owner = new Map<string, string>();
  const problems: Problem[] = [...checkUniqueIds(terms, 'glossary term')];
  for (const term of terms) {
    for (const wording of [term.term, ...term.aliases]) {
      const key = wording.toLowerCase();
      const first = owner.get(key);
      if (first && first !== term.id) problems.push(problemAt(term, 'aliases', `"${wording}" is already a wording of "${first}"; a wording may lead to one entry only`));
      else owner.set(key, term.id);
    }
    if (term.treatment && !pages.has(term.treatment)) {
      problems.push(problemAt(term, 'treatment', `"${term.treatment}" has no treatment page in content/treatments`));
    }
    problems.push(...proseProblems(term, [['definition', term.definition], ['term', term.term]]));
  }
  return problems;
}

/** Every check on the guide pages (questions, treatments, glossary) against the rest of the dataset. */
export function checkGuide(dataset: Dataset): Problem[] {
  const rejected = dataset.rejected ?? { sources: new Set<string>(), outcomes: new Set<string>() };
  const targets: GuideTargets = {
    outcomes: new Set([...dataset.outcomes.map((outcome) => outcome.id), ...rejected.outcomes]),
    sources: new Set([...dataset.sources.map((source) => source.id), ...rejected.sources]),
    questions: rejected.questions ?? new Set(),
  };
  const { questions = [], treatments = [], glossary = [] } = dataset;
  return [
    ...checkQuestions(questions, targets),
    ...checkTreatments(treatments, targets),
    ...checkTreatmentLinks(questions, treatments, rejected.treatments),
    ...checkGlossary(glossary, treatments, rejected.treatments),
  ];
}
