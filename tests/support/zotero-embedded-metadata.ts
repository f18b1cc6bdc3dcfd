import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';

/**
 * What Zotero's "Embedded Metadata" translator (zotero/translators, Embedded Metadata.js, which hands its
 * statements to RDF.js) saves for a page: item type, title, creators, date and URL. This follows that code
 * for the tags it reads and throws on any vocabulary it does not model here (eprints, PRISM, BIBO, bib,
 * Zotero's own), so a page that starts using one fails the test instead of being read wrongly.
 */
export interface ZoteroItem {
  itemType: string;
  title: string;
  creators: { firstName?: string; lastName: string; creatorType: string }[];
  date: string;
  url: string;
}

const PREFIXES: Record<string, string> = {
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  og: 'http://ogp.me/ns#',
  article: 'http://ogp.me/ns/article#',
  book: 'http://ogp.me/ns/book#',
  music: 'http://ogp.me/ns/music#',
  video: 'http://ogp.me/ns/video#',
};
/** Vocabularies the translator knows that this helper does not model. */
const UNMODELLED = ['bib', 'bibo', 'prism', 'foaf', 'vcard', 'link', 'z', 'eprint', 'eprints', 'so', 'codemeta', 'rdf'];

/** The Zotero item types dc:type may name directly (Zotero.Utilities.itemTypeExists), for the types pages could use. */
const ITEM_TYPES = new Set(['webpage', 'journalArticle', 'report', 'document', 'dataset', 'blogPost', 'book', 'bookSection']);

const attr = (element: Element | undefined, name: string): string => {
  const value = element?.properties[name];
  return value === undefined || value === null ? '' : String(value);
};

/** Zotero.Utilities.cleanAuthor, for the cases a page can reach: trims punctuation at the ends, then splits at a comma or the last space. */
export function cleanAuthor(raw: string, creatorType: string, useComma: boolean): ZoteroItem['creators'][number] {
  const author = raw
    .replace(/^[\s\u00A0.,/[\]:]+/, '')
    .replace(/[\s\u00A0.,/[\]:]+$/, '')
    .replace(/[\s\u00A0]+/, ' ');
  if (useComma) {
    const [lastName = '', firstName] = author.replace(/\.([^ ])/, '. $1').split(/[,،] ?/);
    return firstName === undefined ? { lastName, creatorType } : { lastName, firstName, creatorType };
  }
  const space = author.lastIndexOf(' ');
  return space < 0
    ? { lastName: author, creatorType }
    : { firstName: author.slice(0, space), lastName: author.slice(space + 1), creatorType };
}

/** init(): each <meta name|property> becomes an RDF statement (known prefix) or a Highwire type hint. */
function statements(root: Root) {
  const rdf = new Map<string, string[]>();
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  for (const meta of selectAll('meta', root)) {
    const tags = attr(meta, 'name') || attr(meta, 'property');
    const value = attr(meta, 'content');
    if (!tags || !value) continue;
    for (const tag of tags.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      let prefix = parts.length > 2 ? parts[1]!.toLowerCase() : undefined;
      let prefixLength = parts.length > 2 ? parts[0]!.length + parts[1]!.length + 1 : 0;
      if (!prefix || !(prefix in PREFIXES)) {
        prefix = parts[0]!.toLowerCase();
        prefixLength = parts[0]!.length;
      }
      if (UNMODELLED.includes(prefix)) throw new Error(`meta ${tag}: the helper does not model the ${prefix} vocabulary`);
      const namespace = PREFIXES[prefix];
      if (namespace) {
        const property = tag.slice(prefixLength + 1);
        const key = namespace + property.charAt(0).toLowerCase() + property.slice(1);
        rdf.set(key, [...(rdf.get(key) ?? []), value]);
        continue;
      }
      const short = tag.slice(tag.lastIndexOf('citation_'));
      if (short === 'citation_journal_title') hwType = 'journalArticle';
      else if (short === 'citation_technical_report_institution') hwType = 'report';
      else if (short === 'citation_conference_title' || short === 'citation_conference') hwType = 'conferencePaper';
      else if (short === 'citation_book_title' || short === 'citation_inbook_title') hwType = 'bookSection';
      else if (short === 'citation_dissertation_institution') hwType = 'thesis';
      else if (short === 'citation_title' || short === 'citation_series_title') hwTypeGuess ??= 'journalArticle';
      else if (short === 'citation_isbn') hwTypeGuess = 'book';
    }
  }
  return { rdf, hwType, hwTypeGuess };
}

const first = (rdf: Map<string, string[]>, keys: string[]): string[] | undefined => {
  for (const key of keys) {
    const values = rdf.get(key);
    if (values) return values;
  }
  return undefined;
};

/** RDF.js detectType(): og:type and dc:type, ranked as there (og before dc before the default, guesses last). */
function detectType(rdf: Map<string, string[]>, defaultUnknownType: string | undefined): string | undefined {
  const ogType = rdf.get(`${PREFIXES.og}type`)?.[0];
  const og = ogType === 'website' ? 'webpage' : ogType === 'book' ? 'book' : undefined;
  const ogGuess = ogType === 'article' ? 'journalArticle' : undefined;
  const dcType = first(rdf, [`${PREFIXES.dc}type`, `${PREFIXES.dcterms}type`])?.[0];
  const dc = dcType && ITEM_TYPES.has(dcType) ? dcType : undefined;
  const dcGuess = dcType?.toLowerCase() === 'text' ? 'journalArticle' : undefined;
  return og ?? dc ?? defaultUnknownType ?? ogGuess ?? dcGuess;
}

/** The item Zotero saves from a page's head, for a page at `pageUrl`. */
export function embeddedMetadata(root: Root, pageUrl: string): ZoteroItem {
  const { rdf, hwType, hwTypeGuess } = statements(root);
  const highwire = (name: string) => attr(select(`head > meta[name$="${name}"]`, root), 'content');
  const defaultUnknownType = hwTypeGuess ?? (rdf.size > 0 ? 'webpage' : undefined);
  const itemType = hwType ?? (rdf.size > 0 ? detectType(rdf, defaultUnknownType) : hwTypeGuess) ?? 'webpage';

  let title = first(rdf, [`${PREFIXES.dc}title`, `${PREFIXES.dcterms}title`, `${PREFIXES.og}title`])?.[0] ?? '';
  let creators = (
    first(rdf, [`${PREFIXES.dc}creator`, `${PREFIXES.dcterms}creator`, `${PREFIXES.dc}contributor`, `${PREFIXES.dcterms}contributor`]) ?? []
  ).map((name) => cleanAuthor(name, 'author', name.includes(',')));
  let date =
    first(rdf, [
      `${PREFIXES.og}published_time`,
      `${PREFIXES.article}published_time`,
      `${PREFIXES.dc}date.issued`,
      `${PREFIXES.dcterms}date.issued`,
      `${PREFIXES.dcterms}issued`,
      `${PREFIXES.dc}date`,
      `${PREFIXES.dcterms}date`,
      `${PREFIXES.dcterms}dateSubmitted`,
    ])?.[0] ?? '';
  let url = first(rdf, [`${PREFIXES.og}url`])?.[0] ?? '';

  // addHighwireMetadata(): Highwire fields override what RDF gave.
  title = highwire('citation_title') || title;
  date = highwire('citation_publication_date') || highwire('citation_cover_date') || highwire('citation_date') || date;
  url = highwire('citation_public_url') || url;
  const authors = selectAll('head > meta[name$="citation_author"]', root).map((meta) => attr(meta, 'content'));
  if (authors.length > 0) creators = authors.map((name) => cleanAuthor(name, 'author', name.includes(',')));

  // addLowQualityMetadata(): the document's own title, author tags, canonical link and first <time> as last resorts.
  title ||= select('title', root) ? String((select('title', root)?.children[0] as { value?: string } | undefined)?.value ?? '') : '';
  if (creators.length === 0) {
    creators = selectAll('meta[name="author" i], meta[property="author" i]', root).map((meta) =>
      cleanAuthor(attr(meta, 'content'), 'author', false),
    );
  }
  url ||= attr(select('head > link[rel="canonical"]', root), 'href') || pageUrl;
  date ||= attr(select('time[datetime]', root), 'dateTime');
  return { itemType, title: title.replace(/\s+/g, ' '), creators, date, url };
}
