import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashManifest, manifestDifferences } from '../support/manifest.ts';

describe('hashManifest', () => {
  it('hashes every file in nested folders by relative path', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-manifest-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'x.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'y.txt'), '');
    const manifest = hashManifest(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(manifest).toEqual({
      'a/x.txt': '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
      'y.txt': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
  });
});

describe('manifestDifferences', () => {
  it('names files that differ or exist in one build only', () => {
    expect(manifestDifferences({ same: '1', changed: '2', gone: '3' }, { same: '1', changed: '9', added: '4' })).toEqual([
      'added: only in the second build',
      'changed: contents differ',
      'gone: only in the first build',
    ]);
  });
});
