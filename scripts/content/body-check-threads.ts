import os from 'node:os';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { checkClaimedPages, type BodyCheckContext, type PageBody, type PageFindings } from './body-checks.ts';
import { adoptHandedTrees, type HandedTrees } from './handed-trees.ts';
import { PROJECT_ROOT } from './paths.ts';

/** The second thread's entry (body-check-worker.ts). */
const WORKER_FILE = path.join(PROJECT_ROOT, 'scripts', 'content', 'body-check-worker.ts');

/** How long to wait for the second thread once this one has run out of pages, before giving it up as lost. */
const HELPER_TIMEOUT_MS = 10 * 60 * 1000;

/** Cells shared by both threads: the next page to claim, and whether the second thread has answered. */
export const NEXT_PAGE = 0;
export const ANSWERED = 1;

/** What the second thread answers: its pages' findings by page number and the trees it handed to the pages, or why it failed. */
export type HelperAnswer = { found: Map<number, PageFindings>; trees: HandedTrees } | { error: string };

/** What the second thread is started with. */
export interface HelperData {
  pages: readonly PageBody[];
  context: BodyCheckContext;
  cells: Int32Array;
  port: MessagePort;
}

/**
 * Checks the pages' bodies on this thread and a second one, each claiming the next unchecked page, and returns the
 * findings in page order, exactly as one thread would, with how many pages the second checked. Parsing the bodies is most of the content check's time, and while
 * the check runs beside Astro's start, Astro is soon left waiting for it with a core idle. It blocks until both are
 * done, so the check stays one synchronous call for every caller.
 */
export function checkPagesOnTwoThreads(
  pages: readonly PageBody[],
  context: BodyCheckContext,
): { findings: PageFindings[]; bySecondThread: number } {
  const cells = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_FILE, { workerData: { pages, context, cells, port: port2 } satisfies HelperData, transferList: [port2] });
  try {
    const mine = checkClaimedPages(pages, context, () => Atomics.add(cells, NEXT_PAGE, 1));
    const deadline = performance.now() + HELPER_TIMEOUT_MS;
    while (Atomics.load(cells, ANSWERED) === 0) {
      if (performance.now() > deadline) throw new Error(`the second thread checking page bodies did not answer in ${HELPER_TIMEOUT_MS / 60_000} minutes`);
      Atomics.wait(cells, ANSWERED, 0, 1000);
    }
    const answer = receiveMessageOnPort(port1)?.message as HelperAnswer | undefined;
    if (!answer) throw new Error('the second thread checking page bodies ended without an answer');
    if ('error' in answer) throw new Error(`the second thread checking page bodies failed: ${answer.error}`);
    adoptHandedTrees(answer.trees);
    const findings = pages.map((page, index) => {
      const found = mine.get(index) ?? answer.found.get(index);
      if (!found) throw new Error(`${page.document.origin.file}: its body was checked by neither thread`);
      return found;
    });
    return { findings, bySecondThread: answer.found.size };
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** Whether a second thread can help: not on a machine of one core. */
export const secondThreadHelps = () => os.availableParallelism() > 1;
