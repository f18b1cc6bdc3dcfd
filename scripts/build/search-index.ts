import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { readGuide } from '../content/guide-read.ts';
import { formatBytes } from '../format/bytes.ts';
import { contentDir, PROJECT_ROOT } from '../content/paths.ts';
import { loadGlossary } from '../glossary/load.ts';
import { endShapingThreads, shapePages, startShapingThreads, type ShapingThread } from '../search/index-pool.ts';
import { loadWordGroups } from '../search/load.ts';
import { buildSuggestionData, questionListOrder, type PageSummary } from '../search/suggest-data.ts';
import { feedIndex } from '../search/index-feed.ts';
import { SUGGESTIONS_FILE } from '../search/suggest.ts';
import { slimFragments } from '../search/fragments.ts';
import { listHtmlPages, pagePath } from './built-pages.ts';
import { collectGarbage } from './collect-garbage.ts';
import { PAGEFIND_MALLOC_CONF, PAGEFIND_MALLOC_CONF_VARIABLE } from './memory-settings.ts';
import { writeBrotliCopies } from './precompress.ts';
import { timeSince, type StepLog } from './step-log.ts';

/** Folder of the search bundle inside the built site; the search page loads /pagefind/pagefind.js from it. */
export const SEARCH_BUNDLE_FOLDER = 'pagefind';

/** Shapes pages for the index on its own threads (scripts/search/index-pool.ts). */
const INDEX_WORKER = path.join(PROJECT_ROOT, 'scripts', 'search', 'index-worker.ts');

/**
 * Threads that shape pages: every core but one, which is left to Pagefind, since it indexes the pages one at a time
 * (index-feed.ts). One thread shapes a page in about the time Pagefind takes to index it (at 1,000 sources Pagefind was
 * busy for 2.0 s of the 3.3 s the pages took to feed). On two cores, a second shaping thread only took CPU time from Pagefind's: at 10,000 sources the step
 * took 51.6 s with two threads and 43.2 s with one (7 s less CPU time), and at 1,000 sources about a second of CPU
 * time more for the same or a longer step.
 */
const shapingThreadCount = () => Math.max(1, os.availableParallelism() - 1);

/** Starts the threads that will shape the pages, so that they have loaded their code by the time the step runs. */
export const startSearchShaping = (): ShapingThread[] => startShapingThreads(INDEX_WORKER, shapingThreadCount());

/**
 * Indexes the built pages with Pagefind once every page is written, so search works from any
 * static host with no request leaving the site. Each page goes to the index shaped for clean results and
 * carrying the words readers use for what it says (scripts/search/index-page.ts); the questions, glossary
 * and known words are written beside the index for suggestions when a search finds nothing.
 */
export async function writeSearchIndex(
  siteDir: string,
  log: StepLog,
  beforeWriting?: Promise<unknown>,
  threads: readonly ShapingThread[] = startSearchShaping(),
): Promise<void> {
  const started = performance.now();
  const root = contentDir();
  const glossary = loadGlossary(root);
  const groups = loadWordGroups(root);
  // Read when Pagefind's process starts, at the first call below; a value already set is left as it is.
  process.env[PAGEFIND_MALLOC_CONF_VARIABLE] ??= PAGEFIND_MALLOC_CONF;
  const outputPath = path.join(siteDir, SEARCH_BUNDLE_FOLDER);
  let summaries: PageSummary[];
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const jobs = listHtmlPages(siteDir).map((file) => ({ file: path.join(siteDir, file), url: pagePath(file) }));
    // Pagefind indexes pages in its own process while the worker threads shape the next ones.
    const fed = await feedIndex(index, shapePages(jobs, threads));
    summaries = fed.summaries;
    // Pagefind's process is at its largest while it writes the index; what runs beside this step has ended by then,
    // and this process gives back what the pages it passed on left behind. At 10,000 sources it held 245 to 259 MB
    // beside Pagefind's 2.73 GB (the build's peak: 3.01 GB), unless it had first waited idle for the cards (139 MB);
    // with its garbage collected first, 137 MB in three runs.
    await beforeWriting;
    collectGarbage();
    const problems = [...fed.errors, ...(await index.writeFiles({ outputPath })).errors];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    // Ended by shapePages once every page is read; here as well when the step failed before.
    await endShapingThreads(threads);
    // Ended as soon as the index is written: at 10,000 sources its process held 2.75 GB until it ended, while this one
    // went on to compress the index beside it.
    await pagefind.close();
  }
  const order = questionListOrder(readGuide(root).questions);
  fs.writeFileSync(path.join(outputPath, SUGGESTIONS_FILE), JSON.stringify(buildSuggestionData(summaries, glossary, groups, order)));
  // The brotli copies are of the index's files and the page records are files of their own, so the copies are made on
  // Node's thread pool while this thread slims the records.
  const copying = writeBrotliCopies(outputPath);
  const records = slimFragments(outputPath);
  const copies = await copying;
  log.info(`${summaries.length} pages indexed for search ${timeSince(started)}`);
  log.info(
    `page records ${formatBytes(records.before)} before and ${formatBytes(records.after)} after taking out what only the index reads; ` +
      `${copies.files} files of the search engine and index have a brotli copy (${formatBytes(copies.without)} on the wire without it, ${formatBytes(copies.with)} with)`,
  );
}
