import type { RecomputedFigure, RecomputedNote } from '../checks/recomputed.ts';
import type { BesideFigure } from './spec.ts';

/** A recomputed figure shown beside a chart, linked to the data-quality note that explains it when there is one. */
export function computedBeside(figure: RecomputedFigure, notes: readonly RecomputedNote[], sourceHref: string): BesideFigure {
  const note = notes.find((candidate) =>
    candidate.recomputed.some((other) => other.comparesWith === figure.comparesWith && other.label === figure.label),
  );
  return note
    ? {
        label: figure.label,
        text: figure.text,
        href: `${sourceHref}#note-${note.id}`,
        locator: 'explained in a data-quality note',
        computed: true,
      }
    : { label: figure.label, text: figure.text, computed: true };
}
