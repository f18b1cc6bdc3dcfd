import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { QUESTION_TOPICS, type Question } from '../../src/schemas/question.ts';
import { glossaryHrefs } from '../glossary/pages.ts';
import { wordsOf } from './phrases.ts';
import { isStopWord } from './query.ts';
import { createExpander, type WordGroup } from './reader-words.ts';
import type { SuggestionData } from './suggest.ts';

/** What the index step learnt about one page that suggestions draw on. */
export interface PageSummary {
  url: string;
  type: string | undefined;
  title: string;
  subheadings: string[];
  /** Words the page is also found by (its title's and its text's), and the study names it carries. */
  alsoFoundBy: string[];
}

/** Words to match typed words against: lower-cased, once each, less the small words a search leaves out. */
const lowerWords = (texts: readonly string[]) =>
  [...new Set(texts.flatMap((text) => wordsOf(text).map((word) => word.toLowerCase())))].filter((word) => !isStopWord(word));

/** Words worth correcting a typed word to: letters only, four or more of them. */
const spellable = (word: string) => /^\p{L}{4,}$/u.test(word);

/** Addresses of the question pages in the order the questions list shows them: by topic, then by each one's order. */
export function questionListOrder(questions: readonly (Pick<Question, 'topic' | 'order'> & { id: string })[]): string[] {
  const topics = Object.keys(QUESTION_TOPICS);
  return [...questions]
    .sort((a, b) => topics.indexOf(a.topic) - topics.indexOf(b.topic) || a.order - b.order)
    .map((question) => `/questions/${question.id}/`);
}

/**
 * Suggestions for a search that finds nothing: every question and glossary entry with the words each is found by
 * (its own and the reader's words for them), and the vocabulary a misspelt word is corrected against.
 */
export function buildSuggestionData(
  pages: readonly PageSummary[],
  glossary: readonly GlossaryTerm[],
  groups: readonly WordGroup[],
  questionOrder: readonly string[] = [],
): SuggestionData {
  const expand = createExpander(groups);
  // In the order of the questions list, so that with nothing near the words typed the first ones offered lead the list.
  const rank = (url: string) => (questionOrder.includes(url) ? questionOrder.indexOf(url) : questionOrder.length);
  const questions = pages
    .filter((page) => page.type === 'question')
    .sort((a, b) => rank(a.url) - rank(b.url))
    .map((page) => ({ title: page.title, url: page.url, words: lowerWords([page.title, ...page.alsoFoundBy]) }));
  const glossaryHref = glossaryHrefs(glossary);
  const terms = glossary.map((term) => {
    const wordings = [term.term, ...term.aliases];
    return {
      term: term.term,
      url: glossaryHref(term.id),
      definition: term.definition,
      words: lowerWords([...wordings, ...expand(wordings.join('. '))]),
    };
  });
  const vocabulary = lowerWords([
    ...pages.flatMap((page) => [page.title, ...page.subheadings, ...page.alsoFoundBy]),
    ...glossary.flatMap((term) => [term.term, ...term.aliases, term.definition]),
    ...groups.flatMap((group) => [...group.wordings, ...group.finds]),
  ])
    .filter(spellable)
    .sort();
  return { questions, terms, vocabulary };
}
