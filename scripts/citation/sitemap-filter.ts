import fs from 'node:fs';
import path from 'node:path';

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i;

/**
 * A filter for @astrojs/sitemap, which runs once the pages are written: a page whose HTML asks search
 * engines not to index it is left out, so the sitemap and the pages never disagree.
 */
export function indexedPages(outDir: string): (pageUrl: string) => boolean {
  return (pageUrl) => {
    const file = path.join(path.resolve(outDir), decodeURIComponent(new URL(pageUrl).pathname), 'index.html');
    return !fs.existsSync(file) || !NOINDEX.test(fs.readFileSync(file, 'utf8'));
  };
}
