import type { AstroIntegration } from 'astro';
import { CONTENT_GATE_BESIDE_ENV } from '../../scripts/build/commands.ts';
import { contentChecked } from '../../scripts/build/content-verdict.ts';
import { runContentGate } from '../../scripts/content/gate.ts';

/**
 * Checks every record before Astro writes a page, so bad content stops the build with file, field and reason
 * instead of leaving a partial site behind. `npm run build` checks the content in a process beside Astro's
 * (scripts/build/site.ts) and says so: Astro then reads the content and bundles the pages' code meanwhile, and waits
 * for that check's verdict before it writes a page, so that the check's memory is given back before Astro's grows
 * with the pages.
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        if (process.env[CONTENT_GATE_BESIDE_ENV] === '1') {
          // Astro writes the pages in a 'post' buildApp hook of its own, after the bundles are built; this plugin's
          // hook, also 'post' and earlier among the plugins, runs between the two.
          updateConfig({ vite: { plugins: [{ name: 'content-gate-verdict', buildApp: { order: 'post', handler: contentChecked } }] } });
          return;
        }
        // A thrown error would bury the list under Astro's "unhandled error" banner and a stack trace of this
        // hook; the list is the whole story, so it is printed and the build stops.
        if (!runContentGate(logger)) process.exit(1);
      },
    },
  };
}
