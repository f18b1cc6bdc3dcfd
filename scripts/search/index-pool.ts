import { Worker } from 'node:worker_threads';
import type { IndexedPage } from './index-page.ts';

/** One built page to shape: its file, and the address the site links it by. */
export interface PageJob {
  file: string;
  url: string;
}

/** Pages per message: enough that passing messages costs little, few enough that every thread stays busy to the end. */
const BATCH = 16;

/**
 * Batches shaped ahead of the one being read, per thread. Threads shape faster than Pagefind reads; without a
 * limit every shaped page waited in memory until Pagefind got to it (at 10,000 sources the step's process held 1.3 GB).
 */
const AHEAD_PER_THREAD = 2;

/** A thread that shapes pages, and why it stopped if it has. */
export interface ShapingThread {
  worker: Worker;
  stopped?: Error;
}

const stoppedWith = (code: number) => new Error(`A search-index thread stopped (exit code ${code}).`);

/**
 * Starts `count` threads that shape pages (index-worker.ts), before there are pages to give them: a thread took about
 * 0.65 s to load its code and the reader words and shape its first pages, while Pagefind waited for them. A thread
 * that fails before it is given pages keeps its error for shapePages to report.
 */
export function startShapingThreads(workerFile: string, count: number): ShapingThread[] {
  return Array.from({ length: count }, () => {
    const thread: ShapingThread = { worker: new Worker(workerFile) };
    thread.worker.on('error', (error: Error) => (thread.stopped ??= error));
    thread.worker.on('exit', (code) => (thread.stopped ??= stoppedWith(code)));
    return thread;
  });
}

/** Ends the threads, whether or not they were given pages. */
export async function endShapingThreads(threads: readonly ShapingThread[]): Promise<void> {
  await Promise.all(threads.map(({ worker }) => worker.terminate()));
}

/**
 * Shapes pages for the index on `threads` (startShapingThreads), each taking the next batch when it finishes one,
 * and yields them in the order given, so the index is written the same way on every build. Shaping
 * was most of the search step's time and needs nothing from the main thread, which meanwhile hands finished pages
 * to Pagefind. Undefined for a page the index does not read. `ahead` batches per thread at most wait to be read.
 * The threads are ended once every page is read, or the reading stops.
 */
export async function* shapePages(
  jobs: readonly PageJob[],
  threads: readonly ShapingThread[],
  ahead = AHEAD_PER_THREAD,
): AsyncGenerator<IndexedPage | undefined> {
  const batches: PageJob[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH) batches.push(jobs.slice(start, start + BATCH));
  // A read batch's entry is cleared, so its pages can be collected once Pagefind has them.
  const replies: (PromiseWithResolvers<(IndexedPage | undefined)[]> | undefined)[] = batches.map(() =>
    Promise.withResolvers<(IndexedPage | undefined)[]>(),
  );
  // A failed thread rejects every batch still to come; only the first the loop below reaches is reported.
  for (const reply of replies) reply?.promise.catch(() => undefined);
  const failAll = (error: Error) => replies.forEach((reply) => reply?.reject(error));
  const stopped = threads.find((thread) => thread.stopped)?.stopped;
  if (stopped) failAll(stopped);
  const workers = threads.slice(0, batches.length).map(({ worker }) => worker);
  const window = Math.max(1, workers.length * ahead);
  let next = 0;
  let read = 0;
  const idle: Worker[] = [];
  const give = (worker: Worker) => {
    if (next < batches.length && next < read + window) worker.postMessage({ id: next, jobs: batches[next++] });
    else idle.push(worker);
  };
  for (const worker of workers) {
    worker.on('message', ({ id, pages }: { id: number; pages: (IndexedPage | undefined)[] }) => {
      replies[id]?.resolve(pages);
      give(worker);
    });
    worker.on('error', failAll);
    // A thread that stops without an error event (process.exit, a crash) would otherwise leave the loop waiting forever.
    worker.on('exit', (code) => failAll(stoppedWith(code)));
    give(worker);
  }
  try {
    for (let id = 0; id < replies.length; id += 1) {
      const pages = await (replies[id] as PromiseWithResolvers<(IndexedPage | undefined)[]>).promise;
      replies[id] = undefined;
      read = id + 1;
      while (idle.length > 0 && next < Math.min(batches.length, read + window)) give(idle.pop() as Worker);
      yield* pages;
    }
  } finally {
    await endShapingThreads(threads);
  }
}
