import type { Source } from '../../src/schemas/source.ts';
import { sourceSize } from './cohort.ts';
import { SOURCE_KIND_LABELS, SOURCE_KINDS, type SourceKind } from '../../src/schemas/vocabulary.ts';

/** What a comparison rests on, worked out from the source records behind it. */
export interface EvidenceBase {
  /** "Review of published case series (one source); Retrospective case series (2 sources)". */
  kinds: string;
  /** Each source's own count: "793 patients in 22 studies", or that it gives none. */
  patients: { source: string; text: string }[];
  /** The first limitation each source states about itself, with the source's name. */
  limits: { source: string; text: string }[];
}

function kindText(kind: SourceKind, sources: readonly Source[]): string {
  return `${SOURCE_KIND_LABELS[kind]} (${sources.length === 1 ? 'one source' : `${sources.length} sources`})`;
}

/** The kind of evidence, how many patients and the main limits, in reading order from strongest design. */
export function evidenceBase(sources: readonly Source[]): EvidenceBase {
  const kinds = SOURCE_KINDS.map((kind) => [kind, sources.filter((source) => source.kind === kind)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return {
    kinds: kinds.map(([kind, list]) => kindText(kind, list)).join('; '),
    patients: sources.map((source) => ({ source: source.shortTitle, text: sourceSize(source) ?? 'no patient count given' })),
    limits: sources.map((source) => ({ source: source.shortTitle, text: source.limitations[0] ?? '' })),
  };
}
