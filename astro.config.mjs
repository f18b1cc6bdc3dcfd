// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { indexedPages } from './scripts/citation/sitemap-filter.ts';
import { cacheDir, siteDir } from './scripts/content/paths.ts';
import { citationThread } from './src/integrations/citation-thread.ts';
import { contentGate } from './src/integrations/content-gate.ts';

// Tests and the benchmark build into their own folders so runs never overwrite each other.
const outDir = siteDir();

export default defineConfig({
  site: process.env.LMS_SITE_URL ?? 'https://liver-metastasis-review.example',
  outDir,
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // The Content-Security-Policy allows scripts only from 'self': Astro would otherwise inline small scripts.
      assetsInlineLimit: 0,
    },
  },
  // The search index, social cards and service worker are made from the finished pages after Astro ends (scripts/build/site.ts).
  integrations: [contentGate(), citationThread(), sitemap({ filter: indexedPages(outDir) })],
  devToolbar: { enabled: false },
  // Every record reaches the pages through the content store; in parts of a thousand entries rather than one string of
  // the whole store, Astro's process peaked at 4.25 instead of 5.27 GB at 10,000 sources. Astro measured each character
  // of the parts by encoding it on its own; patches/astro+7.3.5.patch counts bytes from the character code instead,
  // and `astro sync` of 3,000 sources took 13.6 s instead of 76.9 s.
  experimental: { collectionStorage: 'chunked' },
});
