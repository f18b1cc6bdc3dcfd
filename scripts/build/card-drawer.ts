import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';
import { exitStatus } from './exit-status.ts';
import { CARD_DRAWER_NODE_FLAGS } from './memory-settings.ts';

/** The drawer's entry: loaded only in its own process, so the build script never holds the card renderer. */
const DRAW_CARDS = path.join(PROJECT_ROOT, 'scripts', 'build', 'draw-cards.ts');

/** The social-card drawer, drawing on idle CPU while Astro writes the pages (draw-cards.ts). */
export interface CardDrawer {
  /** Every page is written: the drawer draws the cards still missing, and this resolves when it is done. */
  finish(): Promise<void>;
  /** The build has failed: the drawer is ended. */
  stop(): Promise<void>;
}

/**
 * Starts drawing the social cards of the pages Astro writes into `siteDir`. Astro leaves about a quarter of two
 * cores idle while it writes pages (the main thread renders, a second formats citations, and each waits on the other
 * at times). At 1,000 sources, 784 of the 1,062 cards were drawn while Astro wrote the pages; at 10,000, 3,183 of
 * 10,062, which took the drawer 31.9 s of CPU time in all.
 */
export function startCardDrawer(siteDir: string): CardDrawer {
  const child = spawn(process.execPath, [...CARD_DRAWER_NODE_FLAGS, DRAW_CARDS, siteDir], {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const ended = exitStatus(child);
  return {
    async finish() {
      child.stdin.end();
      const status = await ended;
      // The drawer has printed its reason; the build's error names the step.
      if (status !== 0) throw new Error(`the social cards could not be drawn (exit status ${status})`);
    },
    async stop() {
      child.kill();
      await ended;
    },
  };
}
