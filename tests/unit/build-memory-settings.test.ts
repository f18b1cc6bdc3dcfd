import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content/paths.ts';
import {
  ASTRO_ENV,
  ASTRO_NODE_FLAGS,
  CARD_DRAWER_NODE_FLAGS,
  PAGEFIND_MALLOC_CONF,
  PAGEFIND_MALLOC_CONF_VARIABLE,
} from '../../scripts/build/memory-settings.ts';

/**
 * The memory settings name options of programs the build does not own (Node, Rolldown's mimalloc, Pagefind's
 * jemalloc). A program that stops reading one would ignore it without a word, and the build would quietly use more
 * memory; these tests ask each installed program what it made of its setting.
 */
describe('memory settings of the build', () => {
  it.each([
    ['Astro', ASTRO_NODE_FLAGS],
    ['the social-card drawer', CARD_DRAWER_NODE_FLAGS],
  ])('Node accepts the flags %s runs with', (_process, flags) => {
    const run = spawnSync(process.execPath, [...flags, '-e', ''], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it("Rolldown's allocator takes the purge delay from Astro's environment", () => {
    // The Rolldown that Vite, and so Astro, loads: resolved from Vite's own folder, not whichever copy is hoisted.
    const rolldown = createRequire(path.join(PROJECT_ROOT, 'node_modules', 'vite', 'package.json')).resolve('rolldown');
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(rolldown).href)})`],
      {
        encoding: 'utf8',
        env: { ...process.env, ...ASTRO_ENV, MIMALLOC_VERBOSE: '1' },
      },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`option 'purge_delay': ${ASTRO_ENV.MIMALLOC_PURGE_DELAY}`);
  });

  it("Pagefind's allocator reports every option it is given", () => {
    // The binary the pagefind package starts; the package does not export its own resolver (lib/resolveBinary.js).
    const binary = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
    const run = spawnSync(binary, ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, [PAGEFIND_MALLOC_CONF_VARIABLE]: `stats_print:true,${PAGEFIND_MALLOC_CONF}` },
    });
    expect(run.status).toBe(0);
    const reported = new Map([...run.stderr.matchAll(/^\s*opt\.(\w+): (\S+)/gm)].map(([, name, value]) => [name, value]));
    for (const option of PAGEFIND_MALLOC_CONF.split(',')) {
      const [name, value] = option.split(':');
      expect(reported.get(name as string), name).toBe(value);
    }
  });
});
