import type { APIRoute } from 'astro';
import { getSources } from '../../lib/data.ts';
import { SITE_NAME, SITE_VERSION } from '../../lib/site.ts';
import { dataPackage } from '../../../scripts/data-export/data-package.ts';
import { TABLES } from '../../../scripts/data-export/tables.ts';

/** The Frictionless Data Package descriptor for the files beside it. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost/');
  const descriptor = dataPackage({
    tables: Object.values(TABLES),
    sources: (await getSources()).map((entry) => entry.data),
    dataUrl: new URL('/data/', base).href,
    siteUrl: new URL('/', base).href,
    siteName: SITE_NAME,
    version: SITE_VERSION,
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
