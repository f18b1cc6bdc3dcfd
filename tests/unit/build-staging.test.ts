import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startNode } from '../../scripts/build/node-process.ts';
import { clearStaging, promoteStaging, stagingDirFor } from '../../scripts/build/staging.ts';

describe('the staging folder', () => {
  let site: string;
  beforeEach(() => {
    site = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lms-staging-')), 'dist');
  });
  const write = (dir: string, file: string, text: string) => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };

  it('takes the place of the previous site whole: nothing of the old site is left in it', () => {
    write(site, 'index.html', 'previous');
    write(site, 'removed-page.html', 'previous');
    write(stagingDirFor(site), 'index.html', 'new');
    promoteStaging(site);
    expect(fs.readdirSync(site)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(path.dirname(site))).toEqual(['dist']);
  });

  it('becomes the site when there was none', () => {
    write(stagingDirFor(site), 'index.html', 'new');
    promoteStaging(site);
    expect(fs.readdirSync(path.dirname(site))).toEqual(['dist']);
  });

  it('is cleared with what an interrupted build left beside the site, and the site is kept', () => {
    write(site, 'index.html', 'previous');
    write(stagingDirFor(site), 'half-written.html', '');
    write(`${site}.replaced`, 'index.html', 'older');
    clearStaging(site);
    expect(fs.readdirSync(path.dirname(site))).toEqual(['dist']);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('previous');
  });
});

describe('a build process started early', () => {
  let printed: string[];
  beforeEach(() => {
    printed = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
  });
  afterEach(() => vi.restoreAllMocks());

  it('gives its exit status back', async () => {
    expect(await startNode(['-e', 'process.exit(3)']).exit).toBe(3);
  });

  it('says nothing while held, then everything it printed, in order, once released', async () => {
    const child = startNode(['-e', 'console.log("first"); setTimeout(() => console.log("second"), 300)'], { hold: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(printed).toEqual([]);
    child.release();
    expect(await child.exit).toBe(0);
    expect(printed.join('')).toBe('first\nsecond\n');
  });

  it('when stopped, ends and says nothing of what it printed', async () => {
    const child = startNode(['-e', 'console.log("building"); setInterval(() => console.log("still building"), 50)'], { hold: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await child.stop()).toBe(1);
    expect(printed).toEqual([]);
  });
});
