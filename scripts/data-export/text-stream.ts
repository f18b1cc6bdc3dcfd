/** How much text to gather before handing it on: a few large chunks cost less than one per record. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * A stream of UTF-8 bytes from pieces of text, made as it is read. A download built as one string is held twice
 * over (V8 keeps text with any character beyond Latin-1 at two bytes a character, then the response copies it as
 * UTF-8); read as a stream, only the bytes and the piece in hand are.
 */
export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const gathered: string[] = [];
      let characters = 0;
      while (characters < CHUNK_CHARACTERS) {
        const next = iterator.next();
        if (next.done) break;
        gathered.push(next.value);
        characters += next.value.length;
      }
      if (gathered.length > 0) controller.enqueue(encoder.encode(gathered.join('')));
      if (characters < CHUNK_CHARACTERS) controller.close();
    },
    cancel() {
      iterator.return?.();
    },
  });
}
