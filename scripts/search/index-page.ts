import { parseBuiltHtml } from './html-tree.ts';
import { toHtml } from 'hast-util-to-html';
import {
  addIndexFilters,
  addIndexMeta,
  filtersOf,
  headingOf,
  indexedText,
  isIndexed,
  metaTextOf,
  shapeForIndex,
  shortAnswerOf,
  subheadingsOf,
  titleTextOf,
} from './index-html.ts';
import { hasPhrase, indexPhrases, phraseToken, toWording, type PhraseIndex } from './phrases.ts';
import { isStopWord } from './query.ts';
import { missingWords } from './reader-words.ts';
import { pagefindEntries } from './facets.ts';
import { PAGE_META, SEARCH_META } from './ranking.ts';
import { AUDIENCES, type PageFacets } from '../../src/schemas/page-facets.ts';
import type { PageSummary } from './suggest-data.ts';

/** How a page that does not describe itself (home, about, lists, downloads) is filed: for every cancer and reader. */
const UNDESCRIBED_PAGE: PageFacets = { type: 'site', cancers: ['all'], audiences: [...AUDIENCES] };

export interface IndexedPage {
  /** The page as the index reads it. */
  content: string;
  summary: PageSummary;
}

/** A question page's answer, as long as a result shows it; longer answers end at the last whole sentence that fits. */
const ANSWER_CHARACTERS = 320;

function shorten(text: string): string {
  if (text.length <= ANSWER_CHARACTERS) return text;
  const cut = text.slice(0, ANSWER_CHARACTERS);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '));
  return sentenceEnd > ANSWER_CHARACTERS / 2 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/**
 * What the index step knows about the reader's words: how to expand a text, and the phrases kept whole: all of them
 * in titles, the reader-words map's in the whole text (every glossary phrase there would more than double what each
 * result downloads).
 */
export interface Expansion {
  expand: (text: PhraseIndex | string) => string[];
  phrases: readonly string[];
  textPhrases: readonly string[];
}

/**
 * The page's `<main>`, where the layout puts everything the index reads (text, filters and metadata); the index
 * is given only that, so the header, footer and head are neither parsed nor written again for every page.
 */
function mainOf(html: string): string | undefined {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  return start === -1 || end < start ? undefined : html.slice(start, end + '</main>'.length);
}

/**
 * Attributes the index copy keeps: those Pagefind reads (pagefind/src/fossick/parser.rs: lang, id, data-pagefind-*, and
 * an image's src and alt for a result's picture) and those the shaping reads (class, for tags). The rest (links, ARIA,
 * styling hooks) were more than half of a source page's markup, parsed and printed again for nothing.
 */
const isIndexAttribute = (name: string) =>
  name === 'id' || name === 'class' || name === 'lang' || name === 'src' || name === 'alt' || name.startsWith('data-pagefind-');

/** How a page marks what the index reads (index-html.ts looks for the element); attribute names are case-blind. */
const BODY_MARK = /\sdata-pagefind-body[\s=>]/i;

const languageOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';

/**
 * Prepares one built page for the index: shaped so its text reads cleanly in results, with the words readers may
 * use for what it says (from its text, and with more weight from its title) and, for a question, its short answer.
 * Undefined for a page the index does not read.
 */
export function indexPage(html: string, url: string, { expand, phrases, textPhrases }: Expansion): IndexedPage | undefined {
  const main = mainOf(html);
  // The index reads only pages whose markup marks a body; the catalogue pages' thousands of rows do not, and go unparsed.
  if (main === undefined || !BODY_MARK.test(main)) return undefined;
  const tree = parseBuiltHtml(main, isIndexAttribute);
  if (!isIndexed(tree)) return undefined;
  shapeForIndex(tree);
  const text = indexedText(tree);
  const title = titleTextOf(tree);
  const heading = headingOf(tree);
  if (filtersOf(tree).type === undefined) {
    const { filters, meta } = pagefindEntries(UNDESCRIBED_PAGE);
    addIndexFilters(tree, filters);
    addIndexMeta(tree, Object.fromEntries(meta.map(({ key, value }) => [key, value])));
  }
  const type = filtersOf(tree).type?.[0];
  const answer = type === 'question' ? shortAnswerOf(tree) : undefined;
  const names = metaTextOf(tree, PAGE_META.names);
  // The page's cancer as a reader names it ("Neuroendocrine" reads as neuroendocrine cancer); none for pages about all three.
  const cancer = metaTextOf(tree, PAGE_META.cancer) ?? '';
  const cancerText = /\ball\b/i.test(cancer)
    ? ''
    : cancer
        .split(', ')
        .map((label) => `${label} cancer`)
        .join('. ');
  // Searches leave out small words such as "of" and "the", so the index need not hold them either. A phrase the text
  // says, or is found by, is held whole as well (see groupPhrases).
  const readerWords = (own: string, whole = phrases) => {
    const index = indexPhrases(own);
    const added = expand(index);
    const addedKeys = new Set(added.map((wording) => toWording(wording).key.toLowerCase()));
    const tokens = whole.filter((phrase) => addedKeys.has(phrase) || hasPhrase(index, phrase));
    return [...missingWords(added, index).filter((word) => !isStopWord(word)), ...tokens.map(phraseToken)];
  };
  // Text weighted as part of the title (a treatment's other names) counts as title too; Pagefind's own title is the heading.
  const titleWords = [...new Set([...missingWords([title], heading).filter((word) => !isStopWord(word)), ...readerWords(title)])];
  addIndexMeta(tree, {
    [SEARCH_META.words]: readerWords(text, textPhrases).join(' '),
    [SEARCH_META.titleWords]: titleWords.join(' '),
    [SEARCH_META.cancerWords]: readerWords(cancerText).join(' '),
    ...(answer === undefined ? {} : { [SEARCH_META.answer]: shorten(answer) }),
  });
  return {
    content: `<!doctype html><html lang="${languageOf(html)}"><body>${toHtml(tree)}</body></html>`,
    summary: { url, type, title: heading, subheadings: subheadingsOf(tree), alsoFoundBy: [...titleWords, ...(names ? [names] : [])] },
  };
}
