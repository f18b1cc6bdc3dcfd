import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content/paths.ts';

it('gives the memory of garbage back to the system at once, in a process of its own where nothing else holds memory', () => {
  const module = pathToFileURL(path.join(PROJECT_ROOT, 'scripts', 'build', 'collect-garbage.ts')).href;
  // Some 200 MB of small objects, old enough to have left the young generation, then dropped: V8 keeps the heap they
  // grew until it collects it.
  const script = `
    const { collectGarbage } = await import(${JSON.stringify(module)});
    let held = Array.from({ length: 2_000_000 }, (_, i) => ({ i, text: String(i) }));
    held = undefined;
    const before = process.memoryUsage().rss;
    collectGarbage();
    console.log(JSON.stringify({ before, after: process.memoryUsage().rss }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const { before, after } = JSON.parse(run.stdout) as { before: number; after: number };
  // A plain major collection gave back about 20 MB of the process's memory here; this, about 165.
  expect(before - after).toBeGreaterThan(120e6);
});
