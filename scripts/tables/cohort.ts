import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CANCER_LABELS, SOURCE_KIND_LABELS, TREATMENT_LABELS } from '../../src/schemas/vocabulary.ts';
import { periodLabel } from '../format/source.ts';
import { treatmentsMeasured } from '../format/treatments.ts';
import { figureCell, NOT_REPORTED, sourceRef, type Cell, type Links, type SourceRef } from './cells.ts';

export interface CohortRow {
  source: SourceRef;
  design: string;
  cancers: string;
  country: string;
  /** When patients were treated, or for a review the years searched. */
  period: string;
  size: string;
  /** Age of the whole cohort as the source prints it, linked to the figure. */
  age: Cell;
  treatments: string[];
}

/** "45 patients" or "793 patients in 22 studies", from the source record; undefined where the source gives no count. */
export function sourceSize(source: Pick<Source, 'patients' | 'studies'>): string | undefined {
  if (source.patients === undefined) return undefined;
  const patients = `${source.patients} ${source.patients === 1 ? 'patient' : 'patients'}`;
  return source.studies === undefined ? patients : `${patients} in ${source.studies} studies`;
}

function periodText(source: Source): string {
  const period = periodLabel(source.studyPeriod);
  if (!period) return NOT_REPORTED;
  return source.kind === 'systematic-review' ? `${period} (studies searched)` : period;
}

/** One row per source: who was studied, where, when, how many, and which treatments its figures measured. */
export function cohortTable(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): CohortRow[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return sources.map((source) => ({
    source: sourceRef(source, links),
    design: SOURCE_KIND_LABELS[source.kind],
    cancers: source.cancers.map((cancer) => CANCER_LABELS[cancer]).join(', '),
    country: source.country,
    period: periodText(source),
    size: sourceSize(source) ?? NOT_REPORTED,
    age: figureCell(
      outcomes.filter((o) => o.source === source.id && o.measure === 'age' && o.group === 'all'),
      byId,
      links,
    ),
    treatments: treatmentsMeasured(outcomes.filter((o) => o.source === source.id)).map((treatment) => TREATMENT_LABELS[treatment]),
  }));
}
