import { getCollection, type CollectionEntry } from 'astro:content';
import { alphabetical, glossaryHrefs, glossaryPages } from '../../scripts/glossary/pages.ts';
import { QUESTION_TOPICS, type QuestionTopic } from '../schemas/question.ts';
import { TREATMENTS } from '../schemas/vocabulary.ts';
import { once } from './data.ts';

export type QuestionEntry = CollectionEntry<'questions'>;
export type TreatmentEntry = CollectionEntry<'treatments'>;

/** Questions in the order the questions list shows them: by topic, then by their own order. */
export async function getQuestions(): Promise<QuestionEntry[]> {
  const topics = Object.keys(QUESTION_TOPICS) as QuestionTopic[];
  return (await getCollection('questions')).sort(
    (a, b) => topics.indexOf(a.data.topic) - topics.indexOf(b.data.topic) || a.data.order - b.data.order,
  );
}

/** Treatment pages in the order of the treatment vocabulary, which runs from surgery to medicines. */
export async function getTreatments(): Promise<TreatmentEntry[]> {
  const order: readonly string[] = TREATMENTS;
  return (await getCollection('treatments')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** Glossary entries in alphabetical order of the term. */
export const getGlossary = once(async () => alphabetical((await getCollection('glossary')).map((entry) => entry.data)));

/** The glossary's pages. */
export const getGlossaryPages = once(async () => glossaryPages(await getGlossary()));

const getGlossaryHrefs = once(async () => glossaryHrefs(await getGlossary()));

/** The glossary page and anchor of an entry ("hepatectomy") or a letter ("letter-H"). */
export async function glossaryHref(anchor: string): Promise<string> {
  return (await getGlossaryHrefs())(anchor);
}

export function questionHref(id: string): string {
  return `/questions/${id}/`;
}

export function treatmentHref(id: string): string {
  return `/treatments/${id}/`;
}
