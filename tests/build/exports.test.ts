import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { BibLatexParser, parseRIS } from 'biblatex-csl-converter';
import datapackage from 'datapackage';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import config from '../../astro.config.mjs';
import { canCiteOriginal } from '../../scripts/citation/csl.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { TABLES } from '../../scripts/data-export/tables.ts';
import { MEASURE_CODES, outcomeSchema } from '../../src/schemas/outcome.ts';
import { patientSchema } from '../../src/schemas/patient.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { listHtmlPages, pagePath, readPage } from '../support/site.ts';
import { embeddedMetadata } from '../support/zotero-embedded-metadata.ts';

const siteDir = inject('siteDir');
const site = new URL(config.site ?? '');
const { dataset } = validateContent(contentDir());
const UNCITABLE = ['404.html', 'search/index.html'];
const pages = listHtmlPages(siteDir);
const citablePages = pages.filter((file) => !UNCITABLE.includes(file));
const trees = new Map(pages.map((file) => [file, fromHtml(readPage(siteDir, file))] as const));
const tree = (file: string): Root => trees.get(file)!;
const attr = (element: { properties: Record<string, unknown> } | undefined, name: string) => String(element?.properties[name] ?? '');
const decodeDataUrl = (href: string) => decodeURIComponent(href.slice(href.indexOf(',') + 1));
const download = (root: Root, block: string, format: 'bibtex' | 'ris') =>
  decodeDataUrl(attr(select(`section[${block}] a[data-cite-download="${format}"]`, root), 'href'));

/** Every download the site offers, page citations first, then the originals. */
const pageBibtex = citablePages.map((file) => download(tree(file), 'data-cite-page', 'bibtex'));
const pageRis = citablePages.map((file) => download(tree(file), 'data-cite-page', 'ris'));
const citedSources = dataset.sources.filter(canCiteOriginal);
const originalPage = (id: string) => tree(`sources/${id}/index.html`);
const originalBibtex = citedSources.map((source) => download(originalPage(source.id), 'data-cite-original', 'bibtex'));
const originalRis = citedSources.map((source) => download(originalPage(source.id), 'data-cite-original', 'ris'));

/** Text of a BibLatexParser rich-text field. */
const richText = (value: unknown): string =>
  Array.isArray(value)
    ? value.map((part: { text?: string } | unknown[]) => (Array.isArray(part) ? richText(part) : (part.text ?? ''))).join('')
    : String(value ?? '');

describe('BibTeX downloads, read by @retorquere/bibtex-parser (the parser of Better BibTeX for Zotero)', () => {
  const library = parseBibtex([...pageBibtex, ...originalBibtex].join('\n'));

  it(`read without errors, one entry per download (${citablePages.length} pages and ${citedSources.length} originals)`, () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(citablePages.length + citedSources.length);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(library.entries.length);
  });

  it('give every entry an author or organisation, and every page an ISO date, urldate, year and numeric month', () => {
    for (const entry of library.entries) expect(entry.fields.author, entry.key).not.toHaveLength(0);
    for (const entry of library.entries.slice(0, citablePages.length)) {
      expect(entry.fields.author, entry.key).toEqual([{ name: SITE_NAME }]);
      expect(entry.fields.date, entry.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.fields.urldate, entry.key).toBe(entry.fields.date);
      expect(entry.fields.year, entry.key).toBe(String(entry.fields.date).slice(0, 4));
      expect(Number(entry.fields.month), entry.key).toBe(Number(String(entry.fields.date).slice(5, 7)));
    }
  });
});

describe('BibTeX downloads, read by biblatex-csl-converter (Fidus Writer)', () => {
  it('read with no errors or warnings', () => {
    const result = new BibLatexParser([...pageBibtex, ...originalBibtex].join('\n'), {
      processUnexpected: true,
      processUnknown: true,
    }).parse();
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result.entries)).toHaveLength(citablePages.length + citedSources.length);
  });
});

// CI installs both (.ci/run), so there a missing one fails the test rather than skipping it.
const mustRun = (tool: string) => process.env.CI === 'true' || spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('BibTeX downloads, read by bibtex and biber (always in CI, elsewhere where installed)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-bib-'));
  fs.writeFileSync(path.join(dir, 'all.bib'), [...pageBibtex, ...originalBibtex].join('\n'));
  /** Warnings about fields the copy of a source does not give (a year, a journal): nothing the review writes. */
  const MISSING = /empty (journal|year) in|Missing mandatory field/;

  it.skipIf(!mustRun('bibtex'))('bibtex (plain style) warns about no field the review writes', () => {
    fs.writeFileSync(path.join(dir, 'doc.aux'), '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{all}\n');
    const run = spawnSync('bibtex', ['doc'], { cwd: dir, encoding: 'utf8' });
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('Warning--'));
    expect(warnings.filter((line) => !MISSING.test(line))).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'doc.bbl'), 'utf8')).toContain('Ser~Yee Lee et~al.');
  });

  it.skipIf(!mustRun('biber'))('biber (datamodel check) warns about no field the review writes', () => {
    const run = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file', path.join(dir, 'out.bib'), 'all.bib'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const warnings = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^(WARN|ERROR) /.test(line));
    expect(warnings.filter((line) => !MISSING.test(line))).toEqual([]);
  });
});

describe('RIS downloads, read by biblatex-csl-converter', () => {
  const result = parseRIS([...pageRis, ...originalRis].join('\n'));
  const entries = Object.values(result.entries);

  it(`read without errors, one record per download (${citablePages.length + citedSources.length})`, () => {
    expect(result.errors).toEqual([]);
    expect(entries).toHaveLength(citablePages.length + citedSources.length);
    // The parser does not list RIS's own ID tag among those it knows; it warns and reads the rest. The other
    // warnings may only be the dates the copies of some sources do not give.
    const others = result.warnings.filter((warning) => !(warning.type === 'unknown_tag' && warning.tag === 'ID'));
    expect(others.map((warning) => [warning.type, 'field' in warning ? warning.field : ''])).toEqual(
      citedSources.filter((source) => source.year === undefined).map(() => ['missing_required_field', 'date']),
    );
  });

  it('keep the review and other organisations as one name', () => {
    for (const entry of entries.slice(0, citablePages.length)) {
      const authors = entry.fields.author as { family?: unknown; given?: unknown }[] | undefined;
      expect(authors?.map((name) => [richText(name.family), richText(name.given)])).toEqual([[SITE_NAME, '']]);
    }
  });

  it('carry the whole page key as a unique ID', () => {
    const ids = [...pageRis, ...originalRis].map((text) => /^ID {2}- (.+)$/m.exec(text)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [index, file] of citablePages.entries()) {
      const slug = pagePath(file)
        .replace(/^\/|\/$/g, '')
        .replace(/[^a-z0-9]+/gi, '_');
      expect(ids[index]).toBe(`lms_${slug || 'home'}`);
    }
  });
});

describe.each(citedSources.map((source) => [source.id, source] as const))('"Cite the original" on %s', (id, source) => {
  it('imports as the document with exactly the fields its copy prints', () => {
    const [entry] = parseBibtex(download(originalPage(id), 'data-cite-original', 'bibtex')).entries;
    const expected: Record<string, unknown> = {};
    if (source.authors.length) {
      expected.author = [
        ...source.authors.map((author) => ({ lastName: author.family, firstName: author.given })),
        ...(source.authorsIncomplete ? [{ lastName: 'others' }] : []),
      ];
    } else if (source.organisation) expected.author = [{ name: source.organisation }];
    if (source.title) expected.title = source.title;
    if (source.journal) expected.journal = source.journal;
    if (source.volume) expected.volume = source.volume;
    if (source.articleNumber) expected.pages = source.articleNumber;
    if (source.year !== undefined) Object.assign(expected, { year: String(source.year), date: String(source.year) });
    if (source.doi) expected.doi = source.doi;
    if (source.url) expected.url = source.url;
    expect(entry?.type).toBe(source.kind === 'patient-information' ? 'misc' : 'article');
    expect(entry?.fields).toEqual(expected);

    const ris = download(originalPage(id), 'data-cite-original', 'ris');
    const tags = [...ris.matchAll(/^([A-Z][A-Z0-9]) {2}- (.*)$/gm)].map((match) => match[1]);
    const allowed = new Set(['TY', 'ID', 'AU', 'TI', 'T2', 'VL', 'C7', 'DA', 'PY', 'DO', 'UR', 'ER']);
    expect(tags.filter((tag) => !allowed.has(tag!))).toEqual([]);
    expect(ris).toMatch(new RegExp(`^TY {2}- ${source.kind === 'patient-information' ? 'ELEC' : 'JOUR'}$`, 'm'));
  });
});

describe('page metadata as Zotero reads it (Embedded Metadata translator)', () => {
  it.each(citablePages)('%s imports as a Web Page of the review, never as the paper it summarises', (file) => {
    const root = tree(file);
    const canonical = new URL(pagePath(file), site).href;
    const item = embeddedMetadata(root, canonical);
    expect(item).toEqual({
      itemType: 'webpage',
      title: attr(select('head > meta[property="og:title"]', root), 'content'),
      creators: [{ lastName: SITE_NAME, creatorType: 'author' }],
      date: attr(select('footer time', root), 'dateTime'),
      url: canonical,
    });
    expect(selectAll('head > meta[name^="citation_"]', root)).toEqual([]);
  });
});

describe('social cards', () => {
  it.each(pages)('%s has an og:image drawn for it, 1200 × 630, with alt text naming its title', (file) => {
    const root = tree(file);
    const image = new URL(attr(select('head > meta[property="og:image"]', root), 'content'));
    expect(image.origin).toBe(site.origin);
    const png = fs.readFileSync(path.join(siteDir, image.pathname));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const alt = attr(select('head > meta[property="og:image:alt"]', root), 'content');
    // The page's own title, or on a card the pages of a split catalogue share, the catalogue's.
    const cardTitle = select('head > meta[property="og:image"]', root)?.properties.dataCardTitle;
    expect(alt).toContain(typeof cardTitle === 'string' ? cardTitle : attr(select('head > meta[property="og:title"]', root), 'content'));
    expect(attr(select('head > meta[name="twitter:image:alt"]', root), 'content')).toBe(alt);
  });
});

describe('the data package', () => {
  const dataDir = path.join(siteDir, 'data');
  const descriptor = JSON.parse(fs.readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as {
    licenses: { name: string; path: string }[];
    resources: {
      name: string;
      path: string;
      schema: { fields: { name: string; type: string; constraints?: Record<string, unknown> }[] };
    }[];
  };

  it('is valid by the official Data Package v2 profile (JSON Schema, checked with ajv)', () => {
    const profile = JSON.parse(
      fs.readFileSync(path.join(import.meta.dirname, '../fixtures/datapackage-profiles/datapackage-2.0.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false, allErrors: true, logger: false }).compile(profile);
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(descriptor.licenses).toEqual([
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.any(String) },
    ]);
  });

  it('is read by Frictionless datapackage-js: every CSV row casts to its Table Schema and every foreign key resolves', async () => {
    const pkg = await datapackage.Package.load(path.join(dataDir, 'datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    const counts: Record<string, number> = {};
    for (const resource of pkg.resources.filter((item) => item.tabular)) {
      counts[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
    }
    expect(counts).toEqual({
      outcomes: dataset.outcomes.length,
      patients: dataset.patients.length,
      sources: dataset.sources.length,
      groups: dataset.sources.flatMap((source) => source.groups).length,
    });
  });

  it('reads every decimal value as a number, not an integer', async () => {
    const pkg = await datapackage.Package.load(path.join(dataDir, 'datapackage.json'));
    const rows = (await pkg.getResource('outcomes').read({ keyed: true })) as Record<string, unknown>[];
    const decimals = dataset.outcomes.filter((outcome) => outcome.value?.text.includes('.'));
    expect(decimals.length).toBeGreaterThan(0);
    for (const outcome of decimals) expect(rows.find((row) => row.id === outcome.id)?.value).toBe(outcome.value?.value);
  });

  it('lists its fields and codes from the schemas', () => {
    const fields = (name: string) => descriptor.resources.find((resource) => resource.name === name)?.schema.fields ?? [];
    expect(fields('outcomes').map((field) => field.name)).toEqual(Object.keys(outcomeSchema.shape));
    expect(fields('patients-json').map((field) => field.name)).toEqual(Object.keys(patientSchema.shape));
    expect(fields('outcomes').find((field) => field.name === 'measure')?.constraints?.enum).toEqual([...MEASURE_CODES]);
    expect(fields('outcomes').find((field) => field.name === 'value')?.type).toBe('number');
    expect(fields('outcomes-json').find((field) => field.name === 'value')?.type).toBe('object');
  });

  it.each(Object.values(TABLES).filter((table) => table.json))(
    '$name.json holds the same rows, each value valid for its JSON field',
    (table) => {
      const json = JSON.parse(fs.readFileSync(path.join(dataDir, `${table.name}.json`), 'utf8')) as { records: Record<string, unknown>[] };
      const fields = descriptor.resources.find((resource) => resource.name === `${table.name}-json`)?.schema.fields ?? [];
      const ajv = new Ajv({ strict: false });
      const jsonType = {
        string: 'string',
        number: 'number',
        integer: 'integer',
        boolean: 'boolean',
        object: 'object',
        date: 'string',
      } as const;
      const validators = fields.map((field) => {
        const { required, enum: codes, jsonSchema, pattern, minimum, maximum } = field.constraints ?? {};
        const schema = (jsonSchema as object | undefined) ?? {
          type: jsonType[field.type as keyof typeof jsonType],
          ...(codes ? { enum: codes } : {}),
          ...(pattern ? { pattern } : {}),
          ...(minimum !== undefined ? { minimum } : {}),
          ...(maximum !== undefined ? { maximum } : {}),
        };
        return [field.name, required === true, ajv.compile(schema)] as const;
      });
      const csvRows =
        fs
          .readFileSync(path.join(dataDir, `${table.name}.csv`), 'utf8')
          .trim()
          .split('\n').length - 1;
      expect(json.records).toHaveLength(csvRows);
      for (const record of json.records) {
        expect(Object.keys(record)).toEqual(fields.map((field) => field.name));
        for (const [name, required, validate] of validators) {
          const value = record[name];
          if (value === null) expect(required, `${String(record.id)}.${name}`).toBe(false);
          else expect(validate(value), `${String(record.id)}.${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }
    },
  );

  it('is listed on /data/ one sentence per file, each ending once', () => {
    const items = selectAll('#downloads ~ ul > li', tree('data/index.html')).map((item) => toString(item).replace(/\s+/g, ' ').trim());
    expect(items.map((item) => item.split(':')[0])).toEqual(descriptor.resources.map((resource) => resource.path));
    for (const item of items) expect(item, item).toMatch(/[^.]\.$/);
  });

  it('is pointed at by Dataset markup on /data/, with the licence and every file', () => {
    const root = tree('data/index.html');
    const datasetNode = selectAll('script[type="application/ld+json"]', root)
      .map((script) => JSON.parse(toString(script)) as Record<string, unknown>)
      .find((node) => node['@type'] === 'Dataset');
    const files = (datasetNode?.distribution as { contentUrl: string }[]).map((file) => new URL(file.contentUrl).pathname);
    expect(files).toEqual(['/data/datapackage.json', ...descriptor.resources.map((resource) => `/data/${resource.path}`)]);
    for (const file of files) expect(fs.existsSync(path.join(siteDir, file)), file).toBe(true);
    expect(datasetNode).toMatchObject({ license: 'https://creativecommons.org/licenses/by/4.0/', creator: { name: SITE_NAME } });
  });
});

describe('security.txt', () => {
  it('is not published when no contact address is configured, and the contact page says none is', () => {
    expect(fs.existsSync(path.join(siteDir, '.well-known', 'security.txt'))).toBe(false);
    expect(select('[data-contact-missing]', tree('contact/index.html'))).toBeDefined();
  });
});
