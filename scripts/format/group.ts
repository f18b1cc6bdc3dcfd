import { MEASURES, THEMES, type Outcome, type Theme } from '../../src/schemas/outcome.ts';
import type { SourceGroup } from '../../src/schemas/source.ts';

/** "All patients who had liver resection (n = 13)". */
export function groupLabel(group: SourceGroup | undefined): string {
  if (!group) return '';
  return group.size === undefined ? group.label : `${group.label} (n = ${group.size})`;
}

/**
 * Whom a figure describes. The group size is shown only where the source ties the figure to that many
 * patients: a range across the series of a review rests on each series' own patients, never on the pooled total.
 */
export function figureGroupLabel(outcome: Pick<Outcome, 'group' | 'statistic'>, groups: readonly SourceGroup[] | undefined): string {
  const group = groups?.find((candidate) => candidate.id === outcome.group);
  if (!group) return outcome.group;
  if (outcome.statistic === 'range-across-studies') return `${group.label} (lowest and highest across the included series)`;
  return groupLabel(group);
}

/** The heading a figure sits under: context figures always under the background heading, whatever they measure. */
export function themeOf(outcome: Pick<Outcome, 'measure' | 'scope'>): Theme {
  return outcome.scope === 'context' ? 'context' : MEASURES[outcome.measure].theme;
}

/** Outcomes split under the theme headings, themes in reading order, records in file order within each. */
export function outcomesByTheme<T extends Pick<Outcome, 'measure' | 'scope'>>(
  outcomes: readonly T[],
): { theme: Theme; title: string; outcomes: T[] }[] {
  return (Object.keys(THEMES) as Theme[])
    .map((theme) => ({ theme, title: THEMES[theme], outcomes: outcomes.filter((o) => themeOf(o) === theme) }))
    .filter((section) => section.outcomes.length > 0);
}
