import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Root } from 'mdast';

/**
 * Set by the site's build for the content gate and Astro: a folder of that build's own where the gate leaves each MDX
 * body's parsed tree, and where Astro's pages take it rather than parse the body a second time. Parsing the bodies of
 * 1,000 synthetic sources took 1.1 s, reading their trees as JSON 0.06 s; in full builds of those sources, Astro's
 * process took 20.6 to 21.0 s of CPU time against 22.4 to 24.3 s. Astro renders no page before the gate's verdict,
 * so by then every tree is written.
 */
export const HANDED_TREES_ENV = 'LMS_HANDED_TREES_DIR';

/** Names the folders of handed trees in the build's cache folder. */
const FOLDER_PREFIX = 'handed-trees-';

/**
 * A new, empty folder for a build's handed trees, in its cache folder (`cacheDir`): on the disk rather than in a temporary
 * folder that may be held in memory, since at 10,000 sources the trees take some 170 MB. Folders that builds stopped
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

/** Bodies are named by their text, so the tree found is the tree of exactly this body. */
function treeFile(dir: string, body: string): string {
  return path.join(dir, `${createHash('sha256').update(body).digest('hex')}.json`);
}

/**
 * Leaves a body's tree for the pages, as it was parsed, before any check reads it. Written under a name of its own and
 * then renamed, so a tree is never read half written. A tree that cannot be written is left out: the page parses the body.
 */
export function handTree(dir: string, body: string, tree: Root): void {
  const file = treeFile(dir, body);
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  try {
    fs.writeFileSync(partial, JSON.stringify(tree));
    fs.renameSync(partial, file);
  } catch {
    fs.rmSync(partial, { force: true });
  }
}

/** The tree the gate parsed from this body, or undefined where it left none. */
export function takeTree(dir: string, body: string): Root | undefined {
  const file = treeFile(dir, body);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as Root;
  } catch (error) {
    throw new Error(`${file}: the parsed body left by the content gate is not JSON (${(error as Error).message})`, { cause: error });
  }
}
