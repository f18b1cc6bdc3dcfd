/**
 * Catalogues whose pages after the first only repeat, row by row, what other indexed pages hold: each row is a
 * source's figures, patient rows, kind of evidence or review status, which its own page shows. Checked word by word
 * on 10,000 synthetic sources: beyond their own page numbers and "(continued)" headings, their later pages hold no
 * word found on no other indexed page, except a sources-list cell saying "Not applicable" for a patient count.
 * Indexed in full: the survival charts, whose notes on reading a curve are found nowhere else; the references, whose
 * entries for the studies the sources cite are listed only there; and the glossary, whose definitions are its own.
 */
export const REPEATING_CATALOGUES = [
  '/compare/',
  '/compare/all-figures/',
  '/compare/cohorts/',
  '/compare/evidence-map/',
  '/sources/',
  '/changelog/',
] as const;

/**
 * True for a later page of a repeating catalogue ("/compare/page/2/"): the index leaves it out, as it would only add
 * pages for search to list (each a share of what every first search downloads) where a row's own page is the answer.
 */
export function repeatsOtherPages(url: string): boolean {
  const match = /^(\/.*\/)page\/(\d+)\/$/.exec(url);
  return match !== null && Number(match[2]) > 1 && (REPEATING_CATALOGUES as readonly string[]).includes(match[1]!);
}
