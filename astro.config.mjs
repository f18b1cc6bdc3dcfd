// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { indexedPages } from './scripts/citation/sitemap-filter.ts';
import { contentGate } from './src/integrations/content-gate.ts';

// Tests and the benchmark build into their own folders so runs never overwrite each other.
const outDir = process.env.LMS_OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.LMS_SITE_URL ?? 'https://liver-metastasis-review.example',
  outDir,
  cacheDir: process.env.LMS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // The Content-Security-Policy allows scripts only from 'self': Astro would otherwise inline small scripts.
      assetsInlineLimit: 0,
    },
  },
  // The search index, social cards and service worker are made from the finished pages after Astro ends (scripts/build/site.ts).
  integrations: [contentGate(), sitemap({ filter: indexedPages(outDir) })],
  devToolbar: { enabled: false },
  // Every record reaches the pages through one data module; in parts of a thousand entries rather than one string of the
  // whole store, the build holds far less at once (1,000 sources: 650 to 290 MB of heap when pages start).
  experimental: { collectionStorage: 'chunked' },
});
