import { getCollection, type CollectionEntry } from 'astro:content';

export type SourceEntry = CollectionEntry<'sources'>;

/**
 * Every page reads the same collections; a build renders thousands of pages from one unchanging
 * content snapshot, so each read is done once. The dev server re-reads so edits show up.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (cached ??= read()) : read());
}

/** Sources in a stable reading order: reviews first, then case series, then patient pages. */
const KIND_ORDER = ['systematic-review', 'retrospective-case-series', 'patient-information'];

export const getSources = once(async (): Promise<SourceEntry[]> => {
  const sources = await getCollection('sources');
  return sources.sort(
    (a, b) => KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) || a.data.shortTitle.localeCompare(b.data.shortTitle),
  );
});

const getSourcesById = once(async () => new Map((await getSources()).map((entry) => [entry.id, entry.data])));

export async function getSourceById(id: string) {
  const source = (await getSourcesById()).get(id);
  if (!source) throw new Error(`No source has id "${id}"`);
  return source;
}

export const getOutcomes = once(async () => (await getCollection('outcomes')).map((entry) => entry.data));

export const getPatients = once(async () => (await getCollection('patients')).map((entry) => entry.data));

const getOutcomesById = once(async () => new Map((await getOutcomes()).map((outcome) => [outcome.id, outcome])));

export async function getOutcome(id: string) {
  const outcome = (await getOutcomesById()).get(id);
  if (!outcome) throw new Error(`No outcome record has id "${id}"`);
  return outcome;
}

export function sourceHref(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

export function figureHref(outcome: { source: string; id: string }): string {
  return `${sourceHref(outcome.source)}#${outcome.id}`;
}

/** Entries of the sources' reference lists, in file order. */
export async function getReferences() {
  return (await getCollection('references')).map((entry) => entry.data);
}

/** Changes to the review, newest first. */
export async function getChangelog() {
  return (await getCollection('changelog')).map((entry) => entry.data).sort((a, b) => b.date.localeCompare(a.date));
}
