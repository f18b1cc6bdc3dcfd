import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { CARD_FOLDER } from '../../scripts/social/card-spec.ts';
import { SEARCH_BUNDLE_FOLDER } from './search-index.ts';

/** Query parameters that never change a page: the search page reads them in the browser, and Pagefind adds ?ts= to bust caches. */
const PAGE_STATE_PARAMETERS = [/^q$/, /^cancer$/, /^type$/, /^audience$/, /^ts$/];

/**
 * Writes a service worker that precaches every page, style, script and the search index, so the
 * site keeps working with no network after one visit. Runs after the search index is written, so
 * the index is in the precache list. Revisions are content hashes, so two builds of the same
 * content give the same worker.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: siteDir,
          globPatterns: ['**/*.{html,css,js,svg,png,ico,webmanifest}', `${SEARCH_BUNDLE_FOLDER}/**/*`],
          // Pagefind also writes ready-made interfaces and a worker; the search page uses its own interface on the main
          // thread, so they are not precached. The not-found page answers 404 when asked for by name, which would fail the install.
          // Social cards are for link previews made by other sites, never shown by the site itself.
          globIgnores: [
            `${CARD_FOLDER}/**`,
            `${SEARCH_BUNDLE_FOLDER}/pagefind-*ui.*`,
            `${SEARCH_BUNDLE_FOLDER}/pagefind-highlight.js`,
            `${SEARCH_BUNDLE_FOLDER}/pagefind-worker.js`,
            '404.html',
          ],
          // At the site root so its scope is the whole site; register-service-worker.ts loads it from there.
          swDest: path.join(siteDir, 'sw.js'),
          dontCacheBustURLsMatching: /^_astro\//,
          ignoreURLParametersMatching: PAGE_STATE_PARAMETERS,
          directoryIndex: 'index.html',
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB)`);
      },
    },
  };
}
