import fs from 'node:fs';
import path from 'node:path';

export interface LargestPage {
  path: string;
  bytes: number;
}

/** The biggest HTML file of a built site, by bytes on disk (what a reader downloads before compression). */
export function largestHtmlPage(siteDir: string): LargestPage | undefined {
  let largest: LargestPage | undefined;
  for (const file of fs.readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const bytes = fs.statSync(path.join(siteDir, file)).size;
    if (!largest || bytes > largest.bytes) largest = { path: `/${file.split(path.sep).join('/')}`, bytes };
  }
  return largest;
}

/** One entry of a service worker's precache list: a file of the site, and its content hash (null when its name has one). */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * The precache list Workbox's injectManifest writes into the worker, as JSON with sorted keys
 * ({"revision":"…","url":"…"}). A worker without one is an error: read as an empty list, it would pass any budget.
 */
export function precacheManifest(worker: string): PrecacheEntry[] {
  const entries = [...worker.matchAll(/\{"revision":("[^"]*"|null),"url":("[^"]+")\}/g)].map((match) => ({
    url: JSON.parse(match[2] as string) as string,
    revision: JSON.parse(match[1] as string) as string | null,
  }));
  if (entries.length === 0) throw new Error('the service worker holds no precache list ({"revision":…,"url":…} entries)');
  return entries;
}

/** Bytes a service worker's install downloads: the sizes of the files its manifest lists. Undefined without a worker. */
export function precacheBytes(siteDir: string, workerFile = 'sw.js'): number | undefined {
  const worker = path.join(siteDir, workerFile);
  if (!fs.existsSync(worker)) return undefined;
  return precacheManifest(fs.readFileSync(worker, 'utf8')).reduce((sum, { url }) => sum + fs.statSync(path.join(siteDir, url)).size, 0);
}
