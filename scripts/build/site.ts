import { siteDir } from '../content/paths.ts';
import { ASTRO_CLI, CONTENT_CHECK, CONTENT_CHECKED_ENV } from './commands.ts';
import { finishSite } from './finish.ts';
import { ASTRO_ENV, ASTRO_NODE_FLAGS } from './memory-settings.ts';
import { startNode } from './node-process.ts';
import { clearStaging, promoteStaging, stagingDirFor } from './staging.ts';

/**
 * `npm run build`, in processes of their own so that each gives its memory back when it ends:
 * - the content gate checks every record and quote (scripts/check-content.ts). Inside Astro's process, the memory it
 *   took was not given back before Astro read the same records again: at 10,000 sources Astro's process peaked at
 *   4.25 GB with the check inside it and 3.5 GB without;
 * - Astro starts beside it, told the content has been checked, and writes the pages into a staging folder. Its output
 *   is held back until the gate passes; if the gate fails, Astro is stopped and the gate's list of problems is all the
 *   build says. At 10,000 sources the gate's process peaks at 0.66 GB, while Astro's reads the same content;
 * - once Astro has ended, this process makes the search index, social cards and service worker from the finished
 *   pages (finish.ts). As steps inside Astro's process they ran on top of everything it still held (every record,
 *   every page's code), with Pagefind's process beside it;
 * - the staging folder then takes the place of the site: a failed build leaves the previous site whole.
 */
const target = siteDir();
const staging = stagingDirFor(target);
clearStaging(target);

const fail = (status: number): never => {
  clearStaging(target);
  process.exit(status);
};
const gate = startNode([CONTENT_CHECK]);
const astro = startNode([...ASTRO_NODE_FLAGS, ASTRO_CLI, 'build'], {
  env: { ...ASTRO_ENV, ...process.env, LMS_OUT_DIR: staging, [CONTENT_CHECKED_ENV]: '1' },
  hold: true,
});
const checked = await gate.exit;
if (checked !== 0) {
  await astro.stop();
  fail(checked);
}
astro.release();
const built = await astro.exit;
if (built !== 0) fail(built);
try {
  await finishSite(staging);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  fail(1);
}
promoteStaging(target);
