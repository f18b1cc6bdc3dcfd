import fs from 'node:fs';
import path from 'node:path';

/**
 * Every built HTML page, as paths relative to the site folder ("sources/x/index.html"), in a fixed order so two builds agree.
 * Pages are listed while Astro still writes, and Astro removes its own working folders under the site folder as it
 * goes, so a folder that vanishes between being seen and being read holds no pages rather than failing the look.
 */
export function listHtmlPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (prefix !== '' && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${name}/`);
      else if (entry.name.endsWith('.html')) pages.push(name);
    }
  };
  walk(siteDir, '');
  return pages.sort();
}

/** The address the site links a built page by: "sources/x/index.html" → "/sources/x/", "404.html" → "/404.html". */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
