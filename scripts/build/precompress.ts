import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { unpackPagefindFile } from '../search/fragments.ts';

/** Suffix of a file's brotli copy, which nginx (brotli_static) and `npm start` send instead to browsers that accept it. */
export const BROTLI_SUFFIX = '.br';

/** Whether a built file is the brotli copy of another rather than a file of the site. */
export const isBrotliCopy = (file: string): boolean => file.endsWith(BROTLI_SUFFIX);

/**
 * Pagefind's own packed files (gzip, which a server cannot compress again): their copy holds the unpacked bytes,
 * which pagefind.js uses as they are once the browser has undone the brotli.
 */
const PACKED_BY_PAGEFIND = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/**
 * Page records are left as Pagefind packed them: there is one for every page, a search reads only the few it shows,
 * and brotli makes them a sixth smaller only at settings that would add about a minute to a build of 10,000 sources.
 */
const LEFT_PACKED = /(^|\/)fragment\//;

/** Pagefind's ready-made search interfaces, which it writes into every bundle; the search page drives pagefind.js itself. */
const UNUSED_INTERFACES = /(^|\/)pagefind-(ui|component-ui|modular-ui|highlight)\./;

const brotliCompress = promisify(zlib.brotliCompress);

/** At its best setting, on Node's thread pool, so the files of a bundle are compressed side by side. */
function brotli(body: Buffer): Promise<Buffer> {
  const { BROTLI_PARAM_QUALITY, BROTLI_MAX_QUALITY, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return brotliCompress(body, { params: { [BROTLI_PARAM_QUALITY]: BROTLI_MAX_QUALITY, [BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** Text shorter than this nginx sends as it is; longer, it sends gzip at level 6 (gzip_min_length, gzip_comp_level in deploy/nginx/site.conf.template). */
const GZIP_MIN_LENGTH = 256;

/** Bytes a browser gets for a file of the bundle without a copy: the packed file, or text as nginx sends it. */
function sentWithoutCopy(file: string, bytes: Buffer): number {
  if (PACKED_BY_PAGEFIND.test(file) || bytes.length < GZIP_MIN_LENGTH) return bytes.length;
  return zlib.gzipSync(bytes, { level: 6 }).length;
}

/** The brotli copy of a file of the search bundle with what it replaces on the wire; undefined where it would not be smaller. */
export async function brotliCopy(file: string, bytes: Buffer): Promise<{ copy: Buffer; replaces: number } | undefined> {
  const copy = await brotli(PACKED_BY_PAGEFIND.test(file) ? unpackPagefindFile(bytes, file) : bytes);
  const replaces = sentWithoutCopy(file, bytes);
  return copy.length < replaces ? { copy, replaces } : undefined;
}

export interface BrotliCopies {
  files: number;
  /** What those files cost a browser without their copies, and with them. */
  without: number;
  with: number;
}

/** Writes a brotli copy beside each file of the search bundle that gains from one (brotliCopy), page records and unused interfaces aside. */
export async function writeBrotliCopies(bundleDir: string): Promise<BrotliCopies> {
  const files = fs
    .readdirSync(bundleDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !isBrotliCopy(file) && !LEFT_PACKED.test(file) && !UNUSED_INTERFACES.test(file))
    .map((file) => path.join(bundleDir, file))
    .filter((file) => fs.statSync(file).isFile());
  const made = await Promise.all(
    files.map(async (file) => {
      const copy = await brotliCopy(file, fs.readFileSync(file));
      if (copy) fs.writeFileSync(`${file}${BROTLI_SUFFIX}`, copy.copy);
      return copy;
    }),
  );
  const written = made.filter((copy) => copy !== undefined);
  return {
    files: written.length,
    without: written.reduce((sum, copy) => sum + copy.replaces, 0),
    with: written.reduce((sum, copy) => sum + copy.copy.length, 0),
  };
}
