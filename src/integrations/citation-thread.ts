import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { FORMAT_WORKER, sharedCitationFormatter } from '../../scripts/citation/formatter.ts';
import { citationCodeVersion, loadStoredCitations, saveStoredCitations } from '../../scripts/citation/stored.ts';

/**
 * Starts the thread that formats the pages' citations (src/lib/citations.ts) as a build starts, so it builds its
 * citation styles while Vite bundles the pages rather than while the first page waits for its citation. The citations
 * a build formats are kept in Astro's cache folder, and the next build made with the same code formats only new items.
 */
export function citationThread(): AstroIntegration {
  let cacheDir = '';
  let version = '';
  return {
    name: 'citation-thread',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        version = citationCodeVersion();
        sharedCitationFormatter({ workerFile: FORMAT_WORKER, previous: loadStoredCitations(cacheDir, version) }).warm();
      },
      'astro:build:done': async () => {
        saveStoredCitations(cacheDir, version, await sharedCitationFormatter().formatted());
      },
    },
  };
}
