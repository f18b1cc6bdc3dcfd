/**
 * The words of a page address, as a search: the last part of the path, with hyphens and underscores as spaces and any
 * file ending dropped ("/questions/carcinoid-survival/" → "carcinoid survival"). Empty for the site root.
 */
export function addressWords(pathname: string): string {
  const last = pathname.split('/').filter(Boolean).at(-1) ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A broken escape stays as typed.
  }
  return decoded
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim()
    .replace(/\s+/g, ' ');
}
