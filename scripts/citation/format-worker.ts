import { parentPort } from 'node:worker_threads';
import type { CslItem } from './csl.ts';
import { formatCitation, prepareStyles } from './output.ts';

/**
 * Formats citations off the main thread, one reply per item. Items sent ahead of time wait in order; an item a
 * page is waiting for jumps the queue, so the page renders as soon as its own citation is done. One item at a
 * time, so a request that arrives meanwhile is read before the next item starts.
 */
const waiting = new Map<string, CslItem>();
const urgent: string[] = [];
let scheduled = false;

function take(): [string, CslItem] | undefined {
  for (let key = urgent.shift(); key !== undefined; key = urgent.shift()) {
    const item = waiting.get(key);
    if (item) {
      waiting.delete(key);
      return [key, item];
    }
  }
  const first = waiting.entries().next();
  if (first.done) return undefined;
  waiting.delete(first.value[0]);
  return first.value;
}

function next(): void {
  scheduled = false;
  const job = take();
  if (!job) return;
  const [key, item] = job;
  try {
    parentPort?.postMessage({ key, citation: formatCitation(item) });
  } catch (error) {
    parentPort?.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
  schedule();
}

function schedule(): void {
  if (scheduled || waiting.size === 0) return;
  scheduled = true;
  setImmediate(next);
}

/** `item` is left out when a page asks for an item already sent ahead. */
parentPort?.on('message', ({ jobs, urgent: now }: { jobs: { key: string; item?: CslItem }[]; urgent: boolean }) => {
  for (const { key, item } of jobs) {
    if (item && !waiting.has(key)) waiting.set(key, item);
    if (now) urgent.push(key);
  }
  schedule();
});

// The thread is started before the pages need it (citationFormatter's warm), so the styles are built meanwhile.
prepareStyles();
