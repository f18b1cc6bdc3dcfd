import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { anchorUrl } from '../../scripts/citation/anchor-url.ts';
import { dublinCoreTags } from '../../scripts/citation/dublin-core.ts';
import { jsonLdText, medicalWebPage, originalDocument } from '../../scripts/citation/json-ld.ts';
import { openGraphTags } from '../../scripts/citation/open-graph.ts';
import { securityTxt } from '../../scripts/citation/security-txt.ts';
import { indexedPages } from '../../scripts/citation/sitemap-filter.ts';
import { cardTextMeasure, renderCard } from '../../scripts/social/card.ts';
import { CARD_COLOURS } from '../../scripts/social/card-layout.ts';
import { cardAlt, cardPath, pageCard } from '../../scripts/social/card-spec.ts';
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

describe('Dublin Core tags', () => {
  it('describe the page itself: its title, the review as creator (kept whole by a trailing comma) and publisher, its date', () => {
    expect(dublinCoreTags({ title: 'T', siteName: 'S', lastReviewed: '2026-11-24' })).toEqual([
      ['DC.title', 'T'],
      ['DC.creator', 'S,'],
      ['DC.publisher', 'S'],
      ['DC.date', '2026-11-24'],
      ['DC.language', 'en'],
    ]);
  });
});

describe('JSON-LD', () => {
  const pageInput = {
    title: 'T',
    description: 'D',
    url: 'https://x.example/a/',
    lastReviewed: '2026-11-24',
    version: '1.0.0',
    siteName: 'S',
    siteUrl: 'https://x.example/',
  };

  it('describes each page as a MedicalWebPage of the review, its author and publisher, dated by its review', () => {
    const data = medicalWebPage(pageInput);
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      '@id': 'https://x.example/a/',
      url: 'https://x.example/a/',
      lastReviewed: '2026-11-24',
      dateModified: '2026-11-24',
      version: '1.0.0',
      author: { '@type': 'Organization', '@id': 'https://x.example/#review', name: 'S' },
      publisher: { '@id': 'https://x.example/#review' },
      isPartOf: { '@type': 'WebSite', name: 'S' },
    });
    expect(data).not.toHaveProperty('about');
  });

  it('makes the original what a source page is about and cites, by one id', () => {
    const data = medicalWebPage({ ...pageInput, original: full });
    expect(data.about).toMatchObject({ '@type': 'ScholarlyArticle', '@id': 'https://doi.org/10.1000/xyz', headline: 'A Title' });
    expect(data.citation).toEqual({ '@id': 'https://doi.org/10.1000/xyz' });
    expect(medicalWebPage({ ...pageInput, original: bare }).citation).toEqual({ '@id': 'https://x.example/a/#cite-original' });
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
    expect(Object.keys(originalDocument(bare)).sort()).toEqual(['@type', 'countryOfOrigin']);
    const licensed = sourceSchema.parse({ ...full, licence: 'Creative Commons Attribution License (CC BY)' });
    expect(originalDocument(licensed).license).toEqual({ '@type': 'CreativeWork', name: 'Creative Commons Attribution License (CC BY)' });
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
    const image = { url: 'https://x.example/social/a.png', width: 1200, height: 630, alt: 'Question: T. S' };
    const tags = new Map(
      openGraphTags({
        title: 'T',
        description: 'D',
        url: 'https://x.example/a/',
        siteName: 'S',
        type: 'article',
        lastReviewed: '2026-11-24',
        image,
      }),
    );
    expect(Object.fromEntries(tags)).toMatchObject({
      'og:type': 'article',
      'og:site_name': 'S',
      'og:title': 'T',
      'og:description': 'D',
      'og:url': 'https://x.example/a/',
      'og:image': 'https://x.example/social/a.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Question: T. S',
      'article:modified_time': '2026-11-24',
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

  it('gives the configured address, then the correction page, and expires one review interval after the last review', () => {
    expect(securityTxt({ site, email: 'fix@x.example', lastReviewed: '2026-11-24', reviewIntervalMonths: 12 })).toBe(
      [
        'Contact: mailto:fix@x.example',
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

describe('social cards', () => {
  it('live under /social/ at a path named after the page', () => {
    expect(cardPath('/')).toBe('/social/home.png');
    expect(cardPath('/sources/nelm-review-2012/')).toBe('/social/sources/nelm-review-2012.png');
  });

  it("are a page's own, or shared with the title and address of the page they are drawn for", () => {
    const page = { pathname: '/sources/page/2/', title: 'Sources, page 2 of 3', label: 'Catalogue', siteName: 'S' };
    expect(pageCard(page)).toEqual({
      spec: { label: 'Catalogue', title: 'Sources, page 2 of 3', siteName: 'S' },
      path: '/social/sources/page/2.png',
      alt: 'Catalogue: Sources, page 2 of 3. S',
    });
    expect(pageCard({ ...page, shared: { title: 'Sources', pathname: '/sources/' } })).toEqual({
      spec: { label: 'Catalogue', title: 'Sources', siteName: 'S' },
      path: '/social/sources.png',
      alt: 'Catalogue: Sources. S',
    });
  });

  it('have alt text that reads the card in order, without repeating the review name on the home page', () => {
    expect(cardAlt({ label: 'Question', title: 'Can surgery cure?', siteName: 'S' })).toBe('Question: Can surgery cure?. S');
    expect(cardAlt({ label: 'Evidence review', title: 'S', siteName: 'S' })).toBe('Evidence review: S');
  });

  it('are drawn as 1200 × 630 PNG images from the title alone', () => {
    const png = renderCard({ label: 'Question', title: 'Can surgery cure?', siteName: 'S' });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(renderCard({ label: 'Question', title: 'Can surgery cure?', siteName: 'S' })).toEqual(png);
  });

  it("set the review's name on the band in the regular weight, where the bold would run longer", async () => {
    const siteName = 'Liver Metastasis Surgery: an evidence review';
    const width = (weight: 400 | 700) => cardTextMeasure().width(siteName, { size: 32, weight, letterSpacing: 0 });
    expect(width(700) - width(400)).toBeGreaterThan(20);
    const canvas = createCanvas(1200, 630);
    const context = canvas.getContext('2d');
    context.drawImage(await loadImage(renderCard({ label: 'Question', title: 'Q', siteName })), 0, 0);
    // The band's pixels below its border: the rightmost that is not the band's own colour ends the name.
    const band = [1, 3, 5].map((start) => Number.parseInt(CARD_COLOURS.panel.slice(start, start + 2), 16));
    const { data } = context.getImageData(0, 540, 1200, 80);
    let inkRight = 0;
    for (let pixel = 0; pixel < data.length; pixel += 4) {
      const ink = data[pixel] !== band[0] || data[pixel + 1] !== band[1] || data[pixel + 2] !== band[2];
      if (ink) inkRight = Math.max(inkRight, (pixel / 4) % 1200);
    }
    expect(Math.abs(inkRight - (72 + width(400)))).toBeLessThan(4);
  });
});
