import { once } from 'node:events';
import path from 'node:path';
import { cacheDir } from '../content/paths.ts';
import { cardCodeVersion, cardStore } from '../social/stored-cards.ts';
import { lowestPriorityForEveryThread } from './lowest-priority.ts';
import { drawSocialCards } from './social-cards.ts';
import { stepLog } from './step-log.ts';

/**
 * The social-card drawer, a process of its own started by the site's build (card-drawer.ts) as Astro starts writing
 * pages: `node draw-cards.ts <site folder>`. Its standard input ends once Astro has written every page.
 *
 * It runs at the lowest priority, every thread of it, so that while Astro writes pages it draws only on the CPU time
 * Astro leaves idle. The cards it draws are kept in the build's cache folder, and the next build takes those that show
 * the same.
 */
lowestPriorityForEveryThread();
const siteDir = process.argv[2];
const log = stepLog('social-cards');
try {
  if (!siteDir) throw new Error('name the site folder whose pages need social cards');
  process.stdin.resume();
  const store = cardStore(path.join(cacheDir(), 'social-cards'), cardCodeVersion());
  await drawSocialCards(siteDir, log, once(process.stdin, 'end'), store);
} catch (error) {
  log.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
