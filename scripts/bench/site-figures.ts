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

/** The URLs a Workbox service worker precaches, read from its manifest ({url:"…",revision:…}). */
export function precacheUrls(worker: string): string[] {
  return [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((match) => match[1] as string);
}

/** Bytes a service worker's install downloads: the sizes of the files its manifest lists. Undefined without a worker. */
export function precacheBytes(siteDir: string, workerFile = 'sw.js'): number | undefined {
  const worker = path.join(siteDir, workerFile);
  if (!fs.existsSync(worker)) return undefined;
  return precacheUrls(fs.readFileSync(worker, 'utf8')).reduce((sum, url) => sum + fs.statSync(path.join(siteDir, url)).size, 0);
}
