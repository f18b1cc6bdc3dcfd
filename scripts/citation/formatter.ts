import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../content/paths.ts';
import type { CslItem } from './csl.ts';
import { formatCitation, type Citation } from './output.ts';
import type { Citations } from './stored.ts';

/**
 * Formatting one citation in APA, Vancouver, BibTeX and RIS takes citeproc several milliseconds, and every page
 * has one or two; building citeproc's engine for a style takes seconds. So each distinct item is formatted once
 * per build (keyed by its content), and all of them on one second thread: items known before their pages render
 * are formatted there while the main thread renders other pages.
 */
export interface CitationFormatter {
  /**
   * Starts the background thread, which builds the citation styles before anything asks for a citation; with the
   * previous build's citations, it waits for an item that needs formatting.
   */
  warm(): void;
  /** Starts formatting these items in the background, in order; a page that later asks for one finds it ready. */
  prefetch(items: readonly CslItem[]): void;
  /** The item's citation: cached, from the background thread (moved to the front of its queue), or formatted here. */
  citation(item: CslItem): Promise<Citation>;
  /** Every citation this build asked for, once formatted, to keep for the next build (stored.ts). */
  formatted(): Promise<Map<string, Citation>>;
  /** Stops the background thread; later calls format on the calling thread. */
  close(): Promise<void>;
}

/** The thread that formats citations for a build. */
export const FORMAT_WORKER = path.join(PROJECT_ROOT, 'scripts', 'citation', 'format-worker.ts');

/** Identical items give identical text; the item's JSON is its identity (the CSL builders write keys in a fixed order). */
export function citationKey(item: CslItem): string {
  return JSON.stringify(item);
}

type Reply = { key: string; citation: Citation } | { key: string; error: string };
type Job = { key: string; item?: CslItem };

/**
 * `workerFile` runs format-worker.ts; without it (or once the thread fails) everything is formatted on the calling
 * thread. `previous` holds what the previous build formatted with the same code: those items are not formatted again.
 */
export function citationFormatter(options: { workerFile?: string; previous?: Citations } = {}): CitationFormatter {
  const done = new Map<string, Promise<Citation>>();
  const previous = new Map(options.previous);
  const pending = new Map<string, { resolve: (citation: Citation) => void; reject: (error: Error) => void; asked: boolean }>();
  let worker: Worker | undefined;
  let failed = !options.workerFile;

  const formatHere = (key: string, item: CslItem): Promise<Citation> => {
    const result = Promise.resolve(formatCitation(item));
    done.set(key, result);
    return result;
  };

  const fail = (error: Error) => {
    // Correct either way, but slower and heavier: say so, once.
    if (!failed) process.emitWarning(`citations are formatted on the main thread from now on: ${error.message}`);
    failed = true;
    worker = undefined;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    if (!worker) {
      const started = new Worker(options.workerFile as string);
      started.on('message', (reply: Reply) => {
        const job = pending.get(reply.key);
        pending.delete(reply.key);
        // A build must not wait for an idle helper thread to exit; it is kept alive only while replies are due.
        if (pending.size === 0) started.unref();
        if (!job) return;
        if ('citation' in reply) job.resolve(reply.citation);
        else job.reject(new Error(reply.error));
      });
      started.on('error', fail);
      started.on('exit', () => fail(new Error('the citation thread stopped')));
      // Started ahead of its work, it must not keep the build alive either.
      started.unref();
      worker = started;
    }
    return worker;
  };

  const send = (jobs: Job[], urgent: boolean) => {
    const running = start();
    running.ref();
    running.postMessage({ jobs, urgent });
  };

  /** Takes an item the previous build formatted into this build's; true if there was one. */
  const reuse = (key: string): boolean => {
    const citation = previous.get(key);
    if (!citation) return false;
    // Taken once: later asks find it in `done`.
    previous.delete(key);
    done.set(key, Promise.resolve(citation));
    return true;
  };

  /** A promise for an item the thread will reply about; if the thread fails, the item is formatted here instead. */
  const expect = (key: string, item: CslItem, asked: boolean): Promise<Citation> => {
    const reply = new Promise<Citation>((resolve, reject) => pending.set(key, { resolve, reject, asked }));
    const result = reply.catch(() => formatHere(key, item));
    done.set(key, result);
    return result;
  };

  return {
    warm() {
      // With the previous build's citations, few items if any are new: the thread starts when the first is asked for.
      if (!failed && previous.size === 0) start();
    },
    prefetch(items) {
      if (failed) return;
      const jobs: Job[] = [];
      for (const item of items) {
        const key = citationKey(item);
        // Kept citations first, so no item is both kept and formatted again.
        if (reuse(key) || done.has(key)) continue;
        expect(key, item, false);
        jobs.push({ key, item });
      }
      if (jobs.length > 0) send(jobs, false);
    },
    citation(item) {
      const key = citationKey(item);
      reuse(key);
      const waiting = pending.get(key);
      if (waiting && !waiting.asked) {
        waiting.asked = true;
        send([{ key }], true);
      }
      const known = done.get(key);
      if (known) return known;
      if (failed) return formatHere(key, item);
      const result = expect(key, item, true);
      send([{ key, item }], true);
      return result;
    },
    async formatted() {
      const settled = await Promise.all([...done].map(async ([key, result]) => [key, await result.catch(() => undefined)] as const));
      return new Map(settled.filter((entry): entry is readonly [string, Citation] => entry[1] !== undefined));
    },
    async close() {
      const stopping = worker;
      failed = true;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}

const SHARED = Symbol.for('liver-metastasis-review.citation-formatter');

/**
 * The build's one formatter. Astro's process holds two copies of this module, the integration's and the one bundled
 * into the pages, so the formatter is kept on the global object: the integration warms it before Vite bundles the
 * pages (src/integrations/citation-thread.ts), and the pages find it ready. Started by the first page instead, the
 * styles were built while the page waited: the main thread stood idle for 2.5 s of an 11 s Astro build of the review.
 */
export function sharedCitationFormatter(options: Parameters<typeof citationFormatter>[0] = {}): CitationFormatter {
  const store = globalThis as { [SHARED]?: CitationFormatter };
  store[SHARED] ??= citationFormatter(options);
  return store[SHARED];
}
