import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** sha256 of every file under a folder, keyed by its path relative to the folder, in path order. */
export function hashManifest(dir: string): Record<string, string> {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  return Object.fromEntries(
    files.map((file) => [
      file,
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Files present in only one manifest or with different contents. */
export function manifestDifferences(a: Record<string, string>, b: Record<string, string>): string[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.flatMap((name) => {
    if (!(name in a)) return [`${name}: only in the second build`];
    if (!(name in b)) return [`${name}: only in the first build`];
    return a[name] === b[name] ? [] : [`${name}: contents differ`];
  });
}
