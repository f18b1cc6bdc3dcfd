/**
 * A short id derived from text (FNV-1a), so the same quote gets the same anchor in every build
 * and two builds of the same content stay byte-identical.
 */
export function stableId(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(36)}`;
}
