import { workerData } from 'node:worker_threads';
import { ANSWERED, claimOnSecondThread, type HelperAnswer, type HelperData } from './body-check-threads.ts';
import { checkClaimedPages } from './body-checks.ts';
import { finishHandedTrees } from './handed-trees.ts';

/** The second thread of the body checks (body-check-threads.ts): claims pages until none is left, then answers once. */
const { pages, context, cells, port } = workerData as HelperData;
let answer: HelperAnswer;
try {
  answer = { found: checkClaimedPages(pages, context, claimOnSecondThread(cells)), trees: finishHandedTrees() };
} catch (error) {
  answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
// The answer is queued before the flag is raised, so the first thread finds it as soon as it sees the flag.
port.postMessage(answer);
Atomics.store(cells, ANSWERED, 1);
Atomics.notify(cells, ANSWERED);
