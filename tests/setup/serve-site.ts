import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/serve.ts';
import { TEST_CACHE } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Browser tests talk to the build made by build-real-site.ts over real HTTP. */
export default async function setup(project: TestProject) {
  const server = await serveStatic(path.join(TEST_CACHE, `site-${project.name}`));
  project.provide('baseUrl', server.baseUrl);
  return server.close;
}
