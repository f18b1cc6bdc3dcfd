import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { FILTER_KEYS, QUERY_KEY } from '../../scripts/search/state.ts';

/**
 * The site's service worker, bundled by the build (scripts/build/service-worker.ts), which puts the precache list in
 * place of `self.__WB_MANIFEST`. The list is chosen by scripts/offline/precache.ts; everything a reader opens
 * besides is kept as it is read, so what was read stays readable offline.
 */
declare const self: { __WB_MANIFEST: PrecacheEntry[]; skipWaiting(): Promise<void> };

/**
 * Query parameters that never change a page: the search page's own (its words and filters, read in the browser), and
 * the ?ts= Pagefind adds to bust caches.
 */
const PAGE_STATE_PARAMETERS = [QUERY_KEY, ...FILTER_KEYS, 'ts'].map((name) => new RegExp(`^${name}$`));

// A new worker takes over at once: its precache holds only files this build wrote.
void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: PAGE_STATE_PARAMETERS, directoryIndex: 'index.html' });
cleanupOutdatedCaches();

// "/sources/x", asked for as a page, goes to "/sources/x/", online and offline, as the web server sends it: the site's
// pages all end in "/".
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname),
  async ({ url }) => Response.redirect(new URL(`${url.pathname}/${url.search}`, url.origin).href, 301),
);
// Pages: the newest copy when online, the copy last read when not.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkFirst({ cacheName: 'pages' }));
// Search index files are named by their content, so a kept copy never goes stale.
registerRoute(({ url }) => url.pathname.startsWith('/pagefind/'), new CacheFirst({ cacheName: 'search' }));
registerRoute(({ url }) => /^\/data\/[^/]+\.(csv|json)$/.test(url.pathname), new NetworkFirst({ cacheName: 'data' }));
