/**
 * Figures belong in the structured data, where each carries its locator. Prose may name tables,
 * grades and markers that contain digits, but any other numeral means a figure was typed by hand.
 */
const ALLOWED_NUMERAL_TOKENS: RegExp[] = [
  /\b(?:Table|Tables|Figure|Figures|Fig\.|Image)\s+\d+(?:\s*(?:and|–|-)\s*\d+)?/g,
  /\bgrades?\s+\d+(?:\s*(?:–|-|to|or|and)\s*\d+)?/gi,
  /\bKi-67\b/g,
  /\b5-HIAA\b/g,
  /\bGa-68\b/g,
  /\bHER2\b/g,
  /\b[Ll]evel\s+1\b/g,
  /\bT\d[a-c]?N\d(?:M\d)?\b/g,
  /\b[TNM][0-4][a-c]?\b/g,
  /\bR[012]\b/g,
  /\bS\d\b/g,
  // Reference numbers point into a source's own reference list (content/references), not at a figure.
  /\breferences?\s+\d+(?:\s*(?:to|and|–|-|,)\s*\d+)*/gi,
  // Words in quotation marks are the source's own label for something, such as a table's category "1–4".
  /"[^"]*"|“[^”]*”/g,
];

/** Words around each numeral left once allowed tokens (table numbers, grades, markers, stages) are taken out. */
export function findLooseNumbers(text: string): string[] {
  // Most text holds no numeral, or none but allowed tokens; the search for words around one tries every word of the
  // text before finding none.
  if (!/\d/.test(text)) return [];
  let rest = text;
  for (const token of ALLOWED_NUMERAL_TOKENS) rest = rest.replace(token, ' ');
  if (!/\d/.test(rest)) return [];
  return [...rest.matchAll(/(?:\S+\s+){0,3}\S*\d\S*(?:\s+\S+){0,3}/g)].map((match) => match[0].replace(/\s+/g, ' ').trim());
}
