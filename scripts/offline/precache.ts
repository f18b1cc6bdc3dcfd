import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The service worker's install downloads its precache list, so the list is chosen, not globbed: groups in order
 * of need, each taken whole or not at all while the total stays within a budget. A small review is precached
 * entire; a large one gets its shell, its search engine and the pages readers need first, and keeps the rest
 * as it is read. A group is whole or absent because half a search index would answer searches wrongly.
 */

export interface BuiltFile {
  /** Path inside the built site, with forward slashes ("questions/x/index.html"). */
  path: string;
  bytes: number;
}

export interface PrecacheGroup {
  /** What the group is, for the build log. */
  name: string;
  /** Whether a file belongs to the group; a file joins the first group that claims it. */
  has: (file: string) => boolean;
}

export interface GroupChoice {
  name: string;
  files: BuiltFile[];
  bytes: number;
  precached: boolean;
}

export interface PrecacheChoice {
  files: BuiltFile[];
  bytes: number;
  groups: GroupChoice[];
}

/** Takes each group whole, in order, while the running total stays within the budget; a group too big is skipped. */
export function choosePrecache(files: readonly BuiltFile[], groups: readonly PrecacheGroup[], budget: number): PrecacheChoice {
  const members = groups.map((group) => ({ name: group.name, files: [] as BuiltFile[] }));
  for (const file of files) members[groups.findIndex((group) => group.has(file.path))]?.files.push(file);
  let bytes = 0;
  const chosen = members.map(({ name, files: groupFiles }) => {
    const size = groupFiles.reduce((sum, file) => sum + file.bytes, 0);
    const precached = groupFiles.length > 0 && bytes + size <= budget;
    if (precached) bytes += size;
    return { name, files: groupFiles, bytes: size, precached };
  });
  return { files: chosen.filter((group) => group.precached).flatMap((group) => group.files), bytes, groups: chosen };
}

/** Every file of a built site with its size, in path order. */
export function listBuiltFiles(siteDir: string): BuiltFile[] {
  return fs
    .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => ({ file, stat: fs.statSync(path.join(siteDir, file)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ file, stat }) => ({ path: file.split(path.sep).join('/'), bytes: stat.size }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Workbox's own kind of revision: the MD5 of the content, so two builds of the same content give the same worker. */
export function contentRevision(file: string): string {
  return crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');
}
