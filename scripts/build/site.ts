import { spawn } from 'node:child_process';
import { PROJECT_ROOT, siteDir } from '../content/paths.ts';
import { ASTRO_CLI, CONTENT_CHECK, CONTENT_CHECKED_ENV } from './commands.ts';
import { finishSite } from './finish.ts';
import { ASTRO_ENV, ASTRO_NODE_FLAGS } from './memory-settings.ts';
import { clearStaging, promoteStaging, stagingDirFor } from './staging.ts';

/** Runs a Node script to its end in a process of its own, with the build's output; resolves to its exit status. */
function runNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
}

/**
 * `npm run build`: three stages, each in a process of its own, one after another, so that the build's peak memory is
 * that of the largest rather than their sum:
 * - the content gate checks every record and quote (scripts/check-content.ts). Inside Astro's process, the memory it
 *   took was not given back before Astro read the same records again: at 10,000 sources Astro's process peaked at
 *   4.25 GB with the check inside it and 3.5 GB without. Started beside Astro's process, on two cores, the gate took
 *   102.6 s (74.7 s alone), and the build peaked at 3.32 GB; one stage after the other, it peaked at 2.87 GB;
 * - Astro writes the pages, told the content has been checked, into a staging folder;
 * - once Astro has ended, this process makes the search index, social cards and service worker from the finished
 *   pages (finish.ts). As steps inside Astro's process they ran on top of everything it still held (every record,
 *   every page's code), with Pagefind's process beside it;
 * - the staging folder then takes the place of the site: a failed build leaves the previous site whole.
 */
const target = siteDir();
const staging = stagingDirFor(target);
const fail = (status: number): never => {
  clearStaging(target);
  process.exit(status);
};
clearStaging(target);
const checked = await runNode([CONTENT_CHECK]);
if (checked !== 0) fail(checked);
const built = await runNode([...ASTRO_NODE_FLAGS, ASTRO_CLI, 'build'], {
  ...ASTRO_ENV,
  ...process.env,
  LMS_OUT_DIR: staging,
  [CONTENT_CHECKED_ENV]: '1',
});
if (built !== 0) fail(built);
try {
  await finishSite(staging);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  fail(1);
}
promoteStaging(target);
