import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { formatFigure, locatorLabel, measureLabel } from '../format/figure.ts';
import { figureGroupLabel } from '../format/group.ts';

/** Page addresses, passed in by the pages so the builders stay free of Astro and can be tested alone. */
export interface Links {
  figure: (outcome: Pick<Outcome, 'source' | 'id'>) => string;
  source: (sourceId: string) => string;
}

/** One printed figure as a table cell shows it: the value, whom it describes, and where to find it. */
export interface FigureEntry {
  id: string;
  href: string;
  /** The figure as printed, e.g. "46–86%" or "32 months (range 16–72)". */
  text: string;
  /** What it measures, e.g. "Overall survival at 5 years: as restated in the Discussion". */
  measure: string;
  /** Whom it describes, with the group size where the source gives it. */
  group: string;
  /** Where it is printed, e.g. "Figure 2". */
  locator: string;
  note: string | undefined;
}

export const NOT_REPORTED = 'Not reported';

/** A comparison cell: the figures that fill it, or the typed statement that there are none. */
export type Cell = { kind: 'figures'; figures: FigureEntry[] } | { kind: 'not-reported'; text: typeof NOT_REPORTED };

/** A source as a column or row heading. */
export interface SourceRef {
  id: string;
  name: string;
  href: string;
}

/** Context figures (not about people with liver metastases treated in the liver): never part of the comparison of results. */
export function isBackground(outcome: Pick<Outcome, 'scope'>): boolean {
  return outcome.scope === 'context';
}

/**
 * The records the comparison of results after liver surgery may show: the summary-of-findings tables and the survival
 * chart. Every rule about which figures are eligible lives here, so a new one (such as leaving out figures about people
 * other than those treated in the liver) is added in one place.
 */
export function eligibleForComparison(outcome: Outcome): boolean {
  return !isBackground(outcome);
}

export function sourceRef(source: Pick<Source, 'id' | 'shortTitle'>, links: Links): SourceRef {
  return { id: source.id, name: source.shortTitle, href: links.source(source.id) };
}

export function figureEntry(outcome: Outcome, source: Pick<Source, 'groups'> | undefined, links: Links): FigureEntry {
  return {
    id: outcome.id,
    href: links.figure(outcome),
    text: formatFigure(outcome),
    measure: measureLabel(outcome),
    group: figureGroupLabel(outcome, source?.groups),
    locator: locatorLabel(outcome),
    note: outcome.note,
  };
}

export function figureCell(outcomes: readonly Outcome[], sources: ReadonlyMap<string, Pick<Source, 'groups'>>, links: Links): Cell {
  if (outcomes.length === 0) return { kind: 'not-reported', text: NOT_REPORTED };
  return { kind: 'figures', figures: outcomes.map((outcome) => figureEntry(outcome, sources.get(outcome.source), links)) };
}
