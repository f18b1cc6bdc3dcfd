import type { Links } from '../../../scripts/tables/cells.ts';
import { figureHref, sourceHref } from '../../lib/data.ts';

/** The links every comparison builder writes: figure anchors and source pages, from the site's one definition. */
export const LINKS: Links = { figure: figureHref, source: sourceHref };

/** The source records behind a table or chart, in reading order, from the ids it cites. */
export function sourcesCited<T extends { id: string }>(sources: readonly T[], ids: readonly string[]): T[] {
  const cited = new Set(ids);
  return sources.filter((source) => cited.has(source.id));
}
