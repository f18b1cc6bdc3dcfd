import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TEST_CACHE } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

/** Post-build tests read one build of the real content, made once per test run. */
export default function setup(project: TestProject) {
  const outDir = path.join(TEST_CACHE, `site-${project.name}`);
  const result = buildSite({ outDir });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.output}`);
  project.provide('siteDir', outDir);
}
