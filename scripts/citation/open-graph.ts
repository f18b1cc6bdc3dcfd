import type { PageImage } from './json-ld.ts';

/** What link previews show for a page. */
export interface OpenGraphInput {
  title: string;
  description: string;
  /** Canonical address; og:url is left out without one. */
  url?: string;
  siteName: string;
  /** "article" for pages about one source, "website" otherwise. */
  type: 'article' | 'website';
  /** YYYY-MM-DD: when the page was last checked, given as an article's modified time. */
  lastReviewed: string;
  /** The page's social card. */
  image: PageImage;
}

/** Open Graph <meta property content> pairs: the four required properties, the card's size and alt text. */
export function openGraphTags(page: OpenGraphInput): (readonly [property: string, content: string])[] {
  return [
    ['og:type', page.type],
    ['og:site_name', page.siteName],
    ['og:title', page.title],
    ['og:description', page.description],
    ...(page.url ? [['og:url', page.url] as const] : []),
    ['og:locale', 'en_GB'],
    ['og:image', page.image.url],
    ['og:image:type', 'image/png'],
    ['og:image:width', String(page.image.width)],
    ['og:image:height', String(page.image.height)],
    ['og:image:alt', page.image.alt],
    ...(page.type === 'article' ? [['article:modified_time', page.lastReviewed] as const] : []),
  ];
}
