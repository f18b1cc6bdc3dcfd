import type { CardDrawer } from './card-drawer.ts';
import { stepLog, type StepLog } from './step-log.ts';

export interface FinishingStep {
  /** Shown in front of each line the step logs, and in its error. */
  name: string;
  /** `stepsBefore` settles once every step before this one has ended; it rejects if one of them failed. */
  run: (siteDir: string, log: StepLog, stepsBefore: Promise<void>) => Promise<void>;
  /** Starts at once, beside the steps before it, and waits for `stepsBefore` itself where it needs them to be done. */
  beside?: boolean;
}

/**
 * Steps that read only the written pages, in order:
 * - the social cards still missing, drawn by the drawer that started as Astro began writing pages;
 * - the search index, made beside them: the drawer runs at the lowest priority, so the index takes the CPU it needs
 *   and the cards what is left (at 1,000 sources the two ran one after the other for 20 s, with a core in four
 *   idle). It waits for the cards before Pagefind writes its files, when Pagefind's process is at its largest and
 *   the build at its peak (at 10,000 sources, 2.70 of 2.84 GB), so the drawer's memory is given back by then;
 * - the service worker, whose precache reads what the search index writes beside the pages.
 * The search step's code starts loading when the steps are made, and its threads that shape pages start, so that
 * both are ready while Astro still writes pages (once Astro had ended, they took 0.3 and 0.65 s while Pagefind waited);
 * Workbox is loaded when its step starts, since loaded at once it took memory of this process while Pagefind's
 * process beside it was at its largest.
 */
export function finishingSteps(cards: CardDrawer): readonly FinishingStep[] {
  const searchStep = import('./search-index.ts').then((step) => ({ step, threads: step.startSearchShaping() }));
  // A failure to load is the search step's, thrown when it runs.
  searchStep.catch(() => undefined);
  return [
    { name: 'social-cards', run: () => cards.finish() },
    {
      name: 'search-index',
      beside: true,
      run: async (siteDir, log, stepsBefore) => {
        const { step, threads } = await searchStep;
        return step.writeSearchIndex(siteDir, log, stepsBefore, threads);
      },
    },
    { name: 'service-worker', run: async (siteDir, log) => (await import('./service-worker.ts')).writeServiceWorker(siteDir, log) },
  ];
}

/**
 * Runs each step on the finished site, each once the steps before it have ended unless it runs beside them. The
 * first step to fail stops the steps not yet started, and its error, naming it, is the one thrown.
 */
export async function finishSite(
  siteDir: string,
  steps: readonly FinishingStep[],
  logFor: (step: string) => StepLog = stepLog,
): Promise<void> {
  let stepsBefore: Promise<void> = Promise.resolve();
  for (const step of steps) {
    const before = stepsBefore;
    const run = () =>
      step.run(siteDir, logFor(step.name), before).catch((error: unknown) => {
        // A step that failed because one before it did passes that step's error on as it is.
        if (error instanceof StepFailure) throw error;
        throw new StepFailure(step.name, error);
      });
    const ran = step.beside ? run() : before.then(run);
    stepsBefore = Promise.all([before, ran]).then(() => undefined);
  }
  await stepsBefore;
}

/** A finishing step's error, named by its step. */
class StepFailure extends Error {
  constructor(step: string, cause: unknown) {
    super(`[${step}] ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
