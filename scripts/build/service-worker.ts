import fs from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { choosePrecache, contentRevision, listBuiltFiles, type PrecacheGroup } from '../offline/precache.ts';
import { isBrotliCopy } from './precompress.ts';
import { SUGGESTIONS_FILE } from '../search/suggest.ts';
import { SEARCH_BUNDLE_FOLDER } from './search-index.ts';
import { timeSince, type StepLog } from './step-log.ts';

/** Query parameters that never change a page: the search page reads them in the browser, and Pagefind adds ?ts= to bust caches. */
const PAGE_STATE_PARAMETERS = [/^q$/, /^cancer$/, /^type$/, /^audience$/, /^ts$/];

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

/** An address without its trailing slash ("/sources/x"), asked for as a page: the site's pages all end in "/". */
function withoutTrailingSlash({ request, url }: { request: Request; url: URL }): boolean {
  return request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname);
}

/** Sends "/sources/x" to "/sources/x/", online and offline, as the web server does. */
async function addTrailingSlash({ url }: { url: URL }): Promise<Response> {
  return Response.redirect(new URL(`${url.pathname}/${url.search}`, url.origin).href, 301);
}

/**
 * Writes a service worker whose install precaches a chosen, bounded list (precacheGroups) and which keeps every
 * page, search file and data download a reader opens, so what was read stays readable offline. Runs after the
 * search index is written, so the index can be chosen. Revisions are content hashes, so two builds of the same
 * content give the same worker.
 */
export async function writeServiceWorker(siteDir: string, log: StepLog): Promise<void> {
  const started = performance.now();
  // A brotli copy is another way of sending its file, which the worker fetches by the file's own address.
  const files = listBuiltFiles(siteDir).filter((file) => !isBrotliCopy(file.path));
  const choice = choosePrecache(files, precacheGroups(siteDir), PRECACHE_BUDGET);
  const { count, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: [],
    additionalManifestEntries: choice.files.map((file) => ({
      url: file.path,
      // Astro's own assets carry a content hash in their names already.
      revision: file.path.startsWith('_astro/') ? null : contentRevision(path.join(siteDir, file.path)),
    })),
    // At the site root so its scope is the whole site; register-service-worker.ts loads it from there.
    swDest: path.join(siteDir, 'sw.js'),
    ignoreURLParametersMatching: PAGE_STATE_PARAMETERS,
    directoryIndex: 'index.html',
    // Matchers and handlers are copied into the worker as source text, so they name everything they use literally.
    runtimeCaching: [
      { urlPattern: withoutTrailingSlash, handler: addTrailingSlash },
      // Pages: the newest copy when online, the copy last read when not.
      { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: 'pages' } },
      // Search index files are named by their content, so a kept copy never goes stale.
      { urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'), handler: 'CacheFirst', options: { cacheName: 'search' } },
      {
        urlPattern: ({ url }) => /^\/data\/[^/]+\.(csv|json)$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'data' },
      },
    ],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
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
