import type { Source } from '../../src/schemas/source.ts';

/** A name as CSL holds it: split for people, whole for organisations. */
export type CslName = { family: string; given?: string } | { literal: string };

/**
 * Stands last in an author list whose source prints only the first author(s) and "et al.". CSL has no
 * way to say "and others", so each output format turns this marker into its own form of it.
 */
export const MORE_AUTHORS = { literal: 'LMS-MORE-AUTHORS' } as const satisfies CslName;

export function isMoreAuthors(name: CslName): boolean {
  return 'literal' in name && name.literal === MORE_AUTHORS.literal;
}

/** The CSL-JSON fields the review fills; every value comes from front matter or page data, never from a look-up. */
export interface CslItem {
  id: string;
  /** Key BibTeX and RIS records carry; stable so re-imports replace rather than duplicate. */
  'citation-key': string;
  type: 'article-journal' | 'webpage';
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  volume?: string;
  /** Article number (CSL's "number"), which APA prints as "Article …". */
  number?: string;
  DOI?: string;
  URL?: string;
  version?: string;
  issued?: { 'date-parts': [number[]] };
}

/** The page facts a page citation is built from. */
export interface PageCitationInput {
  /** Title the page is cited under. */
  title: string;
  /** Canonical address of the page. */
  url: string;
  /** YYYY-MM-DD: date the page's content was last checked, cited as its date. */
  lastReviewed: string;
  /** Release of the review. */
  version: string;
  /** The review's name, cited as the group author. */
  siteName: string;
}

function dateParts(isoDate: string): { 'date-parts': [number[]] } {
  return { 'date-parts': [isoDate.split('-').map(Number)] };
}

/** BibTeX keys allow letters, digits and underscores only; anything else makes citation-js invent its own. */
function citationKey(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '_');
}

/** The same key on every build of the same page: "lms_sources_nelm_review_2012". */
function pageKey(url: string): string {
  const path = new URL(url).pathname.replace(/^\/|\/$/g, '');
  return citationKey(path ? `lms/${path}` : 'lms/home');
}

/**
 * A page of the review as a web page with the review as group author, on every page including the home
 * page (whose title is the review's name: the styles, not the record, decide not to print it twice).
 */
export function pageCsl(page: PageCitationInput): CslItem {
  const key = pageKey(page.url);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.siteName }],
    URL: page.url,
    version: page.version,
    issued: dateParts(page.lastReviewed),
  };
}

/**
 * Whether the copy held gives enough to cite the original: a title or an author (person or organisation).
 * Without either, a citation would be a date and nothing a reader could find.
 */
export function canCiteOriginal(source: Pick<Source, 'title' | 'authors' | 'organisation'>): boolean {
  return source.title !== undefined || source.authors.length > 0 || source.organisation !== undefined;
}

/**
 * The original document exactly as far as its front matter goes: a missing year stays missing (the
 * styles print "n.d."), and where the copy prints only the first author and "et al." so does the citation.
 */
export function sourceCsl(source: Source): CslItem {
  const people: CslName[] = source.authors.map(({ family, given }) => (given ? { family, given } : { family }));
  const author: CslName[] = people.length
    ? [...people, ...(source.authorsIncomplete ? [MORE_AUTHORS] : [])]
    : source.organisation
      ? [{ literal: source.organisation }]
      : [];
  return {
    id: citationKey(source.id),
    'citation-key': citationKey(source.id),
    type: source.kind === 'patient-information' ? 'webpage' : 'article-journal',
    title: source.title,
    author: author.length > 0 ? author : undefined,
    'container-title': source.journal,
    volume: source.volume,
    number: source.articleNumber,
    DOI: source.doi,
    URL: source.url,
    issued: source.year === undefined ? undefined : { 'date-parts': [[source.year]] },
  };
}
