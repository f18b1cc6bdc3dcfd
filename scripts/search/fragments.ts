import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PAGE_META, SEARCH_META } from './ranking.ts';

/** What every Pagefind file starts with once unpacked; pagefind.js unpacks a file only when it does not (pagefind.js, decompress). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * Metadata that search matches on but no result shows: it stays in the index and is taken out of each page's record
 * (the file a result downloads) once the index is written. The reader words were about a third of every record. Kept
 * here, not beside the keys in ranking.ts, which the search page's script bundles.
 */
export const INDEX_ONLY_META: readonly string[] = [SEARCH_META.words, SEARCH_META.titleWords, SEARCH_META.cancerWords, PAGE_META.names];

/** Pagefind's files as it writes them: gzip around the signature and the content. */
export function unpackPagefindFile(packed: Buffer, file: string): Buffer {
  const raw = zlib.gunzipSync(packed);
  if (raw.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) {
    throw new Error(`${file} does not start with Pagefind's signature once unpacked`);
  }
  return raw;
}

/** A page's record as Pagefind wrote it, less the metadata only the index needs (INDEX_ONLY_META); packed again the same way. */
export function slimFragment(packed: Buffer, file: string): Buffer {
  const raw = unpackPagefindFile(packed, file);
  const record = JSON.parse(raw.subarray(PAGEFIND_SIGNATURE.length).toString('utf8')) as { meta?: Record<string, unknown> };
  for (const key of INDEX_ONLY_META) delete record.meta?.[key];
  return zlib.gzipSync(Buffer.from(`${PAGEFIND_SIGNATURE}${JSON.stringify(record)}`), { level: 9 });
}

/** Slims every page record of a written search bundle in place (same names); returns the bytes before and after. */
export function slimFragments(bundleDir: string): { before: number; after: number } {
  const folder = path.join(bundleDir, 'fragment');
  let before = 0;
  let after = 0;
  const names = fs.readdirSync(folder).filter((name) => name.endsWith('.pf_fragment'));
  for (const name of names) {
    const file = path.join(folder, name);
    const packed = fs.readFileSync(file);
    const slim = slimFragment(packed, file);
    fs.writeFileSync(file, slim);
    before += packed.length;
    after += slim.length;
  }
  return { before, after };
}
