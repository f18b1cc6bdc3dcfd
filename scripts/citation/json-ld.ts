import type { Source } from '../../src/schemas/source.ts';

type JsonLd = Record<string, unknown>;

/** The social card the page shares under. */
export interface PageImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The page facts the MedicalWebPage description is built from. */
export interface PageJsonLdInput {
  title: string;
  description: string;
  /** Canonical address; left out for pages kept out of search engines. */
  url?: string;
  /** YYYY-MM-DD. */
  lastReviewed: string;
  version: string;
  siteName: string;
  /** Home page address. */
  siteUrl: string;
  image?: PageImage;
  /** The document a source page summarises: what the page is about and what it cites. */
  original?: Source;
}

function withoutEmpty(entries: [string, unknown][]): JsonLd {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== ''));
}

/** The review itself, author and publisher of every page; one node every page points at by its id. */
export function reviewOrganisation(siteName: string, siteUrl: string): JsonLd {
  return { '@type': 'Organization', '@id': `${siteUrl}#review`, name: siteName, url: siteUrl };
}

function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/**
 * The node id of an original document: its DOI or web address as printed, or, where the copy gives
 * neither, the "Cite the original" block of the page that summarises it.
 */
export function originalId(source: Source, pageUrl: string | undefined): string | undefined {
  if (source.doi) return doiUrl(source.doi);
  if (source.url) return source.url;
  return pageUrl ? `${pageUrl}#cite-original` : undefined;
}

/**
 * The original document a source page summarises: a ScholarlyArticle for studies and reviews, a WebPage
 * for patient information. Fields the copy held does not give are left out rather than filled in; a
 * licence is named as printed, as a work of its own, since the copy gives no address for it.
 */
export function originalDocument(source: Source, pageUrl?: string): JsonLd {
  const authors = source.authors.map((author) => ({
    '@type': 'Person',
    familyName: author.family,
    ...(author.given ? { givenName: author.given, name: `${author.given} ${author.family}` } : { name: author.family }),
  }));
  return withoutEmpty([
    ['@type', source.kind === 'patient-information' ? 'WebPage' : 'ScholarlyArticle'],
    ['@id', originalId(source, pageUrl)],
    ['headline', source.title],
    ['name', source.title],
    ['author', authors.length ? authors : source.organisation && { '@type': 'Organization', name: source.organisation }],
    ['datePublished', source.year === undefined ? undefined : String(source.year)],
    [
      'isPartOf',
      source.journal && {
        '@type': 'PublicationVolume',
        volumeNumber: source.volume,
        isPartOf: { '@type': 'Periodical', name: source.journal },
      },
    ],
    ['pagination', source.articleNumber],
    ['identifier', source.doi && { '@type': 'PropertyValue', propertyID: 'DOI', value: source.doi }],
    ['sameAs', source.doi ? doiUrl(source.doi) : source.url],
    ['url', source.url],
    ['license', source.licence && { '@type': 'CreativeWork', name: source.licence }],
    ['sourceOrganization', source.setting && { '@type': 'Organization', name: source.setting }],
    ['countryOfOrigin', { '@type': 'Country', name: source.country }],
  ]);
}

/**
 * Every page is a medical web page of the review: the review is its author and publisher, it is dated by
 * its last review and carries the release. A source page is about the original and cites it, both
 * pointing at one node, so no reader takes the summary for the paper.
 */
export function medicalWebPage(page: PageJsonLdInput): JsonLd {
  const review = reviewOrganisation(page.siteName, page.siteUrl);
  const reviewRef = { '@id': review['@id'] };
  const original = page.original && originalDocument(page.original, page.url);
  return withoutEmpty([
    ['@context', 'https://schema.org'],
    ['@type', 'MedicalWebPage'],
    ['@id', page.url],
    ['url', page.url],
    ['name', page.title],
    ['description', page.description],
    ['inLanguage', 'en'],
    ['author', review],
    ['publisher', reviewRef],
    ['dateModified', page.lastReviewed],
    ['lastReviewed', page.lastReviewed],
    ['version', page.version],
    ['audience', ['Patient', 'Clinician'].map((audienceType) => ({ '@type': 'MedicalAudience', audienceType }))],
    ['isPartOf', { '@type': 'WebSite', '@id': page.siteUrl, name: page.siteName, url: page.siteUrl, publisher: reviewRef }],
    ['isAccessibleForFree', true],
    [
      'primaryImageOfPage',
      page.image && {
        '@type': 'ImageObject',
        url: page.image.url,
        width: page.image.width,
        height: page.image.height,
        caption: page.image.alt,
      },
    ],
    ['about', original],
    ['citation', original && (original['@id'] ? { '@id': original['@id'] } : original)],
  ]);
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so no value can close the element. */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
