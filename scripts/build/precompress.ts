import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { unpackPagefindFile } from '../search/fragments.ts';

/** Suffix of a file's brotli copy, which nginx (brotli_static) and `npm start` send instead to browsers that accept it. */
const BROTLI_SUFFIX = '.br';

/** Whether a built file is the brotli copy of another rather than a file of the site. */
export const isBrotliCopy = (file: string): boolean => file.endsWith(BROTLI_SUFFIX);

/**
 * Pagefind's packed files: gzip, which a server cannot compress again. Their copies hold the unpacked bytes, which
 * pagefind.js uses as they are once the browser has undone the brotli. Text (pagefind.js, JSON) is left to the
 * server's own gzip: nginx's brotli_static turns that gzip off for browsers that accept brotli, so the template
 * enables it only for these files (deploy/nginx/site.conf.template).
 */
const PACKED_BY_PAGEFIND = /\.(pf_meta|pf_index|pf_filter|pagefind)$/;

/**
 * Whether the build writes a brotli copy of a file of the search bundle: Pagefind's packed files, but the page records
 * (.pf_fragment). There is one record for every page, a search reads only the few it shows, and brotli makes them a
 * sixth smaller only at its best setting, which ran at about 1 MB a second: a minute of one core for 10,000 sources.
 */
export const hasBrotliCopy = (file: string): boolean => PACKED_BY_PAGEFIND.test(file);

const brotliCompress = promisify(zlib.brotliCompress);

/** At its best setting, on Node's thread pool, so the files of a bundle are compressed side by side. */
function brotli(body: Buffer): Promise<Buffer> {
  const { BROTLI_PARAM_QUALITY, BROTLI_MAX_QUALITY, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return brotliCompress(body, { params: { [BROTLI_PARAM_QUALITY]: BROTLI_MAX_QUALITY, [BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** The brotli copy of a file Pagefind packed: the file unpacked, then compressed with brotli. */
export function brotliCopy(file: string, bytes: Buffer): Promise<Buffer> {
  return brotli(unpackPagefindFile(bytes, file));
}

export interface BrotliCopies {
  files: number;
  /** What those files cost a browser without their copies, and with them. */
  without: number;
  with: number;
}

/** Writes a brotli copy beside each file of the search bundle that has one (hasBrotliCopy). */
export async function writeBrotliCopies(bundleDir: string): Promise<BrotliCopies> {
  const files = fs
    .readdirSync(bundleDir, { recursive: true, encoding: 'utf8' })
    .filter(hasBrotliCopy)
    .map((file) => path.join(bundleDir, file));
  const made = await Promise.all(
    files.map(async (file) => {
      const bytes = fs.readFileSync(file);
      const copy = await brotliCopy(file, bytes);
      fs.writeFileSync(`${file}${BROTLI_SUFFIX}`, copy);
      return { without: bytes.length, with: copy.length };
    }),
  );
  return {
    files: made.length,
    without: made.reduce((sum, copy) => sum + copy.without, 0),
    with: made.reduce((sum, copy) => sum + copy.with, 0),
  };
}
