import fs from 'node:fs';
import { Parser } from 'htmlparser2';

const HEAD_END = Buffer.from('</head>');
/** Bytes read at a time: every head the review writes ends within the first 16 kB, however long its page. */
const READ_SIZE = 16 * 1024;

/**
 * A built page up to the end of its head, which is all a social card reads: read whole, and parsed whole, the pages
 * took most of the card drawer's time. While Astro is still writing the page its head may not be whole yet
 * (undefined); once every page is written (`written`), a page without a closing head is read whole.
 */
export function readPageHead(file: string, written: boolean): string | undefined {
  const handle = fs.openSync(file, 'r');
  try {
    let read = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_SIZE);
      const size = fs.readSync(handle, chunk, 0, READ_SIZE, read.length);
      read = Buffer.concat([read, chunk.subarray(0, size)]);
      const end = read.indexOf(HEAD_END, Math.max(0, read.length - size - HEAD_END.length));
      if (end !== -1) return read.toString('utf8', 0, end + HEAD_END.length);
      if (size === 0) return written ? read.toString('utf8') : undefined;
    }
  } finally {
    fs.closeSync(handle);
  }
}

/** What a page's head says its social card shows: its og:title, and the attributes of its og:image. */
export interface HeadCard {
  title?: string;
  image?: Record<string, string>;
}

/** The first og:title and og:image meta elements that are children of the head, as `head > meta[property=…]` selects them. */
export function headCard(head: string): HeadCard {
  const card: HeadCard = {};
  const open: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'meta' && open.at(-1) === 'head') {
        if (attributes.property === 'og:image') card.image ??= attributes;
        if (attributes.property === 'og:title') card.title ??= attributes.content;
      }
      open.push(name);
    },
    onclosetag() {
      open.pop();
    },
  });
  parser.end(head);
  return card;
}
