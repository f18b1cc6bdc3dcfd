import type { AstroIntegration } from 'astro';
import { FORMAT_WORKER, sharedCitationFormatter } from '../../scripts/citation/formatter.ts';

/**
 * Starts the thread that formats the pages' citations (src/lib/citations.ts) as a build starts, so it builds its
 * citation styles while Vite bundles the pages rather than while the first page waits for its citation.
 */
export function citationThread(): AstroIntegration {
  return {
    name: 'citation-thread',
    hooks: {
      'astro:build:start': () => sharedCitationFormatter({ workerFile: FORMAT_WORKER }).warm(),
    },
  };
}
