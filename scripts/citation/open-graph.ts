/** What link previews show for a page. */
export interface OpenGraphInput {
  title: string;
  description: string;
  /** Canonical address; og:url is left out without one. */
  url?: string;
  siteName: string;
  /** "article" for pages about one source, "website" otherwise. */
  type: 'article' | 'website';
}

/** Open Graph <meta property content> pairs; no image, as the review publishes none. */
export function openGraphTags(page: OpenGraphInput): (readonly [property: string, content: string])[] {
  return [
    ['og:type', page.type],
    ['og:site_name', page.siteName],
    ['og:title', page.title],
    ['og:description', page.description],
    ...(page.url ? [['og:url', page.url] as const] : []),
    ['og:locale', 'en_GB'],
  ];
}
