/** Addresses of the review's own pages, shared by the pages and the HTML the build writes for content bodies. */
export function sourceHref(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

export function figureHref(outcome: { source: string; id: string }): string {
  return `${sourceHref(outcome.source)}#${outcome.id}`;
}
