/** The parts of a Pagefind result's data the search page shows. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** A stretch of excerpt text; marked stretches are the words that matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultView {
  title: string;
  url: string;
  /** "Question · Istanbul colorectal liver metastasis series · 2012", from the page's metadata. */
  details: string;
  excerpt: ExcerptPart[];
  headings: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Pagefind's excerpt is escaped text with <mark> around matches. Splitting it into parts lets the page
 * build the highlight with text nodes, never parsing HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: decode(marked ? part.slice('<mark>'.length, -'</mark>'.length) : part.replace(/<[^>]*>/g, '')), marked };
    });
}

/** Sub-results that jump to a heading, at most this many per page so one long page does not crowd out the rest. */
export const MAX_HEADINGS = 3;

export function shapeResult(data: PagefindResultData): ResultView {
  const details = [data.meta.type, data.meta.source, data.meta.year].filter((part): part is string => Boolean(part));
  return {
    title: data.meta.title ?? data.url,
    url: data.url,
    details: details.join(' · '),
    excerpt: excerptParts(data.excerpt),
    headings: (data.sub_results ?? [])
      .filter((sub) => sub.url.includes('#'))
      .slice(0, MAX_HEADINGS)
      .map((sub) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) })),
  };
}
