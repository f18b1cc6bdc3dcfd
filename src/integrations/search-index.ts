import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Folder of the search bundle inside the built site; the search page loads /pagefind/pagefind.js from it. */
export const SEARCH_BUNDLE_FOLDER = 'pagefind';

/**
 * Indexes the built pages with Pagefind once every page is written, so search works from any
 * static host with no request leaving the site. The folder comes from the hook, as builds go to
 * different output folders.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: siteDir });
          const written = await index.writeFiles({ outputPath: path.join(siteDir, SEARCH_BUNDLE_FOLDER) });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          logger.info(`${added.page_count} pages indexed for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
