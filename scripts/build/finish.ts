import type { CardDrawer } from './card-drawer.ts';
import { stepLog, type StepLog } from './step-log.ts';

export interface FinishingStep {
  /** Shown in front of each line the step logs, and in its error. */
  name: string;
  run: (siteDir: string, log: StepLog) => Promise<void>;
}

/**
 * Steps that read only the written pages, in order:
 * - the social cards still missing, drawn by the drawer that started as Astro began writing pages: it ends, and gives
 *   back its memory, before Pagefind's process, the build's largest, starts;
 * - the search index;
 * - the service worker, whose precache reads what the search index writes beside the pages.
 * Each step's code is loaded when the step starts: loaded at once, Workbox and the search step's code took memory of
 * this process while Pagefind's process beside it was at its largest.
 */
export function finishingSteps(cards: CardDrawer): readonly FinishingStep[] {
  return [
    { name: 'social-cards', run: () => cards.finish() },
    { name: 'search-index', run: async (siteDir, log) => (await import('./search-index.ts')).writeSearchIndex(siteDir, log) },
    { name: 'service-worker', run: async (siteDir, log) => (await import('./service-worker.ts')).writeServiceWorker(siteDir, log) },
  ];
}

/** Runs each step on the finished site in turn; the first to fail stops the rest, and its error names it. */
export async function finishSite(
  siteDir: string,
  steps: readonly FinishingStep[],
  logFor: (step: string) => StepLog = stepLog,
): Promise<void> {
  for (const step of steps) {
    try {
      await step.run(siteDir, logFor(step.name));
    } catch (error) {
      throw new Error(`[${step.name}] ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}
