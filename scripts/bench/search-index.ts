import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../content/paths.ts';
import type * as SearchIndexModule from '../../src/integrations/search-index.ts';
import { folderBytes } from './sizes.ts';

const INTEGRATION = path.join(PROJECT_ROOT, 'src', 'integrations', 'search-index.ts');

export interface SearchIndexFigures {
  bytes: number;
  ms: number;
}

const quietLogger = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * Size of the search index in a built site, and the time the site's own search-index step takes to write it,
 * run again on a copy of the built pages. Undefined where the site has no search index.
 */
export async function measureSearchIndex(siteDir: string, scratch: string): Promise<SearchIndexFigures | undefined> {
  if (!fs.existsSync(INTEGRATION)) return undefined;
  const { searchIndex, SEARCH_BUNDLE_FOLDER } = (await import(pathToFileURL(INTEGRATION).href)) as typeof SearchIndexModule;
  const bundle = path.join(siteDir, SEARCH_BUNDLE_FOLDER);
  if (!fs.existsSync(bundle)) return undefined;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.cpSync(siteDir, scratch, { recursive: true, filter: (file) => file !== bundle });
  const hook = searchIndex().hooks['astro:build:done'];
  if (!hook) return undefined;
  const started = performance.now();
  await hook({ dir: pathToFileURL(`${scratch}/`), logger: quietLogger } as unknown as Parameters<typeof hook>[0]);
  const ms = performance.now() - started;
  fs.rmSync(scratch, { recursive: true, force: true });
  return { bytes: folderBytes(bundle), ms };
}
