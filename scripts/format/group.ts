import { MEASURES, THEMES, type Outcome, type Theme } from '../../src/schemas/outcome.ts';
import type { SourceGroup } from '../../src/schemas/source.ts';

/** "All patients who had liver resection (n = 13)". */
export function groupLabel(group: SourceGroup | undefined): string {
  if (!group) return '';
  return group.size === undefined ? group.label : `${group.label} (n = ${group.size})`;
}

/** Outcomes split under the theme headings, themes in reading order, records in file order within each. */
export function outcomesByTheme<T extends Pick<Outcome, 'measure'>>(
  outcomes: readonly T[],
): { theme: Theme; title: string; outcomes: T[] }[] {
  return (Object.keys(THEMES) as Theme[])
    .map((theme) => ({ theme, title: THEMES[theme], outcomes: outcomes.filter((o) => MEASURES[o.measure].theme === theme) }))
    .filter((section) => section.outcomes.length > 0);
}
