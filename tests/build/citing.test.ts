import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import config from '../../astro.config.mjs';
import packageJson from '../../package.json' with { type: 'json' };
import { canCiteOriginal, sourceCsl } from '../../scripts/citation/csl.ts';
import { originalDocument } from '../../scripts/citation/json-ld.ts';
import { formatCitation } from '../../scripts/citation/output.ts';
import { outcomesCiting } from '../../scripts/citation/reference-list.ts';
import { readCiting } from '../../scripts/content/citing-read.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { listHtmlPages, pagePath, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const site = new URL(config.site ?? '');
const { dataset } = validateContent(contentDir());
const { references, changelog } = readCiting(contentDir());
const NOT_FOUND = '404.html';
/** Pages nobody should cite or find through a search engine: they carry noindex instead of a citation. */
const UNCITABLE = [NOT_FOUND, 'search/index.html'];
const pages = listHtmlPages(siteDir);
const citablePages = pages.filter((file) => !UNCITABLE.includes(file));

const trees = new Map<string, Root>();
function tree(file: string): Root {
  const cached = trees.get(file) ?? fromHtml(readPage(siteDir, file));
  trees.set(file, cached);
  return cached;
}
const attr = (element: Element | undefined, name: string): string => String(element?.properties[name] ?? '');
const metaName = (root: Root, name: string) => attr(select(`head > meta[name="${name}"]`, root), 'content');
const metaProperty = (root: Root, property: string) => attr(select(`head > meta[property="${property}"]`, root), 'content');
const text = (element: Element | undefined) => (element ? toString(element).replace(/\s+/g, ' ').trim() : '');
const jsonLd = (root: Root) =>
  selectAll('script[type="application/ld+json"]', root).map((script) => JSON.parse(toString(script)) as Record<string, unknown>);
const decodeDataUrl = (href: string) => decodeURIComponent(href.slice(href.indexOf(',') + 1));

describe.each(pages)('%s', (file) => {
  const root = tree(file);
  const canonical = new URL(pagePath(file), site).href;
  const footerDate = attr(select('footer time', root), 'dateTime');
  const citable = !UNCITABLE.includes(file);

  it('has a description and Open Graph tags, and its own address as canonical unless kept out of search engines', () => {
    expect(attr(select('head > link[rel="canonical"]', root), 'href')).toBe(citable ? canonical : '');
    expect(metaName(root, 'description').length).toBeGreaterThan(20);
    expect(metaProperty(root, 'og:url')).toBe(citable ? canonical : '');
    expect(metaProperty(root, 'og:description')).toBe(metaName(root, 'description'));
    expect(metaProperty(root, 'og:title')).not.toBe('');
    expect(metaProperty(root, 'og:site_name')).not.toBe('');
    expect(attr(select('head > link[rel="icon"]', root), 'href')).toBe('/favicon.svg');
  });

  it('describes itself as a MedicalWebPage of the review, its author and publisher, dated by its last review', () => {
    const page = jsonLd(root).find((data) => data['@type'] === 'MedicalWebPage');
    expect(page).toMatchObject({ lastReviewed: footerDate, dateModified: footerDate, version: packageJson.version });
    expect(page?.author).toMatchObject({ '@type': 'Organization', name: metaProperty(root, 'og:site_name') });
    expect(page?.publisher).toEqual({ '@id': (page?.author as Record<string, unknown>)['@id'] });
    expect(metaName(root, 'DC.date')).toBe(footerDate);
    expect(page?.url).toBe(citable ? canonical : undefined);
    expect(footerDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.runIf(!citable)('is kept out of search engines and has nothing to cite', () => {
    expect(metaName(root, 'robots')).toBe('noindex');
    expect(select('[data-cite-page]', root)).toBeUndefined();
  });

  it.runIf(citable)('ends with a "Cite this page" block: APA, Vancouver, BibTeX and RIS with the address, version and review date', () => {
    expect(metaName(root, 'robots')).toBe('');
    const block = select('main section[data-cite-page]', root);
    expect(text(select('h2', block))).toBe('Cite this page');
    expect(text(select('[data-cite-format="apa"]', block))).toContain(canonical);
    expect(text(select('[data-cite-format="vancouver"]', block))).toContain(`Available from: ${canonical}`);
    expect(text(select('[data-cite-version]', block))).toBe(packageJson.version);
    expect(attr(select('[data-cite-reviewed]', block), 'dateTime')).toBe(footerDate);
    expect(attr(select('[data-cite-url]', block), 'href')).toBe(canonical);
    const bibtex = decodeDataUrl(attr(select('a[data-cite-download="bibtex"]', block), 'href'));
    expect(bibtex).toMatch(/^@misc\{lms_\w+,\n/);
    expect(bibtex).toContain(`url = {${canonical}}`);
    const ris = decodeDataUrl(attr(select('a[data-cite-download="ris"]', block), 'href'));
    expect(ris).toMatch(/^TY {2}- ELEC\n/);
    expect(ris).toContain(`UR  - ${canonical}\n`);
    expect(attr(select('a[data-cite-download="ris"]', block), 'download')).toMatch(/^lms_\w+\.ris$/);
  });
});

describe('every page', () => {
  it('runs only script files from the site itself, as the Content-Security-Policy requires; inline blocks are data', () => {
    const offending = pages.flatMap((file) =>
      selectAll('script', tree(file))
        .filter((script) => {
          const type = attr(script, 'type');
          if (type === 'application/ld+json' || type === 'application/json') return false;
          const src = attr(script, 'src');
          return !src.startsWith('/') || src.startsWith('//');
        })
        .map((script) => `${file}: ${toString(script).slice(0, 60) || attr(script, 'src')}`),
    );
    expect(offending).toEqual([]);
  });

  it('loads nothing from another website, as the privacy statement says', () => {
    const selectors = 'script[src], link[href]:not([rel="canonical"]), img[src], iframe, source[src], video[src], audio[src]';
    const external = pages.flatMap((file) =>
      selectAll(selectors, tree(file))
        .map((element) => attr(element, 'src') || attr(element, 'href'))
        .filter((address) => new URL(address, site).origin !== site.origin)
        .map((address) => `${file}: ${address}`),
    );
    expect(external).toEqual([]);
  });
});

describe.each(dataset.sources.map((source) => [source.id, source] as const))('source page %s', (id, source) => {
  const root = tree(`sources/${id}/index.html`);

  it('describes itself, not the original, in its head: no Highwire tags, the page title in Dublin Core and Open Graph', () => {
    expect(selectAll('head > meta[name^="citation_"]', root)).toEqual([]);
    expect(metaName(root, 'DC.title')).toBe(source.shortTitle);
    expect(metaProperty(root, 'og:title')).toBe(source.shortTitle);
    expect(metaProperty(root, 'og:type')).toBe('article');
  });

  it('names the original in JSON-LD as what the page is about and cites, one node', () => {
    const canonical = new URL(`/sources/${id}/`, site).href;
    const [page, ...others] = jsonLd(root);
    expect(others).toEqual([]);
    expect(page?.about).toEqual(JSON.parse(JSON.stringify(originalDocument(source, canonical))));
    expect(page?.citation).toEqual({ '@id': (page?.about as Record<string, unknown>)['@id'] });
    expect((page?.about as Record<string, unknown>)['@type']).toBe(source.kind === 'patient-information' ? 'WebPage' : 'ScholarlyArticle');
  });

  it('cites the original the same way, or says why it cannot', () => {
    const block = select('section[data-cite-original]', root);
    if (canCiteOriginal(source)) {
      const citation = formatCitation(sourceCsl(source));
      expect(text(select('[data-cite-format="apa"]', block))).toBe(citation.apa);
      expect(text(select('[data-cite-format="vancouver"]', block))).toBe(citation.vancouver);
      expect(decodeDataUrl(attr(select('a[data-cite-download="bibtex"]', block), 'href'))).toBe(citation.bibtex);
    } else {
      expect(select('a[data-cite-download]', block)).toBeUndefined();
      expect(text(block)).toContain('cannot be cited');
    }
  });

  it('gives every figure and patient row an anchor named after its record, in a table that gets copy-link buttons', () => {
    const records = [...dataset.outcomes, ...dataset.patients].filter((record) => record.source === id);
    const copyTables = selectAll('table[data-copy-rows]', root);
    for (const record of records) {
      const rows = selectAll(`[id="${record.id}"]`, root);
      expect(
        rows.map((row) => row.tagName),
        record.id,
      ).toEqual(['tr']);
      expect(
        copyTables.some((table) => select(`tr[id="${record.id}"]`, table) !== undefined),
        record.id,
      ).toBe(true);
    }
    // The buttons are the script's to add: without it none is drawn that could not work.
    expect(select('button[data-copy-anchor]', root)).toBeUndefined();
    const ids = selectAll('[id]', root).map((element) => attr(element, 'id'));
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('the references page', () => {
  const root = tree('references/index.html');

  it('lists every source with a link to its summary', () => {
    for (const source of dataset.sources) {
      const item = select(`li[id="source-${source.id}"]`, root);
      expect(item, source.id).toBeDefined();
      expect(selectAll('a', item).map((link) => attr(link, 'href'))).toContain(`/sources/${source.id}/`);
      if (source.doi) expect(attr(select('a[rel="external"]', item), 'href')).toBe(`https://doi.org/${source.doi}`);
    }
  });

  it('lists every reference entry under its own id, with the address exactly as stored and the figures it is cited for', () => {
    expect(references.length).toBeGreaterThan(0);
    for (const entry of references) {
      const item = select(`li[id="${entry.id}"]`, root);
      expect(item, entry.id).toBeDefined();
      if (entry.number !== undefined) expect(String(item?.properties.value)).toBe(String(entry.number));
      if (entry.url) expect(selectAll('a[rel="external"]', item).map((link) => attr(link, 'href'))).toEqual([entry.url]);
      if (entry.title) expect(text(item)).toContain(entry.title);
      const hrefs = selectAll('a', item).map((link) => attr(link, 'href'));
      for (const outcome of outcomesCiting(entry, dataset.outcomes)) expect(hrefs).toContain(`/sources/${outcome.source}/#${outcome.id}`);
      if (entry.completeness !== 'complete') expect(text(item)).toContain(entry.note);
    }
  });
});

describe('the changelog page', () => {
  const root = tree('changelog/index.html');

  it('shows every dated entry under its id', () => {
    for (const entry of changelog) {
      const section = select(`section[id="${entry.id}"]`, root);
      expect(attr(select('time', section), 'dateTime')).toBe(entry.date);
      for (const change of entry.changes) expect(text(section)).toContain(change);
    }
  });

  it('gives each source its review date and record counts, drawn from the data', () => {
    for (const source of dataset.sources) {
      const cells = selectAll(`tr[id="status-${source.id}"] td`, root).map(text);
      expect(cells).toEqual([
        source.lastReviewed,
        String(dataset.outcomes.filter((outcome) => outcome.source === source.id).length),
        String(dataset.patients.filter((patient) => patient.source === source.id).length),
        String(references.filter((entry) => entry.source === source.id).length),
      ]);
    }
  });
});

describe('site files', () => {
  it('robots.txt points at a sitemap that lists every citable page', () => {
    const robots = fs.readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
    const index = fs.readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8');
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((match) => {
      const file = path.join(siteDir, new URL(match[1] ?? '').pathname);
      return [...fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((loc) => loc[1]);
    });
    expect(listed.sort()).toEqual(citablePages.map((file) => new URL(pagePath(file), site).href).sort());
  });

  it('the favicon is an SVG the site serves itself', () => {
    expect(fs.readFileSync(path.join(siteDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('the not-found page offers a search and links, and keeps the disclaimer', () => {
    const root = tree(NOT_FOUND);
    const form = select('form[role="search"]', root);
    expect([attr(form, 'action'), attr(form, 'method')]).toEqual(['/search/', 'get']);
    expect(attr(select('input[type="search"]', form), 'name')).toBe('q');
    expect(selectAll('main a', root).map((link) => attr(link, 'href'))).toContain('/');
    expect(select('[data-disclaimer]', root)).toBeDefined();
  });
});
