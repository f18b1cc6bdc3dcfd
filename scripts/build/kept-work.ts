import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';

/**
 * What work a build keeps for the next one was made with: the installed dependencies (package-lock.json and the
 * fixes in patches/ applied to them) and the code in `folders`, relative to `root`. Kept work is reused only under the
 * same version, so a new library, a new patch or a change to the code that makes it starts afresh rather than serving
 * what the old code made.
 */
export function workVersion(folders: readonly string[], root = PROJECT_ROOT): string {
  const hash = createHash('sha256').update(fs.readFileSync(path.join(root, 'package-lock.json')));
  for (const folder of ['patches', ...folders]) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) hash.update(`\0${folder}/${name}\0`).update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Makes `file` under a temporary name, then renames it, so a build stopped midway leaves no half file for the next to read. */
function placeWhole(file: string, make: (partial: string) => void): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.rmSync(partial, { force: true });
  make(partial);
  fs.renameSync(partial, file);
}

/** Writes a whole file or nothing; always a new file, never into one another name links to. */
export function writeWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  placeWhole(file, (partial) => fs.writeFileSync(partial, data));
}

/**
 * Puts `from` at `to` as a hard link, or a copy where no link can be made (another disk, a file system without
 * links), whole or not at all. Fails if `from` does not exist.
 */
export function linkWhole(from: string, to: string): void {
  try {
    // A link is made whole or not at all: where one can be made at once, no temporary name is needed.
    fs.linkSync(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync(from)) throw error;
  }
  placeWhole(to, (partial) => {
    try {
      fs.linkSync(from, partial);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
      fs.copyFileSync(from, partial);
    }
  });
}
