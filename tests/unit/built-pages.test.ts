import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listHtmlPages, pagePath } from '../../scripts/build/built-pages.ts';

let site: string;
const put = (file: string) => {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.writeFileSync(path.join(site, file), '<!doctype html>');
};

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-built-pages-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(site, { recursive: true, force: true });
});

describe('listHtmlPages', () => {
  it('lists every HTML page under the site folder, sorted, with forward slashes, and nothing else', () => {
    for (const file of ['sources/b/index.html', 'index.html', '404.html', 'sources/a/index.html', 'sources/a/data.csv', '_astro/app.js'])
      put(file);
    expect(listHtmlPages(site)).toEqual(['404.html', 'index.html', 'sources/a/index.html', 'sources/b/index.html']);
  });

  it('treats a folder Astro removes between being seen and being read as holding no pages', () => {
    for (const file of ['index.html', '.prerender/_astro/chunk.mjs', 'sources/a/index.html']) put(file);
    const read = fs.readdirSync;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((folder: fs.PathLike, options: never) => {
      if (String(folder).endsWith(`${path.sep}_astro`))
        throw Object.assign(new Error(`ENOENT: scandir '${String(folder)}'`), { code: 'ENOENT' });
      return read(folder, options);
    }) as typeof fs.readdirSync);
    expect(listHtmlPages(site)).toEqual(['index.html', 'sources/a/index.html']);
  });

  it('still fails when the site folder itself is missing, or a folder cannot be read for another reason', () => {
    expect(() => listHtmlPages(path.join(site, 'missing'))).toThrow(/ENOENT/);
    put('sources/a/index.html');
    const read = fs.readdirSync;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((folder: fs.PathLike, options: never) => {
      if (String(folder).endsWith(`${path.sep}sources`)) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return read(folder, options);
    }) as typeof fs.readdirSync);
    expect(() => listHtmlPages(site)).toThrow(/EACCES/);
  });
});

describe('pagePath', () => {
  it.each([
    ['index.html', '/'],
    ['sources/x/index.html', '/sources/x/'],
    ['404.html', '/404.html'],
  ])('%s is linked as %s', (file, address) => {
    expect(pagePath(file)).toBe(address);
  });
});
