import type { Source } from '../../src/schemas/source.ts';

type JsonLd = Record<string, unknown>;

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
}

/** Every page is a medical web page of the review, dated by its last review. */
export function medicalWebPage(page: PageJsonLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    description: page.description,
    url: page.url,
    inLanguage: 'en',
    lastReviewed: page.lastReviewed,
    version: page.version,
    audience: ['Patient', 'Clinician'].map((audienceType) => ({ '@type': 'MedicalAudience', audienceType })),
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
    isAccessibleForFree: true,
  };
}

function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/**
 * The original document a source page summarises: a ScholarlyArticle for studies and reviews, a WebPage
 * for patient information. Fields the copy held does not give are left out rather than filled in.
 */
export function originalDocument(source: Source): JsonLd {
  const authors = source.authors.map((author) => ({
    '@type': 'Person',
    familyName: author.family,
    ...(author.given ? { givenName: author.given, name: `${author.given} ${author.family}` } : { name: author.family }),
  }));
  const entries: [string, unknown][] = [
    ['@context', 'https://schema.org'],
    ['@type', source.kind === 'patient-information' ? 'WebPage' : 'ScholarlyArticle'],
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
    ['identifier', source.doi && { '@type': 'PropertyValue', propertyID: 'DOI', value: source.doi }],
    ['sameAs', source.doi ? doiUrl(source.doi) : source.url],
    ['license', source.licence],
    ['sourceOrganization', source.setting && { '@type': 'Organization', name: source.setting }],
    ['countryOfOrigin', { '@type': 'Country', name: source.country }],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== ''));
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so no value can close the element. */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
