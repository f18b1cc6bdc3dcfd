import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, inject, test } from 'vitest';
import { precacheBytes, precacheManifest } from '../../scripts/bench/site-figures.ts';
import { isBrotliCopy } from '../../scripts/build/precompress.ts';
import { PRECACHE_BUDGET } from '../../scripts/build/service-worker.ts';
import { listHtmlPages, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const pages = listHtmlPages(siteDir);

describe('search', () => {
  test('every page has a header search box that works without a script', () => {
    for (const file of pages) {
      const form = select('header form[role="search"]', fromHtml(readPage(siteDir, file)));
      expect(form?.properties, file).toMatchObject({ action: '/search/', method: 'get' });
      expect(select('input[name="q"]', form!), file).toBeDefined();
    }
  });

  test('indexed pages hand the index their kind, cancers and readers; header and footer are not indexed', () => {
    const tree = fromHtml(readPage(siteDir, 'sources/gangnam-breast-series/index.html'));
    expect(select('main[data-pagefind-body]', tree)).toBeDefined();
    expect(select('header[data-pagefind-ignore]', tree)).toBeDefined();
    expect(select('footer[data-pagefind-ignore]', tree)).toBeDefined();
    const facets = selectAll('[data-page-facets] [data-pagefind-filter]', tree).map(
      (node) => `${node.properties.dataPagefindFilter}:${(node.children[0] as { value: string }).value}`,
    );
    expect(facets).toEqual(expect.arrayContaining(['type:source-summary', 'cancer:breast', 'audience:clinicians']));
  });

  test('the search page itself is not indexed and tells readers how to browse without a script', () => {
    const tree = fromHtml(readPage(siteDir, 'search/index.html'));
    expect(select('main[data-pagefind-body]', tree)).toBeUndefined();
    const fallback = select('[data-search-fallback]', tree)!;
    for (const href of ['/questions/', '/treatments/', '/sources/']) expect(select(`a[href="${href}"]`, fallback), href).toBeDefined();
  });

  test('the Pagefind index is written into the build', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(pages.filter((file) => readPage(siteDir, file).includes('data-pagefind-body')).length);
  });
});

describe('offline use', () => {
  const worker = fs.readFileSync(path.join(siteDir, 'sw.js'), 'utf8');
  const precached = new Map(precacheManifest(worker).map(({ url, revision }) => [url, revision]));

  test('a review this small is precached whole: every page, the whole search index and the data downloads', () => {
    // The not-found page is only ever served as an error, so it is left out on purpose.
    for (const file of pages.filter((name) => name !== '404.html')) expect(precached.has(file), file).toBe(true);
    const downloads = fs.readdirSync(path.join(siteDir, 'data')).filter((file) => /\.(csv|json)$/.test(file));
    expect(downloads.length).toBeGreaterThan(0);
    for (const file of downloads) expect(precached.has(`data/${file}`), file).toBe(true);
    // Pagefind also writes engines for languages the index has no pages in; only the ones its entry names are used.
    const entry = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm?: string }>;
    };
    const usedEngines = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
    const searchFiles = fs
      .readdirSync(path.join(siteDir, 'pagefind'), { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(siteDir, 'pagefind', file)).isFile() && !/ui\.(js|css)$|highlight|worker/.test(file))
      .filter((file) => !file.startsWith('wasm.') || usedEngines.has(file));
    // A brotli copy is fetched by its file's own address, so the worker caches that file and never the copy.
    const [copies, files] = [searchFiles.filter(isBrotliCopy), searchFiles.filter((file) => !isBrotliCopy(file))];
    expect(copies.length).toBeGreaterThan(0);
    for (const file of files) expect(precached.has(`pagefind/${file}`), file).toBe(true);
    for (const file of copies) expect(precached.has(`pagefind/${file}`), file).toBe(false);
  });

  test('the worker is one script: Workbox bundled in, the precache list in place of its placeholder, no development checks', () => {
    expect(worker).not.toMatch(/\bimport\s*[({'"]|\bimportScripts\(/);
    expect(worker).not.toContain('__WB_MANIFEST');
    expect(worker).not.toContain('process.env');
    // Workbox's development build logs what it precaches; its production code has no such messages.
    expect(worker).not.toContain('Precaching');
  });

  test('the precache stays within its budget', () => {
    expect(precacheBytes(siteDir)).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });

  test('precache revisions are content hashes, not times', () => {
    expect(precached.size).toBeGreaterThan(pages.length);
    for (const [url, revision] of precached)
      expect(revision === null ? url.startsWith('_astro/') : /^[0-9a-f]{32}$/.test(revision), url).toBe(true);
  });

  test('the site is installable: a manifest with its own icons, linked from every page', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons) expect(fs.existsSync(path.join(siteDir, icon.src)), icon.src).toBe(true);
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const file of pages) expect(select('link[rel="manifest"]', fromHtml(readPage(siteDir, file))), file).toBeDefined();
  });
});
