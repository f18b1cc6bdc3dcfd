import { getCollection, type CollectionEntry } from 'astro:content';

export type SourceEntry = CollectionEntry<'sources'>;

/**
 * Every page reads the same collections; a build renders thousands of pages from one unchanging
 * content snapshot, so each read, sort and index is done once. The dev server re-reads so edits show up.
 */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (cached ??= read()) : read());
}

/** Records grouped by a key, so a page reads its own records without scanning everyone else's. */
function indexBy<T>(records: readonly T[], key: (record: T) => string): ReadonlyMap<string, readonly T[]> {
  return Map.groupBy(records, key);
}

/** Sources in a stable reading order: reviews first, then case series, then patient pages. */
const KIND_ORDER = ['systematic-review', 'retrospective-case-series', 'patient-information'];

export const getSources = once(async (): Promise<SourceEntry[]> => {
  const sources = await getCollection('sources');
  return sources.sort(
    (a, b) => KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) || a.data.shortTitle.localeCompare(b.data.shortTitle),
  );
});

/** Sources by id, for lookups that cannot wait (the components of content bodies). */
export const getSourcesById = once(async () => new Map((await getSources()).map((entry) => [entry.data.id, entry.data])));

export async function getSource(id: string) {
  const source = (await getSourcesById()).get(id);
  if (!source) throw new Error(`No source has id "${id}"`);
  return source;
}

/** The most recent date any source was checked against its original: the review's own "last reviewed". */
export const getNewestReview = once(async () =>
  (await getSources()).reduce((newest, source) => (source.data.lastReviewed > newest ? source.data.lastReviewed : newest), ''),
);

export const getOutcomes = once(async () => (await getCollection('outcomes')).map((entry) => entry.data));

export const getPatients = once(async () => (await getCollection('patients')).map((entry) => entry.data));

/** Outcome records by id, for lookups that cannot wait (the components of content bodies). */
export const getOutcomesById = once(async () => new Map((await getOutcomes()).map((outcome) => [outcome.id, outcome])));
const getOutcomesBySource = once(async () => indexBy(await getOutcomes(), (outcome) => outcome.source));
const getPatientsBySource = once(async () => indexBy(await getPatients(), (patient) => patient.source));

export async function getOutcome(id: string) {
  const outcome = (await getOutcomesById()).get(id);
  if (!outcome) throw new Error(`No outcome record has id "${id}"`);
  return outcome;
}

/** One source's figures, in file order. */
export async function getOutcomesOf(sourceId: string) {
  return [...((await getOutcomesBySource()).get(sourceId) ?? [])];
}

/** One source's patient rows, in file order. */
export async function getPatientsOf(sourceId: string) {
  return [...((await getPatientsBySource()).get(sourceId) ?? [])];
}

export { figureHref, sourceHref } from '../../scripts/format/hrefs.ts';

/** Entries of the sources' reference lists, in file order. */
export const getReferences = once(async () => (await getCollection('references')).map((entry) => entry.data));

const getReferencesBySource = once(async () => indexBy(await getReferences(), (entry) => entry.source));

/** One source's reference-list entries, in file order. */
export async function getReferencesOf(sourceId: string) {
  return [...((await getReferencesBySource()).get(sourceId) ?? [])];
}

/** Changes to the review, newest first. */
export async function getChangelog() {
  return (await getCollection('changelog')).map((entry) => entry.data).sort((a, b) => b.date.localeCompare(a.date));
}
