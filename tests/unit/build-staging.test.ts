import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
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

  it('puts back the previous site when a build stopped between taking it away and moving the new one in', () => {
    write(`${site}.replaced`, 'index.html', 'previous');
    write(stagingDirFor(site), 'index.html', 'new');
    clearStaging(site);
    expect(fs.readdirSync(path.dirname(site))).toEqual(['dist']);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('previous');
  });
});
