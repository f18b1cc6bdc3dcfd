import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Reference } from '../../src/schemas/reference.ts';

const CITED = /\breferences?\s+(\d+)(?:\s*(?:to|–|-)\s*(\d+))?/gi;

/** Reference numbers a note cites: "reference 2" → [2]; "references 16 to 19" → [16, 17, 18, 19]. */
export function citedReferenceNumbers(note: string | undefined): number[] {
  if (!note) return [];
  return [...note.matchAll(CITED)].flatMap((match) => {
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    return Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => first + offset);
  });
}

/** Ends a part with a full stop unless the source already ended it with punctuation ("et al.", "cancer?"). */
function sentence(part: string): string {
  return /[.?!]$/.test(part) ? part : `${part}.`;
}

/**
 * The printed parts of an entry in the order the lists print them: authors, title, publication.
 * A cut-off entry ends with an ellipsis so no reader mistakes it for the whole reference.
 */
export function referenceText(entry: Pick<Reference, 'authors' | 'title' | 'publication' | 'completeness'>): string {
  const parts = [entry.authors, entry.title, entry.publication].filter((part): part is string => part !== undefined);
  if (entry.completeness === 'partial') return [...parts.slice(0, -1).map(sentence), `${parts.at(-1) ?? ''} …`].join(' ');
  return parts.map(sentence).join(' ');
}

/** Where an entry sits in its source's list: its printed number, or its position in an unnumbered list. */
export function listPlace(entry: Pick<Reference, 'number' | 'position'>): number {
  return entry.number ?? entry.position ?? 0;
}

/** A source's entries in the order of its own list. */
export function inListOrder<T extends Pick<Reference, 'number' | 'position'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => listPlace(a) - listPlace(b));
}

/** The figures whose notes cite an entry, so the references page can say what each study is mentioned for. */
export function outcomesCiting<T extends Pick<Outcome, 'source' | 'note'>>(
  entry: Pick<Reference, 'source' | 'number'>,
  outcomes: readonly T[],
): T[] {
  if (entry.number === undefined) return [];
  const number = entry.number;
  return outcomes.filter((outcome) => outcome.source === entry.source && citedReferenceNumbers(outcome.note).includes(number));
}
