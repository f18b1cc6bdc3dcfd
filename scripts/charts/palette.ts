/**
 * Colours for chart marks, each at least 4.5:1 against white so lines, ticks and thin bars
 * stay visible (WCAG non-text contrast asks for 3:1); order is fixed so a series keeps its colour.
 */
export const SERIES_COLOURS = ['#0b5394', '#a34700', '#1e6b34', '#6b2c91', '#1b1f24'] as const;

export const TEXT_COLOUR = '#1b1f24';

/** A see-through fill of a series colour, for ranges drawn under their solid outline. */
export function fill(colour: string): string {
  return `${colour}40`;
}

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
}
