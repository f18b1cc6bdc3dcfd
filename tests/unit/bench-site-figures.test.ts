import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { largestHtmlPage, precacheBytes, precacheManifest } from '../../scripts/bench/site-figures.ts';

describe('built-site figures', () => {
  it('finds the largest HTML page and adds up what the service worker precaches', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-site-figures-'));
    try {
      const write = (file: string, bytes: number) => {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), 'x'.repeat(bytes));
      };
      write('index.html', 300);
      write('compare/index.html', 900);
      write('_astro/a.css', 50);
      write('big.json', 5000);
      fs.writeFileSync(
        path.join(dir, 'sw.js'),
        'e([{"revision":null,"url":"_astro/a.css"},{"revision":"0cc175b9c0f1b6a831c399e269772661","url":"index.html"}],{})',
      );
      expect(largestHtmlPage(dir)).toEqual({ path: '/compare/index.html', bytes: 900 });
      expect(precacheManifest(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'))).toEqual([
        { url: '_astro/a.css', revision: null },
        { url: 'index.html', revision: '0cc175b9c0f1b6a831c399e269772661' },
      ]);
      expect(precacheBytes(dir)).toBe(350);
      // A worker whose list is missing or written some other way must not read as precaching nothing.
      fs.writeFileSync(path.join(dir, 'sw.js'), 'e([{url:"index.html",revision:null}])');
      expect(() => precacheBytes(dir)).toThrow('the service worker holds no precache list');
      fs.rmSync(path.join(dir, 'sw.js'));
      expect(precacheBytes(dir)).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
