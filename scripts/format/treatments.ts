import type { Outcome } from '../../src/schemas/outcome.ts';
import { TREATMENTS, type TreatmentId } from '../../src/schemas/vocabulary.ts';

/** Treatments that figure rows measured, in vocabulary order: what the data shows was studied, not what a page lists. */
export function treatmentsMeasured(outcomes: readonly Pick<Outcome, 'treatment' | 'scope'>[]): TreatmentId[] {
  const measured = new Set(outcomes.filter((o) => o.scope === 'treated').flatMap((o) => (o.treatment ? [o.treatment] : [])));
  return TREATMENTS.filter((id) => measured.has(id));
}
