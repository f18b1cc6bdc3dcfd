import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { contentDir } from '../content/paths.ts';
import { indexPage } from './index-page.ts';
import type { PageJob } from './index-pool.ts';
import { expansionOf, loadWordGroups } from './load.ts';

/** Shapes batches of built pages for the index on a thread of its own (see index-pool.ts); replies per batch. */
const expansion = expansionOf(loadWordGroups(contentDir()));

parentPort?.on('message', ({ id, jobs }: { id: number; jobs: PageJob[] }) => {
  parentPort?.postMessage({ id, pages: jobs.map((job) => indexPage(fs.readFileSync(job.file, 'utf8'), job.url, expansion)) });
});
