// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentDir } from './scripts/content/paths.ts';
import { loadGlossary } from './scripts/glossary/load.ts';
import { rehypeGlossaryFirstUse } from './scripts/glossary/rehype-first-use.ts';
import { indexedPages } from './scripts/citation/sitemap-filter.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { socialCards } from './src/integrations/social-cards.ts';

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
      rolldownOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" marker that the bundler warns it may drop, once per
        // page; Astro reads the marker before bundling, so the warning is not a reader's or an editor's to act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeGlossaryFirstUse, { terms: loadGlossary(contentDir()) }]] }),
  },
  // The search index and social cards read the finished pages, and the service worker precaches that index: keep this order.
  integrations: [contentGate(), mdx(), sitemap({ filter: indexedPages(outDir) }), searchIndex(), socialCards(), serviceWorker()],
  devToolbar: { enabled: false },
});
