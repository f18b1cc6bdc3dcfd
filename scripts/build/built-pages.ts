import fs from 'node:fs';
import path from 'node:path';

/** Every built HTML page, as paths relative to the site folder ("sources/x/index.html"), in a fixed order so two builds agree. */
export function listHtmlPages(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The address the site links a built page by: "sources/x/index.html" → "/sources/x/", "404.html" → "/404.html". */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
