/** The absolute address of an anchor on a page: any fragment already on the page address is replaced. */
export function anchorUrl(pageUrl: string, anchor: string): string {
  const url = new URL(pageUrl);
  url.hash = anchor;
  return url.href;
}
