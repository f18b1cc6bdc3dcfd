import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { pageFacts } from '../support/html.ts';
import { listHtmlPages, PROJECT_ROOT, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const pages = listHtmlPages(siteDir);

/**
 * Every link, asset and #anchor inside the built folder. Each page is a starting point (linkinator does not
 * follow links out of a list of files), so pages nothing links to, such as the 404 page, are checked too.
 */
async function checkLinks(root: string, files: string[]): Promise<{ checked: number; broken: LinkResult[] }> {
  const result = await new LinkChecker().check({
    path: files,
    serverRoot: root,
    checkFragments: true,
    // Links to the originals (DOIs, publishers) leave the site; the tests never touch the network.
    linksToSkip: async (link) => !link.startsWith('http://localhost'),
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED).length;
  return { checked, broken: result.links.filter((link) => link.state === LinkState.BROKEN) };
}

const describeBroken = (links: LinkResult[]) =>
  links.map((link) => `${link.url} (status ${link.status}) on ${link.parent ?? 'the same page'}`);

describe('links', () => {
  it('finds a missing page and a missing #anchor, so a clean result means something', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-links-'));
    fs.mkdirSync(path.join(root, 'a'));
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    fs.writeFileSync(
      path.join(root, 'index.html'),
      page('<h1 id="top">t</h1><a href="/a/#here">ok</a><a href="/a/#gone">x</a><a href="/nowhere/">x</a>'),
    );
    fs.writeFileSync(path.join(root, 'a', 'index.html'), page('<h1 id="here">a</h1><a href="/#top">ok</a><a href="#lost">x</a>'));
    const broken = describeBroken((await checkLinks(root, ['index.html', 'a/index.html'])).broken);
    fs.rmSync(root, { recursive: true, force: true });
    expect(broken.some((line) => line.includes('a/#gone'))).toBe(true);
    expect(broken.some((line) => line.includes('nowhere/'))).toBe(true);
    expect(broken.some((line) => line.includes('#lost'))).toBe(true);
    expect(broken.some((line) => line.includes('#here') || line.includes('#top'))).toBe(false);
  });

  it('every internal link, asset and #anchor on every page resolves', async () => {
    const { checked, broken } = await checkLinks(siteDir, pages);
    expect(describeBroken(broken)).toEqual([]);
    // Each page links at least to the home page and its stylesheet.
    expect(checked).toBeGreaterThan(pages.length * 2);
  });
});

describe('HTML', () => {
  const config = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));

  it('every page validates with no errors', async () => {
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(path.join(siteDir, file));
      for (const result of report.results) {
        for (const message of result.messages)
          errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('page essentials', () => {
  const facts = pages.map((file) => ({ file, ...pageFacts(readPage(siteDir, file)) }));

  it('every page has exactly one h1', () => {
    expect(facts.filter((page) => page.h1Count !== 1).map((page) => `${page.file}: ${page.h1Count} h1 elements`)).toEqual([]);
  });

  it('every page has a title, a meta description and a language', () => {
    const missing = facts.flatMap((page) => [
      ...(page.title ? [] : [`${page.file}: no <title>`]),
      ...(page.description ? [] : [`${page.file}: no meta description`]),
      ...(page.lang ? [] : [`${page.file}: no lang on <html>`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('every image has alt text', () => {
    expect(facts.flatMap((page) => page.imagesWithoutAlt.map((src) => `${page.file}: ${src}`))).toEqual([]);
  });
});
