import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_BUILD } from '../../scripts/build/commands.ts';
import { PROJECT_ROOT } from '../../scripts/content/paths.ts';

export { listHtmlPages, pagePath } from '../../scripts/build/built-pages.ts';
export { PROJECT_ROOT };

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

const BUILD_LOCK = path.join(PROJECT_ROOT, '.cache', 'astro-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

/**
 * Astro keeps prerender scratch files in the project's .astro folder whatever the output folder,
 * so two builds at once (parallel test files) can delete each other's modules. One build at a time.
 */
function withBuildLock<T>(run: () => T): T {
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
  try {
    return run();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** The cache folder of a test build into `outDir` (LMS_CACHE_DIR): its own, beside its output. */
export const cacheDirFor = (outDir: string) => `${outDir}-cache`;

/**
 * Runs the real build (`npm run build`: Astro, then the search index, cards and service worker) in a child process, into its own output and cache folders,
 * optionally against another content folder (fixtures, synthetic content). The output folder starts empty unless
 * `keepPrevious` asks to see what a build does to the site already there.
 */
export function buildSite(options: {
  outDir: string;
  contentDir?: string;
  env?: Record<string, string>;
  keepPrevious?: boolean;
}): BuildResult {
  if (!options.keepPrevious) fs.rmSync(options.outDir, { recursive: true, force: true });
  const result = withBuildLock(() =>
    spawnSync(process.execPath, [SITE_BUILD], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...options.env,
        LMS_OUT_DIR: options.outDir,
        LMS_CACHE_DIR: cacheDirFor(options.outDir),
        ...(options.contentDir ? { LMS_CONTENT_DIR: options.contentDir } : {}),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    }),
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: options.outDir };
}

export function readPage(outDir: string, file: string): string {
  return fs.readFileSync(path.join(outDir, file), 'utf8');
}

/** Where tests build; separate working copies or parallel runs point LMS_TEST_CACHE elsewhere. */
export const TEST_CACHE = process.env.LMS_TEST_CACHE ?? path.join(PROJECT_ROOT, '.cache', 'tests');
