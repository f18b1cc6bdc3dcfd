import type { AstroIntegration } from 'astro';
import { CONTENT_CHECKED_ENV } from '../../scripts/build/commands.ts';
import { runContentGate } from '../../scripts/content/gate.ts';

/**
 * Checks every record before Astro writes a page, so bad content stops the build with file, field and reason
 * instead of leaving a partial site behind. `npm run build` checks the content in a process of its own before
 * Astro starts (scripts/build/site.ts) and says so, so that the check's memory is given back before Astro's grows.
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (process.env[CONTENT_CHECKED_ENV] === '1') return;
        // A thrown error would bury the list under Astro's "unhandled error" banner and a stack trace of this
        // hook; the list is the whole story, so it is printed and the build stops.
        if (!runContentGate(logger)) process.exit(1);
      },
    },
  };
}
