import fs from 'node:fs';
import path from 'node:path';

/** Total bytes of every file under a folder; 0 when the folder does not exist. */
export function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => fs.statSync(path.join(dir, file)))
    .filter((stat) => stat.isFile())
    .reduce((total, stat) => total + stat.size, 0);
}
