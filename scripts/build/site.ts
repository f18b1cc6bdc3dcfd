import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { HANDED_TREES_ENV, handedTreesFolder } from '../content/handed-trees.ts';
import { cacheDir, PROJECT_ROOT, siteDir } from '../content/paths.ts';
import { startAstroBuild } from './astro-process.ts';
import { startCardDrawer } from './card-drawer.ts';
import { ASTRO_CLI, CONTENT_CHECK, CONTENT_GATE_BESIDE_ENV, CONTENT_GATE_PID_ENV } from './commands.ts';
import { exitStatus } from './exit-status.ts';
import { finishingSteps, finishSite } from './finish.ts';
import { ASTRO_ENV, ASTRO_NODE_FLAGS } from './memory-settings.ts';
import { clearStaging, promoteStaging, stagingDirFor } from './staging.ts';

/**
 * `npm run build`, in processes of their own so that the build's peak memory is that of the largest stage rather than
 * their sum:
 * - the content gate checks every record and quote (scripts/check-content.ts) while Astro starts beside it: Astro loads
 *   its configuration and reads the content on one core while the gate checks it on the other. Astro writes no page
 *   until the gate has passed (content-verdict.ts), so the gate's memory is given back before Astro's grows with the
 *   pages. Inside Astro's process, the gate's memory was not given back before Astro read the same records again (at
 *   10,000 sources Astro's process peaked at 4.25 GB with the check inside it and 3.5 GB without); beside Astro for the
 *   whole build, the build peaked at 3.32 GB. The gate leaves each page body it parsed in a folder of this build's,
 *   where Astro's pages take it rather than parse it again (handed-trees.ts), and what it read of each content file,
 *   which Astro's content loader waits for while the gate runs rather than read the file again (handed-readings.ts);
 * - once the gate has passed, Astro writes the pages into a staging folder, and the social cards are drawn from them
 *   as they are written, on the CPU time Astro leaves idle, in a process of the lowest priority (card-drawer.ts);
 * - once Astro has ended, the cards still missing are drawn while this process makes the search index, and then the
 *   service worker, from the finished pages (finish.ts). As steps inside Astro's process they ran on top of everything it still
 *   held (every record, every page's code), with Pagefind's process beside it;
 * - the staging folder then takes the place of the site: a failed build leaves the previous site whole.
 */
const target = siteDir();
const staging = stagingDirFor(target);
const handedTrees = handedTreesFolder(cacheDir());
// Only the gate, which leaves the trees, and Astro, which takes them, are told where they are.
const handing = { [HANDED_TREES_ENV]: handedTrees };
const forgetHandedTrees = () => fs.rmSync(handedTrees, { recursive: true, force: true });
const fail = (status: number): never => {
  forgetHandedTrees();
  clearStaging(target);
  process.exit(status);
};
clearStaging(target);
const gate = spawn(process.execPath, [CONTENT_CHECK], { cwd: PROJECT_ROOT, env: { ...process.env, ...handing }, stdio: 'inherit' });
const checking = exitStatus(gate);
const astro = startAstroBuild([...ASTRO_NODE_FLAGS, ASTRO_CLI, 'build'], {
  ...ASTRO_ENV,
  ...process.env,
  ...handing,
  LMS_OUT_DIR: staging,
  [CONTENT_GATE_BESIDE_ENV]: '1',
  [CONTENT_GATE_PID_ENV]: String(gate.pid),
});
const checked = await checking;
if (checked !== 0) {
  await astro.stop();
  fail(checked);
}
astro.release();
const cards = startCardDrawer(staging);
const steps = finishingSteps(cards);
const built = await astro.ended;
forgetHandedTrees();
if (built !== 0) {
  await cards.stop();
  fail(built);
}
try {
  await finishSite(staging, steps);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  // A step that failed beside the drawer leaves it drawing into the staging folder about to be removed.
  await cards.stop();
  fail(1);
}
promoteStaging(target);
