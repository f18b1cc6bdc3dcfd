import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveWithNginx } from '../../scripts/deploy/serve-nginx.ts';
import { TEST_CACHE } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Browser tests talk to the build made by build-real-site.ts through nginx and the shipped site config. */
export default async function setup(project: TestProject) {
  const server = await serveWithNginx(path.join(TEST_CACHE, `site-${project.name}`), path.join(TEST_CACHE, `nginx-${project.name}`));
  project.provide('baseUrl', server.baseUrl);
  return server.close;
}
