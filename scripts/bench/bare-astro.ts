import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';
import { CONTENT_FOLDERS } from '../content/validate.ts';

/**
 * The smallest Astro project that turns the same MDX files into pages: one page per entry, no schema, no
 * content gate, no figures, CSV, charts or search. Its build time is the floor our own code adds to.
 */
export function writeBareProject(dir: string, contentDir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src', 'pages', 'sources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src', 'components'), { recursive: true });
  // This project's installed packages, so both builds use the same Astro and MDX.
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }),
    'astro.config.mjs': [
      "import mdx from '@astrojs/mdx';",
      "import { defineConfig } from 'astro/config';",
      'export default defineConfig({',
      "  outDir: process.env.LMS_OUT_DIR, cacheDir: process.env.LMS_CACHE_DIR, build: { format: 'directory' }, integrations: [mdx()],",
      '});',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `export const collections = { sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(path.join(contentDir, CONTENT_FOLDERS.sources))} }) }) };`,
    ].join('\n'),
    'src/components/Fig.astro': '<a href={`#${Astro.props.id}`}>{Astro.props.id}</a>',
    'src/components/PlainLanguage.astro': '<section><slot /></section>',
    'src/components/Claim.astro': '<span><slot /><q>{Astro.props.quote}</q></span>',
    'src/pages/sources/[id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Fig from '../../components/Fig.astro';",
      "import PlainLanguage from '../../components/PlainLanguage.astro';",
      "import Claim from '../../components/Claim.astro';",
      "export async function getStaticPaths() { return (await getCollection('sources')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }",
      'const { Content } = await render(Astro.props.entry);',
      '---',
      '<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><Content components={{ Fig, PlainLanguage, Claim }} /></body></html>',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${text}\n`);
}
