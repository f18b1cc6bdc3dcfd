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

/** Records per source, counted in one pass so the table costs the same per source however large the review. */
function countBySource(records: readonly { source: string }[]): (id: string) => number {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.source, (counts.get(record.source) ?? 0) + 1);
  return (id) => counts.get(id) ?? 0;
}

/** Sources with their review dates and record counts, most recently reviewed first, then by name. */
export function sourceStatus(
  sources: readonly Pick<Source, 'id' | 'shortTitle' | 'lastReviewed'>[],
  records: { outcomes: readonly { source: string }[]; patients: readonly { source: string }[]; references: readonly { source: string }[] },
): SourceStatus[] {
  const figures = countBySource(records.outcomes);
  const patientRows = countBySource(records.patients);
  const referenceEntries = countBySource(records.references);
  return sources
    .map((source) => ({
      id: source.id,
      shortTitle: source.shortTitle,
      lastReviewed: source.lastReviewed,
      figures: figures(source.id),
      patientRows: patientRows(source.id),
      referenceEntries: referenceEntries(source.id),
    }))
    .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.shortTitle.localeCompare(b.shortTitle));
}
