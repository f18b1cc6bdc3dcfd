import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { shapePages, startShapingThreads, type PageJob } from '../../scripts/search/index-pool.ts';

const WORKER = path.resolve('scripts/search/index-worker.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-index-pool-'));

/** Pages of very different lengths, so threads finish their batches out of order. */
function writePages(count: number): PageJob[] {
  return Array.from({ length: count }, (_, index) => {
    const file = path.join(dir, `page-${index}.html`);
    const body =
      index === 3
        ? '<main><h1>Not for the index</h1></main>'
        : `<main data-pagefind-body><h1>Page ${index}</h1>${'<p>Liver surgery.</p>'.repeat(index % 7 === 0 ? 400 : 1)}</main>`;
    fs.writeFileSync(file, `<!doctype html><html lang="en"><head><title>x</title></head><body>${body}</body></html>`);
    return { file, url: `/page-${index}/` };
  });
}

/** A thread that shapes nothing: each page it returns says when the thread was given its batch. */
function writeClockWorker(): string {
  const file = path.join(dir, 'clock-worker.mjs');
  fs.writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, jobs }) => {
  const given = performance.timeOrigin + performance.now();
  parentPort.postMessage({ id, pages: jobs.map((job) => ({ content: String(given), summary: { url: job.url } })) });
});
`,
  );
  return file;
}

const collect = async (jobs: readonly PageJob[], workerFile = WORKER, threads = 2) => {
  const pages = [];
  for await (const page of shapePages(jobs, startShapingThreads(workerFile, threads))) pages.push(page);
  return pages;
};

describe('shaping pages for the index on worker threads', () => {
  test('gives every page back in the order asked, across several batches and threads', async () => {
    const jobs = writePages(50);
    const pages = await collect(jobs);
    expect(pages).toHaveLength(50);
    expect(pages[3]).toBeUndefined();
    const shaped = pages.flatMap((page, index) => (page ? [[index, page.summary.url, page.summary.title]] : []));
    expect(shaped).toEqual(jobs.flatMap((job, index) => (index === 3 ? [] : [[index, job.url, `Page ${index}`]])));
  });

  test('shapes only a few batches ahead of the page being read, so shaped pages do not pile up in memory', async () => {
    const jobs = Array.from({ length: 16 * 6 }, (_, index) => ({ file: '', url: `/page-${index}/` }));
    const readAt: number[] = [];
    const givenAt: number[] = [];
    // One thread, one batch ahead: batch n is given out when batch n - 1 is read, so never before the reader has
    // finished batch n - 2 (and paused after its last page). Given out all at once, every batch would come before that.
    for await (const page of shapePages(jobs, startShapingThreads(writeClockWorker(), 1), 1)) {
      if (readAt.length % 16 === 0) givenAt.push(Number(page?.content));
      readAt.push(performance.timeOrigin + performance.now());
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(readAt).toHaveLength(jobs.length);
    for (let batch = 2; batch < givenAt.length; batch += 1) {
      expect(givenAt[batch]).toBeGreaterThan(readAt[(batch - 1) * 16 - 1] as number);
    }
  });

  test('a page that cannot be read fails the step instead of being left out', async () => {
    const jobs = [...writePages(20), { file: path.join(dir, 'missing.html'), url: '/missing/' }];
    await expect(collect(jobs)).rejects.toThrow(/ENOENT/);
  });

  test('a thread that stops without an error fails the step instead of leaving it waiting', async () => {
    const quitter = path.join(dir, 'quitter.mjs');
    fs.writeFileSync(quitter, 'process.exit(3);\n');
    await expect(collect(writePages(5), quitter, 1)).rejects.toThrow('A search-index thread stopped (exit code 3).');
  });

  test('a thread started early that failed before it was given pages fails the step when the pages come', async () => {
    const broken = path.join(dir, 'broken.mjs');
    fs.writeFileSync(broken, "throw new Error('the reader words could not be read');\n");
    const threads = startShapingThreads(broken, 1);
    await new Promise((resolve) => threads[0]?.worker.on('exit', resolve));
    const reading = (async () => {
      for await (const page of shapePages(writePages(5), threads)) void page;
    })();
    await expect(reading).rejects.toThrow('the reader words could not be read');
  });
});
