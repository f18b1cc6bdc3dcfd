import type { Source } from '../../src/schemas/source.ts';

/** "Serin KR, Ucuncu MZ, …" style is left to citation styles; pages show names as printed. */
export function authorNames(source: Pick<Source, 'authors' | 'authorsIncomplete' | 'organisation'>): string | undefined {
  if (source.authors.length === 0) return source.organisation;
  const names = source.authors.map((author) => [author.given, author.family].filter(Boolean).join(' '));
  return source.authorsIncomplete ? `${names.join(', ')} et al.` : names.join(', ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function periodEdge(edge: string): string {
  const [year, month] = edge.split('-');
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : (year ?? edge);
}

/** "March 2013 to November 2018", or "1995 to 2010". */
export function periodLabel(period: Source['studyPeriod']): string | undefined {
  return period ? `${periodEdge(period.start)} to ${periodEdge(period.end)}` : undefined;
}

/** The way to the original: a DOI as printed (resolved through doi.org) or a URL as printed; nothing is looked up. */
export function originalLink(source: Pick<Source, 'doi' | 'url'>): { href: string; label: string } | undefined {
  if (source.doi) return { href: `https://doi.org/${source.doi}`, label: `DOI ${source.doi}` };
  if (source.url) return { href: source.url, label: source.url };
  return undefined;
}
