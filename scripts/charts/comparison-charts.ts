import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import type { Source } from '../../src/schemas/source.ts';
import { hasNoStatus, kaplanMeierChecks, patientTables, recomputedNotes } from '../checks/recomputed.ts';
import type { Links } from '../tables/cells.ts';
import { kaplanMeierChart } from './kaplan-meier.ts';
import type { ChartSpec } from './spec.ts';
import { survivalByTimepointChart } from './survival-by-timepoint.ts';
import { survivalTimesChart } from './survival-times.ts';

/**
 * The survival charts, in reading order: the comparison across sources, then for each source a Kaplan–Meier
 * curve where its patient table gives status, or a plot of the times where it does not.
 */
export function comparisonCharts(
  sources: readonly Source[],
  outcomes: readonly Outcome[],
  patients: readonly Patient[],
  links: Links,
): ChartSpec[] {
  const perSource = sources.flatMap((source) => {
    const notes = recomputedNotes(source, outcomes, patients);
    const curves = kaplanMeierChecks(source, outcomes, patients).map((check) => kaplanMeierChart(check, source, notes, links));
    const withoutStatus = patientTables(patients.filter((p) => p.source === source.id)).filter(hasNoStatus);
    return withoutStatus.length ? [...curves, survivalTimesChart(source, withoutStatus, outcomes, notes, links)] : curves;
  });
  return [survivalByTimepointChart(sources, outcomes, links), ...perSource];
}
