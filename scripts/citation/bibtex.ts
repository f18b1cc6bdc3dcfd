import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { isMoreAuthors, type CslItem } from './csl.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The ISO form biblatex reads from `date` and `urldate`: as precise as the record, never padded with guesses. */
function isoDate(parts: readonly number[]): string {
  return parts.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
}

/**
 * Fields in the order they are written, with the value exactly as it goes between the braces (or bare,
 * for a month macro). citation-js maps CSL to BibTeX fields and escapes values; this rewrites the parts
 * both bibtex and biber must read without complaint:
 * - dates: biber reads `month = {nov 24}` as a bad legacy month and bibtex prints it as text, so the
 *   month is a bare macro (bibtex prints "November", biber reads 11) and the full date goes in `date`;
 * - the article number: plain styles drop `eid`, so it is written as `pages`, which every style prints;
 * - "et al." in the source: BibTeX's own `and others`, which both print as "et al.";
 * - the "[Online; accessed …]" note: replaced by `urldate`, so no date is printed as free text.
 */
function bibtexFields(item: CslItem): { type: string; key: string; fields: [string, string | { macro: string }][] } {
  const [entry] = new Cite({ ...item, author: item.author?.filter((name) => !isMoreAuthors(name)) }).format('bibtex', { format: 'object' });
  if (!entry) throw new Error(`citation-js wrote no BibTeX entry for ${item.id}`);
  // The note, month and year citation-js writes are replaced below; eid and author are rewritten.
  const REPLACED = new Set(['note', 'month', 'year', 'eid', 'author']);
  const { eid, author } = entry.properties;
  const rest = Object.fromEntries(Object.entries(entry.properties).filter(([name]) => !REPLACED.has(name)));
  const parts = item.issued?.['date-parts'][0] ?? [];
  const [year, month] = parts;
  const fields: [string, string | { macro: string }][] = [];
  if (author) fields.push(['author', item.author?.some(isMoreAuthors) ? `${author} and others` : author]);
  for (const [name, value] of Object.entries(rest)) fields.push([name, value]);
  if (eid) fields.push(['pages', eid]);
  if (year !== undefined) fields.push(['year', String(year)]);
  if (month !== undefined) fields.push(['month', { macro: MONTH_MACROS[month - 1] ?? String(month) }]);
  if (parts.length > 0) fields.push(['date', isoDate(parts)]);
  // A page's content is fixed by its review date and version, so that is the date its address shows what is cited.
  if (item.type === 'webpage' && item.URL && parts.length === 3) fields.push(['urldate', isoDate(parts)]);
  if (item.version) fields.push(['version', item.version]);
  return { type: entry.type, key: entry.label, fields };
}

/** One BibTeX entry, readable by bibtex (plain styles) and by biber (biblatex), one field per line. */
export function bibtexEntry(item: CslItem): string {
  const { type, key, fields } = bibtexFields(item);
  const lines = fields.map(([name, value]) => `\t${name} = ${typeof value === 'string' ? `{${value}}` : value.macro},`);
  return [`@${type}{${key},`, ...lines, '}', ''].join('\n');
}
