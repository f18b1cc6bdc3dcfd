import type { Source } from '../../src/schemas/source.ts';

/** One source's line in the changelog: when it was last checked and how many records it has. */
export interface SourceStatus {
  id: string;
  shortTitle: string;
  lastReviewed: string;
  figures: number;
  patientRows: number;
  referenceEntries: number;
}

function countFor(records: readonly { source: string }[], id: string): number {
  return records.filter((record) => record.source === id).length;
}

/** Sources with their review dates and record counts, most recently reviewed first, then by name. */
export function sourceStatus(
  sources: readonly Pick<Source, 'id' | 'shortTitle' | 'lastReviewed'>[],
  records: { outcomes: readonly { source: string }[]; patients: readonly { source: string }[]; references: readonly { source: string }[] },
): SourceStatus[] {
  return sources
    .map((source) => ({
      id: source.id,
      shortTitle: source.shortTitle,
      lastReviewed: source.lastReviewed,
      figures: countFor(records.outcomes, source.id),
      patientRows: countFor(records.patients, source.id),
      referenceEntries: countFor(records.references, source.id),
    }))
    .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.shortTitle.localeCompare(b.shortTitle));
}
