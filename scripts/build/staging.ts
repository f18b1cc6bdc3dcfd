import fs from 'node:fs';

/** Where a build writes the site until it is whole: beside the site's folder, so that moving it in is a rename. */
export const stagingDirFor = (siteDir: string) => `${siteDir}.building`;

/** Where the site being replaced waits for the moment between the two renames. */
const replacedDirFor = (siteDir: string) => `${siteDir}.replaced`;

/**
 * Empties the staging folder, and takes away what an interrupted build left beside the site. A build stopped between
 * the two renames of promoteStaging left no site, only the one it was replacing: that one is put back.
 */
export function clearStaging(siteDir: string): void {
  fs.rmSync(stagingDirFor(siteDir), { recursive: true, force: true });
  const replaced = replacedDirFor(siteDir);
  if (fs.existsSync(replaced) && !fs.existsSync(siteDir)) fs.renameSync(replaced, siteDir);
  fs.rmSync(replaced, { recursive: true, force: true });
}

/**
 * Puts the finished site in place of the one before it. A build that fails leaves the previous site as it was, and
 * a site being served is never a mix of two builds; between the two renames there is, for a moment, no site.
 */
export function promoteStaging(siteDir: string): void {
  const replaced = replacedDirFor(siteDir);
  if (fs.existsSync(siteDir)) fs.renameSync(siteDir, replaced);
  fs.renameSync(stagingDirFor(siteDir), siteDir);
  fs.rmSync(replaced, { recursive: true, force: true });
}
