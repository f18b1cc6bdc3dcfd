import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';

/** Astro's command-line entry, run with the project's own Node (process.execPath). */
export const ASTRO_CLI = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The site's whole build, `npm run build`: Astro, then the steps that read the finished pages (site.ts). */
export const SITE_BUILD = path.join(PROJECT_ROOT, 'scripts', 'build', 'site.ts');

/** The content gate on its own, `npm run check:content`: the first step of the site's build. */
export const CONTENT_CHECK = path.join(PROJECT_ROOT, 'scripts', 'check-content.ts');

/**
 * Set by the site's build for Astro when the content gate runs in a process beside Astro's: Astro then does not check
 * the content itself, and waits for the gate's verdict before it writes a page (content-verdict.ts). It lives here, not
 * beside the gate, so that the build script can name it without loading the gate's code (about 70 MB of the build
 * script's process, held beside Astro's and Pagefind's for the whole build).
 */
export const CONTENT_GATE_BESIDE_ENV = 'LMS_CONTENT_GATE_BESIDE';

/**
 * Set by the site's build for Astro: the process id of the content gate running beside it. Astro's content loader waits
 * for the gate's reading of a folder while the gate is still running (handed-readings.ts), and no longer once it ends.
 */
export const CONTENT_GATE_PID_ENV = 'LMS_CONTENT_GATE_PID';
