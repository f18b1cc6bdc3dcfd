import { stepLog, type StepLog } from './step-log.ts';

export interface FinishingStep {
  /** Shown in front of each line the step logs, and in its error. */
  name: string;
  run: (siteDir: string, log: StepLog) => Promise<void>;
}

/**
 * Steps that read only the written pages, in order: the social cards and the service worker's precache read what
 * the search index writes beside the pages. Each step's code is loaded when the step starts: loaded at once, the
 * card renderer and Workbox took about 100 MB of this process while Pagefind's process beside it was at its largest.
 */
export const FINISHING_STEPS: readonly FinishingStep[] = [
  { name: 'search-index', run: async (siteDir, log) => (await import('./search-index.ts')).writeSearchIndex(siteDir, log) },
  { name: 'social-cards', run: async (siteDir, log) => (await import('./social-cards.ts')).drawSocialCards(siteDir, log) },
  { name: 'service-worker', run: async (siteDir, log) => (await import('./service-worker.ts')).writeServiceWorker(siteDir, log) },
];

/** Runs each step on the finished site in turn; the first to fail stops the rest, and its error names it. */
export async function finishSite(
  siteDir: string,
  steps: readonly FinishingStep[] = FINISHING_STEPS,
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
