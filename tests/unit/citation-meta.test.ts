import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorUrl } from '../../scripts/citation/anchor-url.ts';
import { highwireTags } from '../../scripts/citation/highwire.ts';
import { jsonLdText, medicalWebPage, originalDocument } from '../../scripts/citation/json-ld.ts';
import { openGraphTags } from '../../scripts/citation/open-graph.ts';
import { securityTxt } from '../../scripts/citation/security-txt.ts';
import { indexedPages } from '../../scripts/citation/sitemap-filter.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { sourceInput } from '../support/records.ts';

const base = {
  kind: 'retrospective-case-series',
  cancers: ['colorectal'],
  country: 'Turkey',
  treatments: ['liver-resection'],
  limitations: ['Small.'],
  lastReviewed: '2026-11-24',
  description: 'A series.',
} as const;

const full = sourceSchema.parse(
  sourceInput({
    ...base,
    id: 'full',
    text: 'fixture.txt',
    shortTitle: 'Full',
    title: 'A Title',
    authors: [{ family: 'Lee', given: 'Ser Yee' }, { family: 'Nobody' }],
    year: 2012,
    journal: 'International Journal of Hepatology',
    volume: '2012',
    doi: '10.1000/xyz',
  }),
);
const bare = sourceSchema.parse(sourceInput({ ...base, id: 'bare', shortTitle: 'Bare' }));

describe('Highwire Press tags', () => {
  it('name the original: title, each author in order, journal, date, volume and DOI', () => {
    expect(highwireTags(full)).toEqual([
      ['citation_title', 'A Title'],
      ['citation_author', 'Lee, Ser Yee'],
      ['citation_author', 'Nobody'],
      ['citation_journal_title', 'International Journal of Hepatology'],
      ['citation_publication_date', '2012'],
      ['citation_volume', '2012'],
      ['citation_doi', '10.1000/xyz'],
    ]);
  });

  it('leave out every field the front matter does not give', () => {
    expect(highwireTags(bare)).toEqual([]);
  });
});

describe('JSON-LD', () => {
  it('describes each page as a MedicalWebPage of the review, dated by its review', () => {
    const data = medicalWebPage({
      title: 'T',
      description: 'D',
      url: 'https://x.example/a/',
      lastReviewed: '2026-11-24',
      version: '1.0.0',
      siteName: 'S',
      siteUrl: 'https://x.example/',
    });
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://x.example/a/',
      lastReviewed: '2026-11-24',
      isPartOf: { name: 'S' },
    });
  });

  it('describes the original as a ScholarlyArticle with only the fields given', () => {
    expect(originalDocument(full)).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: 'A Title',
      datePublished: '2012',
      identifier: { propertyID: 'DOI', value: '10.1000/xyz' },
      sameAs: 'https://doi.org/10.1000/xyz',
      isPartOf: { volumeNumber: '2012', isPartOf: { '@type': 'Periodical', name: 'International Journal of Hepatology' } },
    });
    expect(Object.keys(originalDocument(bare)).sort()).toEqual(['@context', '@type', 'countryOfOrigin']);
  });

  it('describes a patient page as a WebPage by its organisation', () => {
    const page = sourceSchema.parse(
      sourceInput({
        ...base,
        kind: 'patient-information',
        id: 'p',
        text: 'fixture.txt',
        shortTitle: 'P',
        title: 'Surgery',
        organisation: 'A Charity',
      }),
    );
    expect(originalDocument(page)).toMatchObject({ '@type': 'WebPage', author: { '@type': 'Organization', name: 'A Charity' } });
  });

  it('cannot be closed early by a value containing a script end tag', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('Open Graph', () => {
  it('gives type, site, title, description and canonical address', () => {
    const tags = new Map(openGraphTags({ title: 'T', description: 'D', url: 'https://x.example/a/', siteName: 'S', type: 'article' }));
    expect(Object.fromEntries(tags)).toMatchObject({
      'og:type': 'article',
      'og:site_name': 'S',
      'og:title': 'T',
      'og:description': 'D',
      'og:url': 'https://x.example/a/',
    });
  });
});

describe('copy-link addresses', () => {
  it('put the anchor on the page address, replacing any anchor already there', () => {
    expect(anchorUrl('https://x.example/sources/a/', 'overall-survival-5y')).toBe('https://x.example/sources/a/#overall-survival-5y');
    expect(anchorUrl('https://x.example/sources/a/#old', 'new')).toBe('https://x.example/sources/a/#new');
  });
});

describe('security.txt', () => {
  const site = new URL('https://x.example/');

  it('points at the correction page and expires one review interval after the last review', () => {
    expect(securityTxt({ site, lastReviewed: '2026-11-24', reviewIntervalMonths: 12 })).toBe(
      [
        'Contact: https://x.example/contact/',
        'Expires: 2027-11-24T00:00:00Z',
        'Policy: https://x.example/contact/',
        'Preferred-Languages: en',
        'Canonical: https://x.example/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });

  it('lists a configured address first', () => {
    expect(securityTxt({ site, email: 'fix@x.example', lastReviewed: '2026-01-31', reviewIntervalMonths: 6 })).toMatch(
      /^Contact: mailto:fix@x\.example\nContact: https:\/\/x\.example\/contact\/\nExpires: 2026-07-31T00:00:00Z\n/,
    );
  });
});

describe('sitemap filter', () => {
  it('leaves out exactly the pages whose HTML says noindex', () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-sitemap-'));
    const page = (dir: string, head: string) => {
      fs.mkdirSync(path.join(outDir, dir), { recursive: true });
      fs.writeFileSync(path.join(outDir, dir, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
    };
    page('search', '<meta name="robots" content="noindex">');
    page('sources/a', '<meta name="description" content="noindex is only a word here">');
    const keep = indexedPages(outDir);
    const kept = ['https://x.example/search/', 'https://x.example/sources/a/', 'https://x.example/elsewhere/'].filter(keep);
    fs.rmSync(outDir, { recursive: true, force: true });
    expect(kept).toEqual(['https://x.example/sources/a/', 'https://x.example/elsewhere/']);
  });
});
