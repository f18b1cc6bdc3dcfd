import { MEASURES, THEMES, type Measure, type Outcome, type Theme } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CANCER_LABELS, SOURCE_KIND_LABELS, TREATMENT_LABELS, TREATMENTS, type TreatmentId } from '../../src/schemas/vocabulary.ts';
import { isBackground, sourceRef, type Links, type SourceRef } from './cells.ts';

/** Result themes a treatment can be judged on; cohort descriptions and background figures are not results. */
export const MAP_THEMES = ['survival', 'recurrence', 'safety', 'symptoms', 'surgery'] as const satisfies readonly Theme[];

/** A source in the map's key: a short mark for the cells and the full description once. */
export interface MapSource extends SourceRef {
  mark: string;
  kind: string;
  cancers: string;
}

export interface EvidenceMapCell {
  /** Sources that cover the treatment and report at least one measure of the theme. */
  sources: MapSource[];
  /** The measures those sources report, by name. */
  measures: string[];
}

export interface EvidenceMap {
  key: MapSource[];
  themes: { theme: Theme; title: string }[];
  rows: { treatment: TreatmentId; label: string; cells: EvidenceMapCell[] }[];
}

/** "A", "B", … in source order: marks short enough for a grid. */
function mark(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * Treatments down the side, result themes across. A source sits in a cell when one of its figure rows
 * measured that treatment and is that kind of result; empty cells are where these sources give no evidence.
 * Listing a treatment in a source's front matter is not enough: only a measured figure puts it on the map.
 */
export function evidenceMap(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): EvidenceMap {
  const key = sources.map((source, index) => ({
    ...sourceRef(source, links),
    mark: mark(index),
    kind: SOURCE_KIND_LABELS[source.kind],
    cancers: source.cancers.map((cancer) => CANCER_LABELS[cancer]).join(', '),
  }));
  const results = outcomes.filter((o) => !isBackground(o) && o.treatment !== undefined);
  const measuresOf = (sourceId: string, treatment: TreatmentId, theme: Theme): Measure[] => [
    ...new Set(
      results
        .filter((o) => o.source === sourceId && o.treatment === treatment && MEASURES[o.measure].theme === theme)
        .map((o) => o.measure),
    ),
  ];
  return {
    key,
    themes: MAP_THEMES.map((theme) => ({ theme, title: THEMES[theme] })),
    rows: TREATMENTS.map((treatment) => ({
      treatment,
      label: TREATMENT_LABELS[treatment],
      cells: MAP_THEMES.map((theme) => {
        const reporting = sources.filter((source) => measuresOf(source.id, treatment, theme).length > 0);
        return {
          sources: key.filter((entry) => reporting.some((source) => source.id === entry.id)),
          measures: [...new Set(reporting.flatMap((source) => measuresOf(source.id, treatment, theme)))].map(
            (measure) => MEASURES[measure].label,
          ),
        };
      }),
    })),
  };
}
