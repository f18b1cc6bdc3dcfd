import os from 'node:os';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { checkClaimedPages, type BodyCheckContext, type PageBody, type PageFindings } from './body-checks.ts';
import { adoptHandedTrees, type HandedTrees } from './handed-trees.ts';
import { PROJECT_ROOT } from './paths.ts';

/** The second thread's entry (body-check-worker.ts). */
const WORKER_FILE = path.join(PROJECT_ROOT, 'scripts', 'content', 'body-check-worker.ts');

/**
 * How long the second thread may go without starting a page or answering before it is given up as lost. A body takes
 * milliseconds to check and the thread seconds to start; waiting this long for an answer means it died.
 */
const HELPER_SILENCE_MS = 2 * 60 * 1000;

/**
 * Cells shared by both threads: the next page to claim, whether the second thread has answered, and how many claims the
 * second thread has made, which show it is alive.
 */
export const NEXT_PAGE = 0;
export const ANSWERED = 1;
export const PROGRESS = 2;
const CELLS = 3;

/** What the second thread answers: its pages' findings by page number and the trees it handed to the pages, or why it failed. */
export type HelperAnswer = { found: Map<number, PageFindings>; trees: HandedTrees } | { error: string };

/** What the second thread is started with. */
export interface HelperData {
  pages: readonly PageBody[];
  context: BodyCheckContext;
  cells: Int32Array;
  port: MessagePort;
}

/** How the pages are shared; the defaults are the build's. */
export interface TwoThreadOptions {
  /** The second thread checks every page and this one none, so that every finding crosses between them (for tests). */
  secondChecksAll?: boolean;
  /** The second thread's entry. */
  workerFile?: string;
  /** How long the second thread may stay silent before it is given up as lost. */
  silenceMs?: number;
}

/** The second thread claims the next page, saying so first: a thread still claiming pages is alive. */
export function claimOnSecondThread(cells: Int32Array): () => number {
  return () => {
    Atomics.add(cells, PROGRESS, 1);
    return Atomics.add(cells, NEXT_PAGE, 1);
  };
}

/**
 * Waits for the second thread's answer for as long as it keeps claiming pages, and gives it up once it has been silent
 * for `silenceMs`: a thread that failed to start or died midway never answers.
 */
function awaitAnswer(cells: Int32Array, port: MessagePort, silenceMs: number): Exclude<HelperAnswer, { error: string }> {
  let progress = Atomics.load(cells, PROGRESS);
  let heardAt = performance.now();
  while (Atomics.load(cells, ANSWERED) === 0) {
    Atomics.wait(cells, ANSWERED, 0, Math.min(1000, silenceMs));
    const now = Atomics.load(cells, PROGRESS);
    if (now !== progress) {
      progress = now;
      heardAt = performance.now();
    } else if (Atomics.load(cells, ANSWERED) === 0 && performance.now() - heardAt > silenceMs) {
      throw new Error(`the second thread checking page bodies was silent for ${silenceMs / 1000} s without answering: it is lost`);
    }
  }
  const answer = receiveMessageOnPort(port)?.message as HelperAnswer | undefined;
  if (!answer) throw new Error('the second thread checking page bodies ended without an answer');
  if ('error' in answer) throw new Error(`the second thread checking page bodies failed: ${answer.error}`);
  return answer;
}

/**
 * Checks the pages' bodies on this thread and a second one, each claiming the next unchecked page, and returns the
 * findings in page order, exactly as one thread would, with how many pages the second checked. Parsing the bodies is
 * most of the content check's time, and while the check runs beside Astro's start, Astro is soon left waiting for it
 * with a core idle. It blocks until both are done, so the check stays one synchronous call for every caller. Where this
 * thread has checked every page before the second claimed one, it does not wait for the second at all.
 */
export function checkPagesOnTwoThreads(
  pages: readonly PageBody[],
  context: BodyCheckContext,
  { secondChecksAll = false, workerFile = WORKER_FILE, silenceMs = HELPER_SILENCE_MS }: TwoThreadOptions = {},
): { findings: PageFindings[]; bySecondThread: number } {
  const cells = new Int32Array(new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(workerFile, { workerData: { pages, context, cells, port: port2 } satisfies HelperData, transferList: [port2] });
  // A thread that could not start says so in an event this thread hears only once the check is over: by then its
  // silence has been reported, or its help was not needed.
  worker.on('error', () => {});
  try {
    const mine = secondChecksAll ? new Map<number, PageFindings>() : checkClaimedPages(pages, context, () => Atomics.add(cells, NEXT_PAGE, 1));
    const answer = mine.size === pages.length ? undefined : awaitAnswer(cells, port1, silenceMs);
    if (answer) adoptHandedTrees(answer.trees);
    const findings = pages.map((page, index) => {
      const found = mine.get(index) ?? answer?.found.get(index);
      if (!found) throw new Error(`${page.document.origin.file}: its body was checked by neither thread`);
      return found;
    });
    return { findings, bySecondThread: answer?.found.size ?? 0 };
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** Whether a second thread can help: not on a machine of one core. */
export const secondThreadHelps = () => os.availableParallelism() > 1;
