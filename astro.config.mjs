// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentGate } from './src/integrations/content-gate.ts';

// Tests and the benchmark build into their own folders so runs never overwrite each other.
export default defineConfig({
  site: process.env.LMS_SITE_URL ?? 'https://liver-metastasis-review.example',
  outDir: process.env.LMS_OUT_DIR ?? './dist',
  cacheDir: process.env.LMS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [contentGate(), mdx()],
  devToolbar: { enabled: false },
});
