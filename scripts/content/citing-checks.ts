import { citedReferenceNumbers, listPlace } from '../citation/reference-list.ts';
import { checkUniqueIds, type OutcomeRecord, type SourceRecord } from './checks.ts';
import type { ChangelogRecord, ReferenceRecord } from './citing-read.ts';
import type { Problem } from './problems.ts';
import { findLooseNumbers } from './prose.ts';

/** What the reference and changelog checks need from the rest of the dataset. */
export interface CitingDataset {
  sources: readonly SourceRecord[];
  outcomes: readonly OutcomeRecord[];
  references: readonly ReferenceRecord[];
  changelog: readonly ChangelogRecord[];
  /** Source ids that failed their schema: already reported, so not reported again as unknown. */
  rejectedSources?: ReadonlySet<string>;
}

function at(record: { origin: { file: string; line?: number } }, field: string, message: string): Problem {
  return { file: record.origin.file, line: record.origin.line, field, message };
}

function unknownSource(id: string, known: ReadonlySet<string>, rejected: ReadonlySet<string>): string | undefined {
  if (known.has(id) || rejected.has(id)) return undefined;
  return `"${id}" is not a known source id (known: ${[...known].join(', ')})`;
}

/**
 * Reference entries belong to a known source and are numbered once per list, and every
 * "reference N" an outcome note cites has its entry, so the references page leaves none out.
 */
export function checkReferenceLists(dataset: CitingDataset): Problem[] {
  const known = new Set(dataset.sources.map((source) => source.id));
  const rejected = dataset.rejectedSources ?? new Set<string>();
  const problems = checkUniqueIds(dataset.references, 'reference');
  const placed = new Map<string, ReferenceRecord>();
  for (const entry of dataset.references) {
    const unknown = unknownSource(entry.source, known, rejected);
    if (unknown) problems.push(at(entry, 'source', unknown));
    const field = entry.number === undefined ? 'position' : 'number';
    const key = `${entry.source}|${listPlace(entry)}`;
    const first = placed.get(key);
    if (first) problems.push(at(entry, field, `${listPlace(entry)} is already the place of "${first.id}" in the same list`));
    else placed.set(key, entry);
  }
  for (const outcome of dataset.outcomes) {
    for (const number of new Set(citedReferenceNumbers(outcome.note))) {
      if (placed.get(`${outcome.source}|${number}`)?.number !== number && !rejected.has(outcome.source)) {
        problems.push(
          at(outcome, 'note', `cites reference ${number}, which has no entry for "${outcome.source}" in content/references/; add it as printed (or as missing)`),
        );
      }
    }
  }
  return problems;
}

/** Changelog entries name known sources and, like all prose, carry no typed figures. */
export function checkChangelog(dataset: CitingDataset): Problem[] {
  const known = new Set(dataset.sources.map((source) => source.id));
  const rejected = dataset.rejectedSources ?? new Set<string>();
  const problems = checkUniqueIds(dataset.changelog, 'changelog entry');
  for (const entry of dataset.changelog) {
    entry.sources.forEach((id, index) => {
      const unknown = unknownSource(id, known, rejected);
      if (unknown) problems.push(at(entry, `sources.${index}`, unknown));
    });
    const prose: [string, string][] = [['title', entry.title], ...entry.changes.map((text, index): [string, string] => [`changes.${index}`, text])];
    for (const [field, text] of prose) {
      for (const loose of findLooseNumbers(text)) {
        problems.push(at(entry, field, `has a number typed into prose ("${loose}"); the changelog describes changes in words`));
      }
    }
  }
  return problems;
}
