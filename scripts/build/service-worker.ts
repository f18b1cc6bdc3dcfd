import fs from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
// The package's entry loads generateSW's Rollup and Babel too (about 1 s), which this step does not use.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { PROJECT_ROOT } from '../content/paths.ts';
import { choosePrecache, contentRevision, listBuiltFiles, type PrecacheGroup } from '../offline/precache.ts';
import { isBrotliCopy } from './precompress.ts';
import { SUGGESTIONS_FILE } from '../search/suggest.ts';
import { SEARCH_BUNDLE_FOLDER } from './search-index.ts';
import { timeSince, type StepLog } from './step-log.ts';

/** Most bytes a first visit downloads for offline use (decimal, as the project's goals are written). */
export const PRECACHE_BUDGET = 5_000_000;

/**
 * Pages a reader needs first, above all offline: the guides, the glossary, search, how the review works, and the first
 * page of sources. A treatment's full list of sources grows with the review and is cached as it is visited.
 */
const READING_PAGES = [
  /^index\.html$/,
  /^(questions|treatments)\/([^/]+\/)?index\.html$/,
  /^glossary\/(.+\/)?index\.html$/,
  /^(search|about|ask-your-care-team|contact|privacy|data|sources)\/index\.html$/,
];

/** Whether a built file ("treatments/ablation/index.html") is one of the reading pages every first visit caches. */
export const isReadingPage = (file: string): boolean => READING_PAGES.some((pattern) => pattern.test(file));

const S = SEARCH_BUNDLE_FOLDER;

/** The search engine without its index: what any search needs before it reads a single word. Read from Pagefind's own entry file. */
function searchEngine(siteDir: string): Set<string> {
  const entry = JSON.parse(fs.readFileSync(path.join(siteDir, S, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const files = [`${S}/pagefind.js`, `${S}/pagefind-entry.json`];
  for (const language of Object.values(entry.languages)) {
    files.push(`${S}/pagefind.${language.hash}.pf_meta`);
    if (language.wasm) files.push(`${S}/wasm.${language.wasm}.pagefind`);
  }
  return new Set(files);
}

/** Precache groups in order of need; see scripts/offline/precache.ts for how they are chosen. */
function precacheGroups(siteDir: string): PrecacheGroup[] {
  const engine = searchEngine(siteDir);
  return [
    { name: 'shell (styles, scripts, icons)', has: (file) => /^(_astro\/|icons\/|favicon\.svg$|manifest\.webmanifest$)/.test(file) },
    // Filters hold every page's kind, cancer and readers; the search page reads them for a filtered search and for the
    // counts beside each filter, which offline readers need as much as anyone. The suggestions for a search that finds
    // nothing are not named by their content, so they are kept current here.
    {
      name: 'search engine, filters and suggestions',
      has: (file) => engine.has(file) || file.startsWith(`${S}/filter/`) || file === `${S}/${SUGGESTIONS_FILE}`,
    },
    { name: 'reading pages', has: isReadingPage },
    { name: 'search index', has: (file) => file.startsWith(`${S}/index/`) || file.startsWith(`${S}/fragment/`) },
    { name: 'data downloads', has: (file) => /^data\/[^/]+\.(csv|json)$/.test(file) },
    // The not-found page answers 404 when asked for by name, which would fail the install.
    { name: 'every other page', has: (file) => file.endsWith('.html') && file !== '404.html' },
  ];
}

/** The worker's code (routes, strategies, Workbox's runtime), with `self.__WB_MANIFEST` where the precache list goes. */
const WORKER_SOURCE = path.join(PROJECT_ROOT, 'src', 'offline', 'service-worker.ts');

/**
 * The worker's code as one minified script. Workbox's generateSW bundled it with Rollup, Babel and Terser on every
 * build, which took 3.5 s of a 23.5 s build of the review; Rolldown, which Astro's bundler already is, takes about
 * 0.2 s. Workbox's checks that only help while developing are left out, as generateSW's production mode did.
 */
async function bundleWorker(): Promise<string> {
  const bundle = await rolldown({
    input: WORKER_SOURCE,
    platform: 'browser',
    transform: {
      define: { 'process.env.NODE_ENV': '"production"' },
      // The browsers Vite builds the pages' own scripts for (its default, "baseline widely available").
      target: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Writes the service worker (src/offline/service-worker.ts) with a precache list chosen and bounded by
 * precacheGroups; the worker keeps every page, search file and data download a reader opens besides. Runs after the
 * search index is written, so the index can be chosen. Revisions are content hashes, so two builds of the same
 * content give the same worker.
 */
export async function writeServiceWorker(siteDir: string, log: StepLog): Promise<void> {
  const started = performance.now();
  // A brotli copy is another way of sending its file, which the worker fetches by the file's own address.
  const files = listBuiltFiles(siteDir).filter((file) => !isBrotliCopy(file.path));
  const choice = choosePrecache(files, precacheGroups(siteDir), PRECACHE_BUDGET);
  // At the site root so its scope is the whole site; register-service-worker.ts loads it from there.
  const worker = path.join(siteDir, 'sw.js');
  fs.writeFileSync(worker, await bundleWorker());
  const { count, warnings } = await injectManifest({
    swSrc: worker,
    swDest: worker,
    globDirectory: siteDir,
    globPatterns: [],
    additionalManifestEntries: choice.files.map((file) => ({
      url: file.path,
      // Astro's own assets carry a content hash in their names already.
      revision: file.path.startsWith('_astro/') ? null : contentRevision(path.join(siteDir, file.path)),
    })),
  });
  for (const warning of warnings) log.warn(warning);
  for (const group of choice.groups) {
    log.info(
      `${group.precached ? 'precached' : 'kept as read'}: ${group.name}, ${group.files.length} files (${Math.round(group.bytes / 1024)} KiB)`,
    );
  }
  log.info(
    `service worker precaches ${count} files (${Math.round(choice.bytes / 1024)} KiB of ${Math.round(PRECACHE_BUDGET / 1024)} KiB allowed) ${timeSince(started)}`,
  );
}
