import { buildExcerpt, markWords, type ExcerptPart } from './excerpt.ts';
import type { RankedPage } from './merge.ts';
import { PAGE_META, SEARCH_META, SHORT_ANSWER_ID } from './ranking.ts';

/** The parts of a page's Pagefind record the search page shows. */
export interface PagefindFragment {
  url: string;
  /** The page text as indexed; word positions count whitespace-separated words of it. */
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
}

export interface ResultView {
  title: string;
  url: string;
  /** "Question · Neuroendocrine", "Source summary · Breast · Gangnam … series · 2012": kind of page, cancer, source. */
  details: string;
  /** A question page's short answer, with the searched words marked. */
  answer?: ExcerptPart[];
  /** The passage holding the matches; left out for a question whose answer already shows them. */
  excerpt: ExcerptPart[];
  /** Parts of the page that hold matches, to jump straight to. */
  headings: { title: string; url: string }[];
  /** Searched words the page does not hold. */
  missing: string[];
}

/** Parts of a page offered as jumps, at most this many, so one long page does not crowd out the rest. */
export const MAX_HEADINGS = 3;

/** Headings a result may link to; the index keeps no other anchors (scripts/search/index-html.ts). */
export const LINKED_HEADINGS: readonly string[] = ['h2', 'h3'];

/** Headings (h2, h3) with an id whose part of the page holds the most matches, in page order. */
function matchedHeadings(fragment: PagefindFragment, words: RankedPage['words']): ResultView['headings'] {
  const headings = (fragment.anchors ?? [])
    .filter((anchor) => LINKED_HEADINGS.includes(anchor.element) && anchor.id && anchor.text?.trim())
    .sort((a, b) => a.location - b.location);
  const counted = headings.map((heading, index) => {
    const end = headings[index + 1]?.location ?? Infinity;
    return { heading, count: words.filter((word) => word.at >= heading.location && word.at < end).length };
  });
  return counted
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.heading.location - b.heading.location)
    .slice(0, MAX_HEADINGS)
    .sort((a, b) => a.heading.location - b.heading.location)
    .map(({ heading }) => ({ title: (heading.text as string).trim(), url: `${fragment.url.split('#')[0]}#${heading.id}` }));
}

export function shapeResult(fragment: PagefindFragment, page: Pick<RankedPage, 'matched' | 'missing' | 'words'>): ResultView {
  const { meta } = fragment;
  const details = [meta[PAGE_META.type], meta[PAGE_META.cancer], meta[PAGE_META.source], meta[PAGE_META.year]].filter(
    (part): part is string => Boolean(part),
  );
  const answerText = meta[SEARCH_META.answer];
  const answer = answerText ? markWords(answerText, page.matched) : undefined;
  const answerShowsMatches = answer?.some((part) => part.marked) ?? false;
  return {
    title: meta.title ?? fragment.url,
    url: fragment.url,
    details: details.join(' · '),
    answer,
    // A question's answer stands in for the passage unless the matches lie elsewhere on the page.
    excerpt: answer && (answerShowsMatches || page.words.length === 0) ? [] : buildExcerpt(fragment.content, page.words),
    // The answer is shown already, so its heading is no place to jump to.
    headings: matchedHeadings(fragment, page.words).filter((heading) => !(answer && heading.url.endsWith(`#${SHORT_ANSWER_ID}`))),
    missing: page.missing,
  };
}
