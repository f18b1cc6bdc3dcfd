import type { Outcome, Theme } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CANCER_LABELS, CANCERS } from '../../src/schemas/vocabulary.ts';
import { outcomesByTheme } from '../format/group.ts';
import { figureEntry, isBackground, sourceRef, type FigureEntry, type Links, type SourceRef } from './cells.ts';
import { byMeasureThenTime } from './order.ts';

export interface FigureRow {
  cancer: string;
  source: SourceRef;
  figure: FigureEntry;
}

export interface FigureSection {
  id: string;
  title: string;
  rows: FigureRow[];
}

/** Like sits beside like across sources: by measure, then time after surgery, then primary cancer. */
function byMeasureTimeThenCancer(a: Outcome, b: Outcome): number {
  return byMeasureThenTime(a, b) || CANCERS.indexOf(a.cancer) - CANCERS.indexOf(b.cancer);
}

function rowsOf(outcomes: readonly Outcome[], sources: ReadonlyMap<string, Source>, links: Links): FigureRow[] {
  return outcomes.map((outcome) => {
    const source = sources.get(outcome.source);
    return {
      cancer: CANCER_LABELS[outcome.cancer],
      source: source ? sourceRef(source, links) : { id: outcome.source, name: outcome.source, href: links.source(outcome.source) },
      figure: figureEntry(outcome, source, links),
    };
  });
}

/**
 * Every outcome record once, in the order the table lists them: results by theme, then the background figures
 * the sources cite from other studies in a section of their own, so they are never read as results of the
 * reviewed studies. Pages that split the table take consecutive runs of this order.
 */
export function figureSections(outcomes: readonly Outcome[]): { id: string; title: string; outcomes: Outcome[] }[] {
  const results = outcomesByTheme(outcomes.filter((o) => !isBackground(o))).map((section) => ({
    id: `figures-${section.theme satisfies Theme}`,
    title: section.title,
    outcomes: [...section.outcomes].sort(byMeasureTimeThenCancer),
  }));
  const background = outcomes.filter(isBackground);
  return background.length
    ? [
        ...results,
        {
          id: 'figures-background-cited',
          title: 'Figures the sources cite from other studies (not results of the reviewed studies)',
          outcomes: [...background].sort(byMeasureTimeThenCancer),
        },
      ]
    : results;
}

/** The sections of the every-figure table with their rows. */
export function allFigures(sources: readonly Source[], outcomes: readonly Outcome[], links: Links): FigureSection[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return figureSections(outcomes).map(({ outcomes: records, ...section }) => ({ ...section, rows: rowsOf(records, byId, links) }));
}
