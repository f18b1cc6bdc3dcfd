import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';

/**
 * What work a build keeps for the next one was made with: the locked dependencies and the code in `folders` (relative
 * to the project). Kept work is reused only under the same version, so a new library or a change to the code that
 * makes it starts afresh rather than serving what the old code made.
 */
export function workVersion(folders: readonly string[]): string {
  const hash = createHash('sha256').update(fs.readFileSync(path.join(PROJECT_ROOT, 'package-lock.json')));
  for (const folder of folders) {
    const dir = path.join(PROJECT_ROOT, folder);
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) hash.update(`\0${folder}/${name}\0`).update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Writes a whole file or nothing, so a build stopped mid-write leaves no half file for the next to read. */
export function writeWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}
