import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkWhole, workVersion, writeWhole } from '../../scripts/build/kept-work.ts';

let root: string;
const put = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-kept-work-'));
  put('package-lock.json', '{"lockfileVersion":3}');
  put('patches/astro+7.0.0.patch', 'a fix');
  put('scripts/citation/output.ts', 'export const style = "apa";');
  put('scripts/social/card.ts', 'export const width = 1200;');
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the version of kept work', () => {
  const version = () => workVersion(['scripts/citation'], root);

  it('stays the same while nothing it was made with changes, and does not read folders it was not given', () => {
    const before = version();
    put('scripts/social/card.ts', 'export const width = 600;');
    expect(version()).toBe(before);
    expect(version()).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a file of its code changes', () => put('scripts/citation/output.ts', 'export const style = "vancouver";')],
    ['a file is added to its code', () => put('scripts/citation/extra.ts', '')],
    [
      'a file of its code is renamed',
      () => fs.renameSync(path.join(root, 'scripts/citation/output.ts'), path.join(root, 'scripts/citation/out.ts')),
    ],
    ['the locked packages change', () => put('package-lock.json', '{"lockfileVersion":3,"packages":{}}')],
    ['a patch to a package changes', () => put('patches/astro+7.0.0.patch', 'another fix')],
    ['a patch is added', () => put('patches/sharp+1.0.0.patch', 'a fix')],
  ])('changes when %s', (_, change) => {
    const before = version();
    change();
    expect(version()).not.toBe(before);
  });

  it('needs no patches folder', () => {
    fs.rmSync(path.join(root, 'patches'), { recursive: true });
    expect(version()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('whole files', () => {
  it('writes a new file, never into one another name links to, and leaves no partial file', () => {
    const kept = path.join(root, 'kept.png');
    const site = path.join(root, 'site', 'card.png');
    writeWhole(kept, 'first');
    linkWhole(kept, site);
    writeWhole(site, 'second');
    expect(fs.readFileSync(kept, 'utf8')).toBe('first');
    expect(fs.readFileSync(site, 'utf8')).toBe('second');
    expect(fs.readdirSync(path.join(root, 'site'))).toEqual(['card.png']);
  });

  it('links a file where it can, so it is stored once', () => {
    const from = path.join(root, 'a.png');
    writeWhole(from, 'card');
    linkWhole(from, path.join(root, 'store', 'b.png'));
    expect(fs.statSync(path.join(root, 'store', 'b.png')).ino).toBe(fs.statSync(from).ino);
  });

  it('copies a file where no link can be made', () => {
    const from = path.join(root, 'a.png');
    writeWhole(from, 'card');
    const noLinks = vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    linkWhole(from, path.join(root, 'b.png'));
    expect(noLinks).toHaveBeenCalled();
    expect(fs.readFileSync(path.join(root, 'b.png'), 'utf8')).toBe('card');
    expect(fs.statSync(path.join(root, 'b.png')).ino).not.toBe(fs.statSync(from).ino);
  });

  it('fails, leaving nothing behind, when there is nothing to link', () => {
    expect(() => linkWhole(path.join(root, 'missing.png'), path.join(root, 'b.png'))).toThrow(/ENOENT/);
    expect(fs.existsSync(path.join(root, 'b.png'))).toBe(false);
    expect(fs.readdirSync(root).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
