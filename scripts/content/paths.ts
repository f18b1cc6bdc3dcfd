import path from 'node:path';

/** npm scripts, Astro and Vitest all run from the project folder; bundlers move modules, so import.meta.url is not a stable anchor. */
export const PROJECT_ROOT = process.cwd();

/** The content folder; tests and the benchmark point LMS_CONTENT_DIR at fixtures or synthetic content. */
export function contentDir(): string {
  return path.resolve(PROJECT_ROOT, process.env.LMS_CONTENT_DIR ?? 'content');
}

/** Where a build writes the site; tests and the benchmark point LMS_OUT_DIR at folders of their own. */
export function siteDir(): string {
  return path.resolve(PROJECT_ROOT, process.env.LMS_OUT_DIR ?? 'dist');
}

/**
 * Astro's cache folder, where a build also keeps work the next build can reuse (formatted citations, social cards);
 * tests and the benchmark point LMS_CACHE_DIR at folders of their own.
 */
export function cacheDir(): string {
  return path.resolve(PROJECT_ROOT, process.env.LMS_CACHE_DIR ?? 'node_modules/.astro');
}

/** Path shown in messages: relative to the project when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith('..') ? file : relative;
}
