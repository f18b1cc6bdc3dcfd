import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isBrotliCopy } from '../../scripts/build/precompress.ts';
import { servePreview } from '../../scripts/deploy/preview-server.ts';
import type { RunningServer } from '../../scripts/deploy/serve-nginx.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const files = fs
  .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => fs.statSync(path.join(siteDir, file)).isFile())
  .map((file) => file.split(path.sep).join('/'))
  .sort();

/** The type each kind of file must be served with. A new kind of file fails the test until it is added here and, if need be, to the nginx config. */
const EXPECTED_TYPES: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/,
  css: /^text\/css; charset=utf-8$/,
  js: /^(application|text)\/javascript; charset=utf-8$/,
  json: /^application\/json; charset=utf-8$/,
  webmanifest: /^application\/manifest\+json; charset=utf-8$/,
  csv: /^text\/csv; charset=utf-8$/,
  txt: /^text\/plain; charset=utf-8$/,
  xml: /^text\/xml; charset=utf-8$/,
  svg: /^image\/svg\+xml$/,
  png: /^image\/png$/,
  ico: /^image\/x-icon$/,
  woff2: /^font\/woff2$/,
  wasm: /^application\/wasm$/,
  pagefind: /^application\/octet-stream$/,
  pf_meta: /^application\/octet-stream$/,
  pf_index: /^application\/octet-stream$/,
  pf_fragment: /^application\/octet-stream$/,
  pf_filter: /^application\/octet-stream$/,
};

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${baseUrl}${pathname}`, { headers, redirect: 'manual' });

describe('nginx with the shipped config', () => {
  it('sends the security headers with every response, errors included', async () => {
    for (const pathname of ['/', '/no-such-page/']) {
      const { headers } = await get(pathname);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https?:|\*/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(headers.get('permissions-policy')).toContain('camera=()');
      expect(headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(headers.get('server')).toBe('nginx');
    }
  });

  it('lets browsers keep hashed bundles for a year and revalidate everything else', async () => {
    const hashed = files.find((file) => file.startsWith('_astro/'));
    expect(hashed).toBeDefined();
    expect((await get(`/${hashed}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses pages, styles and scripts for browsers that accept gzip, brotli or both', async () => {
    // The largest style sheet: nginx leaves files under 256 bytes as they are.
    const styles = files
      .filter((file) => file.startsWith('_astro/') && file.endsWith('.css'))
      .sort((a, b) => fs.statSync(path.join(siteDir, b)).size - fs.statSync(path.join(siteDir, a)).size)[0];
    for (const encoding of ['gzip', 'gzip, deflate, br, zstd']) {
      for (const pathname of ['/', `/${styles}`, '/pagefind/pagefind.js']) {
        const response = await get(pathname, { 'accept-encoding': encoding });
        expect(response.headers.get('content-encoding'), `${pathname} (${encoding})`).toBe('gzip');
      }
    }
  });

  it('sends the search bundle’s brotli copies to browsers that accept brotli, and the files as Pagefind wrote them to others', async () => {
    const packed = files.find((file) => file.endsWith('.pf_meta'));
    expect(files).toContain(`${packed}.br`);
    const withBrotli = await get(`/${packed}`, { 'accept-encoding': 'gzip, br' });
    expect(withBrotli.headers.get('content-encoding')).toBe('br');
    expect(withBrotli.headers.get('vary')).toBe('Accept-Encoding');
    expect(withBrotli.headers.get('content-type')).toBe('application/octet-stream');
    // Unpacked: pagefind.js uses the bytes as they come when they start with its signature.
    expect(
      Buffer.from(await withBrotli.arrayBuffer())
        .subarray(0, 12)
        .toString(),
    ).toBe('pagefind_dcd');
    const without = await get(`/${packed}`, { 'accept-encoding': 'gzip' });
    expect(without.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await without.arrayBuffer())).toEqual(fs.readFileSync(path.join(siteDir, packed ?? '')));
  });

  it('answers an unknown address, or a brotli copy asked for by its own name, with the site’s own 404 page and a 404 status', async () => {
    const notFound = fs.readFileSync(path.join(siteDir, '404.html'), 'utf8');
    const brotliCopy = files.find(isBrotliCopy);
    expect(brotliCopy).toBeDefined();
    for (const pathname of ['/no-such-page/', '/sources/no-such-source/', '/404.html', '/_astro/', '/pagefind/', `/${brotliCopy}`]) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(404);
      expect(await response.text()).toBe(notFound);
    }
  });

  it('redirects a folder address without its slash, keeping the reader’s host, port and query', async () => {
    const response = await get('/sources');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/sources/');
    expect((await get('/sources/nelm-review-2012?from=search')).headers.get('location')).toBe('/sources/nelm-review-2012/?from=search');
  });

  it('serves every kind of file in the build with its proper type', async () => {
    const byExtension = new Map<string, string>();
    for (const file of files) {
      const extension = path.extname(file).slice(1);
      if (!byExtension.has(extension)) byExtension.set(extension, file);
    }
    const wrong: string[] = [];
    for (const [extension, file] of byExtension) {
      if (file === '404.html' || isBrotliCopy(file)) continue;
      const type = (await get(`/${file}`)).headers.get('content-type') ?? '(none)';
      const expected = EXPECTED_TYPES[extension];
      if (!expected) wrong.push(`.${extension} (${file}): no expected type is listed for it; it was served as ${type}`);
      else if (!expected.test(type)) wrong.push(`.${extension} (${file}): served as ${type}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Headers that belong to one connection or one server's way of sending, not to what the site tells browsers. */
const TRANSPORT = new Set([
  'date',
  'server',
  'connection',
  'keep-alive',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'vary',
  'etag',
  'last-modified',
  'accept-ranges',
]);

describe('npm start (the preview server) answers as nginx does', () => {
  let preview: RunningServer;
  beforeAll(async () => {
    preview = await servePreview(siteDir, { host: '127.0.0.1', port: 0 });
  });
  afterAll(() => preview.close());

  async function answer(base: string, pathname: string) {
    const response = await fetch(`${base}${pathname}`, { redirect: 'manual' });
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !TRANSPORT.has(name)));
    return { status: response.status, headers, body: response.status === 200 || response.status === 404 ? await response.text() : '' };
  }

  it('with the same status, headers and body for pages, folders, misses and one file of each type', async () => {
    const oneOfEach = new Map(files.map((file) => [path.extname(file), `/${file}`]));
    const pathnames = [
      '/',
      '/sources',
      '/sources/',
      '/sources?x=1',
      '/_astro/',
      '/pagefind/',
      '/no-such-page/',
      '/404.html',
      ...oneOfEach.values(),
    ];
    for (const pathname of pathnames) {
      const [fromNginx, fromPreview] = await Promise.all([answer(baseUrl, pathname), answer(preview.baseUrl, pathname)]);
      expect(fromPreview, pathname).toEqual(fromNginx);
    }
  });

  it('sends the search bundle’s brotli copies as nginx does, to browsers that accept brotli and to those that do not', async () => {
    const packed = `/${files.find((file) => file.endsWith('.pf_meta'))}`;
    for (const encoding of ['gzip, br', 'gzip']) {
      const fetchFrom = (base: string) => fetch(`${base}${packed}`, { headers: { 'accept-encoding': encoding } });
      const [fromNginx, fromPreview] = await Promise.all([fetchFrom(baseUrl), fetchFrom(preview.baseUrl)]);
      expect(fromPreview.headers.get('content-encoding'), encoding).toBe(fromNginx.headers.get('content-encoding'));
      expect(Buffer.from(await fromPreview.arrayBuffer())).toEqual(Buffer.from(await fromNginx.arrayBuffer()));
    }
  });
});
