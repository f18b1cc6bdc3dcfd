import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content/paths.ts';

/**
 * Astro's chunked content store (`experimental.collectionStorage: 'chunked'`) as installed, with the project's patch
 * (patches/astro+*.patch, applied by `npm ci`): it measures each character's UTF-8 length by its code point instead
 * of encoding every character on its own, which took most of the content sync (46 of 77 s at 3,000 sources).
 */
const writer = (await import(
  pathToFileURL(path.join(PROJECT_ROOT, 'node_modules', 'astro', 'dist', 'content', 'data-store-writer.js')).href
)) as {
  chunkString: (text: string, maxBytes: number) => string[];
};

/** The chunks Astro's own code makes, one character at a time through TextEncoder. */
function chunksByEncoder(text: string, maxBytes: number): string[] {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let index = start;
    let bytes = 0;
    while (index < text.length) {
      const width = (text.codePointAt(index) as number) > 0xffff ? 2 : 1;
      const size = encoder.encode(text.slice(index, index + width)).length;
      if (bytes + size > maxBytes && index > start) break;
      index += width;
      bytes += size;
      if (bytes >= maxBytes) break;
    }
    chunks.push(text.slice(start, index));
    start = index;
  }
  return chunks;
}

const texts = {
  ascii: 'Median survival was 32 months (range 16–72). '.repeat(40),
  'two-byte letters': 'Résection hépatique, Clavien–Dindo, Ø 3 mm. '.repeat(30),
  'three-byte signs': '≥ 5 years · ≤ 30 days — 95 % CI → '.repeat(30),
  'four-byte characters': '𝛼 and 🧪 between words 𝛽 '.repeat(30),
  'lone surrogates': `a\uD800b\uDC00c${'\uD83D'}`.repeat(20),
};

describe("the content store's chunks", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(Object.entries(texts))('split %s exactly where Astro splits them, for every chunk size', (_name, text) => {
    for (const maxBytes of [1, 2, 3, 4, 5, 7, 64, 1000]) {
      expect(writer.chunkString(text, maxBytes)).toEqual(chunksByEncoder(text, maxBytes));
    }
  });

  it('are measured without encoding each character (the patch is installed)', () => {
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    writer.chunkString(texts['three-byte signs'], 64);
    expect(encode).not.toHaveBeenCalled();
  });
});
