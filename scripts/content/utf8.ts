const LENIENT = new TextDecoder('utf-8');
const STRICT = new TextDecoder('utf-8', { fatal: true });
const REPLACEMENT_BYTES = Buffer.from('\uFFFD');

/** Where the first byte that is not UTF-8 sits, counted the way an editor shows it. */
export interface BadByte {
  line: number;
  column: number;
  /** The byte itself, e.g. "0xE9". */
  byte: string;
}

/**
 * Text of a file that must be UTF-8. A lenient decoder would turn a stray Latin-1 "é" into U+FFFD
 * silently, so the strict one decides, and the lenient one only finds where the first bad byte is.
 * A byte-order mark is dropped, as editors that write one expect.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { bad: BadByte } {
  try {
    return { text: STRICT.decode(bytes) };
  } catch {
    const text = LENIENT.decode(bytes);
    for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
      // Everything before the first bad byte decoded cleanly, so re-encoding that prefix gives its byte offset.
      const offset = Buffer.byteLength(text.slice(0, index)) + (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
      if (Buffer.from(bytes.subarray(offset, offset + 3)).equals(REPLACEMENT_BYTES)) continue;
      const before = text.slice(0, index);
      const lineStart = before.lastIndexOf('\n') + 1;
      return {
        bad: {
          line: before.split('\n').length,
          column: index - lineStart + 1,
          byte: `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`,
        },
      };
    }
    throw new Error('UTF-8 decoding failed without a replacement character');
  }
}

/** The message for a file that is not UTF-8: what was found, and what to do. */
export function describeBadByte(bad: BadByte): string {
  return `is not UTF-8: byte ${bad.byte} at column ${bad.column} is not a valid character; save the file as UTF-8`;
}
