import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** What every page must carry for readers, screen readers and search engines. */
export interface PageFacts {
  lang: string;
  title: string;
  description: string;
  h1Count: number;
  /** Images a screen reader would announce without a text alternative (the src of each). */
  imagesWithoutAlt: string[];
}

function attribute(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** An image hidden from assistive technology may carry an empty alt; any other needs words. */
function lacksAlt(properties: Record<string, unknown>): boolean {
  const hidden = properties.ariaHidden === 'true' || ['presentation', 'none'].includes(attribute(properties.role));
  if (hidden) return properties.alt === undefined;
  return attribute(properties.alt) === '';
}

export function pageFacts(html: string): PageFacts {
  const tree = fromHtml(html);
  const titleElement = select('head > title', tree);
  return {
    lang: attribute(select('html', tree)?.properties.lang),
    title: titleElement ? toString(titleElement).trim() : '',
    description: attribute(select('head > meta[name="description"]', tree)?.properties.content),
    h1Count: selectAll('h1', tree).length,
    imagesWithoutAlt: selectAll('img', tree)
      .filter((image) => lacksAlt(image.properties))
      .map((image) => attribute(image.properties.src) || '(no src)'),
  };
}
