import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';

/** Astro's command-line entry, run with the project's own Node (process.execPath). */
export const ASTRO_CLI = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The site's whole build, `npm run build`: Astro, then the steps that read the finished pages (site.ts). */
export const SITE_BUILD = path.join(PROJECT_ROOT, 'scripts', 'build', 'site.ts');

/** The content gate on its own, `npm run check:content`: the first step of the site's build. */
export const CONTENT_CHECK = path.join(PROJECT_ROOT, 'scripts', 'check-content.ts');
