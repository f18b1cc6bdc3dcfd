import { spawn } from 'node:child_process';
import { PROJECT_ROOT, siteDir } from '../content/paths.ts';
import { ASTRO_CLI } from './commands.ts';
import { finishSite } from './finish.ts';

/**
 * Astro's bundler (Rolldown) allocates through mimalloc, which by default keeps memory it has freed for a while
 * before returning it; the bundler is done long before the pages are written, so its memory may go back at once.
 */
const ASTRO_ENV = { MIMALLOC_PURGE_DELAY: '0' };

function astroBuild(): Promise<number> {
  return new Promise((resolve, reject) => {
    const env = { ...ASTRO_ENV, ...process.env };
    const child = spawn(process.execPath, [ASTRO_CLI, 'build'], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
}

/**
 * `npm run build`: Astro checks the content and writes the pages in a process of its own; once it has ended, the
 * search index, social cards and service worker are made from the finished pages in this one (finish.ts). As steps
 * inside Astro's process they ran on top of everything it still held (every record, every page's code), with
 * Pagefind's process beside it; apart, the build's peak memory is the larger of the two rather than their sum.
 */
const status = await astroBuild();
if (status !== 0) process.exit(status);
try {
  await finishSite(siteDir());
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
