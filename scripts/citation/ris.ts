import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { isMoreAuthors, type CslItem } from './csl.ts';

/**
 * One RIS record. citation-js maps CSL to RIS tags; three things are set here:
 * - `ID` is the whole citation key: citation-js cuts it to 20 characters, which gave different pages the same ID;
 * - an organisation ends with a comma ("Canadian Cancer Society,"): RIS splits a name at its comma, and a name
 *   without one is read by several readers as given names plus a family name;
 * - each tag stays on one line: citation-js's text output wraps at 70 characters and splits URLs and DOIs.
 * RIS has no "et al.", so only the authors the source names are listed.
 */
export function risRecord(item: CslItem): string {
  const authors = item.author?.filter((name) => !isMoreAuthors(name));
  const [record] = new Cite({ ...item, author: authors }).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  if (!record) throw new Error(`citation-js wrote no RIS record for ${item.id}`);
  // citation-js's ID is the key cut to 20 characters; the whole key is written instead.
  const { TY, AU } = record;
  const tags = Object.fromEntries(Object.entries(record).filter(([tag]) => !['TY', 'ID', 'AU'].includes(tag)));
  const organisations = new Set(authors?.flatMap((name) => ('literal' in name ? [name.literal] : [])));
  const names = [AU ?? []].flat().map((name) => (organisations.has(name) ? `${name},` : name));
  const lines = [
    `TY  - ${String(TY)}`,
    `ID  - ${item['citation-key']}`,
    ...names.map((name) => `AU  - ${name}`),
    ...Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((part) => `${tag}  - ${part}`)),
    'ER  - ',
  ];
  return `${lines.join('\n')}\n`;
}
