import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Root } from 'mdast';

/**
 * Set by the site's build for the content gate and Astro: a folder of that build's own where the gate leaves each MDX
 * body's parsed tree, and where Astro's pages take it rather than parse the body a second time. Parsing the bodies of
 * 1,000 synthetic sources took 1.1 s, reading their trees as JSON 0.06 s. In builds of those sources taking turns
 * with builds that parse twice, Astro's process took 20.3 s of CPU time on average against 23.0 s (three builds
 * each), and 23.4 s against 25.2 s in three more on a busier machine. Astro renders no page before the gate's
 * verdict, so by then every tree is written.
 */
export const HANDED_TREES_ENV = 'LMS_HANDED_TREES_DIR';

/** Names the folders of handed trees in the build's cache folder. */
const FOLDER_PREFIX = 'handed-trees-';

/** Lists where each tree lies; written last, so that a page finds either every tree or none. */
const INDEX_FILE = 'index.json';

/**
 * A new, empty folder for a build's handed trees, in its cache folder (`cacheDir`): on the disk rather than in a temporary
 * folder that may be held in memory, since at 10,000 sources the trees take some 140 MB. Folders that builds stopped
 * midway left behind are taken away first. Taking away a running build's folder does it no harm: its pages then parse
 * their bodies themselves.
 */
export function handedTreesFolder(cacheDir: string): string {
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const name of fs.readdirSync(cacheDir)) {
    if (name.startsWith(FOLDER_PREFIX)) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
  return fs.mkdtempSync(path.join(cacheDir, FOLDER_PREFIX));
}

/** The folder of handed trees this process was given, if any. */
export function handedTreesDir(): string | undefined {
  return process.env[HANDED_TREES_ENV] || undefined;
}

/** Where one body's tree lies: the file of the thread that wrote it, and its bytes there. */
export interface HandedTree {
  file: string;
  offset: number;
  length: number;
}

/** Handed trees by the hash of their body's text: the tree found is the tree of exactly that body. */
export type HandedTrees = Record<string, HandedTree>;

const bodyHash = (body: string) => createHash('sha256').update(body).digest('hex');

/**
 * This thread's trees, one after another in one file of its own: a file for each of 10,000 bodies took the gate about
 * 0.7 ms a file to make, most of what handing them over cost.
 */
let writing: { fd: number; file: string; offset: number } | undefined;
/** The trees this thread wrote. */
const written = new Map<string, HandedTree>();

/** Leaves a body's tree for the pages, as it was parsed, before any check reads it. A tree that cannot be written is left out: its page parses the body. */
export function handTree(dir: string, body: string, tree: Root): void {
  try {
    if (!writing) {
      const file = `trees-${process.pid}-${threadId}.json`;
      writing = { fd: fs.openSync(path.join(dir, file), 'w'), file, offset: 0 };
    }
    // Written from the string rather than from a Buffer made of it, which is held outside the heap until collected:
    // at 10,000 sources, one gate run that made such buffers peaked at 1.74 GB (0.77 GB in the next); three runs
    // writing strings peaked at 0.76 to 0.77 GB, as the gate does without handing trees over.
    const json = JSON.stringify(tree);
    const length = fs.writeSync(writing.fd, json);
    // A tree written in part is not listed; the next starts after it.
    if (length === Buffer.byteLength(json)) written.set(bodyHash(body), { file: writing.file, offset: writing.offset, length });
    writing.offset += length;
  } catch {
    // The file may now hold part of a tree that no entry points at; the entries written before it stay whole.
  }
}

/** Closes this thread's file; the trees written, for the index. */
export function finishHandedTrees(): HandedTrees {
  if (writing) fs.closeSync(writing.fd);
  writing = undefined;
  const trees = Object.fromEntries(written);
  written.clear();
  return trees;
}

/**
 * Writes the index of the trees, whole or not at all: until it is there, no page takes a tree. An index that cannot be
 * written (its folder taken away by another build, say) is left out, as a tree is: the pages parse their bodies.
 */
export function writeHandedIndex(dir: string, trees: HandedTrees): void {
  const index = path.join(dir, INDEX_FILE);
  try {
    fs.writeFileSync(`${index}.partial`, JSON.stringify(trees));
    fs.renameSync(`${index}.partial`, index);
  } catch {
    fs.rmSync(`${index}.partial`, { force: true });
  }
}

/** The index this process read, and the files it opened, kept open for the process's life: the build takes the folder away once Astro ends. */
let reading: { dir: string; trees: HandedTrees; files: Map<string, number> } | undefined;

/** The index of the trees in `dir`, or undefined while there is none. */
function readIndex(dir: string): HandedTrees | undefined {
  const file = path.join(dir, INDEX_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as HandedTrees;
  } catch (error) {
    throw new Error(`${file}: the index of the parsed bodies left by the content gate is not JSON (${(error as Error).message})`, { cause: error });
  }
}

/** The tree the gate parsed from this body, or undefined where it left none. */
export function takeTree(dir: string, body: string): Root | undefined {
  if (reading?.dir !== dir) {
    const trees = readIndex(dir);
    if (!trees) return undefined;
    for (const fd of reading?.files.values() ?? []) fs.closeSync(fd);
    reading = { dir, trees, files: new Map() };
  }
  const hash = bodyHash(body);
  const place = Object.hasOwn(reading.trees, hash) ? reading.trees[hash] : undefined;
  if (!place) return undefined;
  const file = path.join(dir, place.file);
  let fd = reading.files.get(file);
  if (fd === undefined) {
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      // Its folder was taken away after the index was read: the page parses its body.
      return undefined;
    }
    reading.files.set(file, fd);
  }
  const bytes = Buffer.alloc(place.length);
  const read = fs.readSync(fd, bytes, 0, place.length, place.offset);
  try {
    if (read !== place.length) throw new Error(`${read} of ${place.length} bytes at ${place.offset} could be read`);
    return JSON.parse(bytes.toString('utf8')) as Root;
  } catch (error) {
    throw new Error(`${file}: a parsed body left by the content gate could not be read (${(error as Error).message})`, { cause: error });
  }
}
