import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { hashManifest, manifestDifferences } from '../support/manifest.ts';
import { buildSite, cacheDirFor, TEST_CACHE } from '../support/site.ts';

/** A build from a clean output folder and a clean cache, so nothing carries over from an earlier run. */
function cleanBuild(name: string): Record<string, string> {
  const outDir = path.join(TEST_CACHE, name);
  fs.rmSync(cacheDirFor(outDir), { recursive: true, force: true });
  const result = buildSite({ outDir });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.output}`);
  return hashManifest(outDir);
}

it('two clean builds write byte-identical files', { timeout: 600_000 }, () => {
  const first = cleanBuild('reproducible-a');
  const second = cleanBuild('reproducible-b');
  expect(Object.keys(first).length).toBeGreaterThan(0);
  expect(manifestDifferences(first, second)).toEqual([]);
});
