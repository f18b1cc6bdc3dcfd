import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listHtmlPages, pagePath } from '../../tests/support/site.ts';
import { contentDir, PROJECT_ROOT } from '../content/paths.ts';
import { writeBareProject } from './bare-astro.ts';
import { writeBenchContent } from './content.ts';
import { runMeasured, type Measured } from './measure.ts';
import { measurePageWeights } from './page-weights.ts';
import { buildTable, goalLines, goals, weightsTable, type BuildFigures } from './report.ts';
import { measureSearchIndex } from './search-index.ts';
import { folderBytes } from './sizes.ts';

/**
 * `npm run bench [-- --sizes=1000,5000] [--keep]`: builds the real site and synthetic sites of the given sizes
 * (also LMS_BENCH_SIZES), each beside a bare Astro build of the same MDX, then loads each page type in Chromium
 * through nginx, and prints the figures against the project's goals. Everything is written under a scratch folder
 * that is removed at the end (LMS_BENCH_DIR to choose and keep it).
 */
const { values } = parseArgs({ options: { sizes: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const sizes = (values.sizes ?? process.env.LMS_BENCH_SIZES ?? '1000,5000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
// Inside the project on purpose: Astro stages its page renderer beside an output folder inside the project,
// but in the project's shared .astro/ folder for one outside it, where a build running at the same time would overwrite it.
const scratchRoot = path.join(PROJECT_ROOT, '.cache', 'bench');
fs.mkdirSync(scratchRoot, { recursive: true });
const work = process.env.LMS_BENCH_DIR ?? fs.mkdtempSync(path.join(scratchRoot, 'run-'));
const ASTRO = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

async function astroBuild(cwd: string, dir: string, env: Record<string, string> = {}): Promise<Measured & { outDir: string }> {
  const outDir = path.join(dir, 'dist');
  const cacheDir = path.join(dir, 'cache');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const measured = await runMeasured(process.execPath, [ASTRO, 'build'], {
    cwd,
    env: { ...process.env, ...env, LMS_OUT_DIR: outDir, LMS_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (measured.status !== 0) throw new Error(`Build in ${cwd} failed:\n${measured.output}`);
  return { ...measured, outDir };
}

async function ourBuild(
  label: string,
  synthetic: number,
  dir: string,
  env: Record<string, string>,
): Promise<BuildFigures & { outDir: string }> {
  process.stderr.write(`building ${label}…\n`);
  const build = await astroBuild(PROJECT_ROOT, dir, env);
  const index = await measureSearchIndex(build.outDir, path.join(dir, 'index-scratch'));
  return {
    label,
    synthetic,
    ms: build.ms,
    peakBytes: build.peakBytes,
    distBytes: folderBytes(build.outDir),
    indexBytes: index?.bytes,
    indexMs: index?.ms,
    outDir: build.outDir,
  };
}

// Other work on the machine slows every figure; the load at the start says how far to trust them.
const loadAtStart = os.loadavg()[0] ?? 0;
const builds: BuildFigures[] = [];
const real = await ourBuild('real site', 0, path.join(work, 'real'), {});
builds.push(real);
for (const size of sizes) {
  const dir = path.join(work, `synthetic-${size}`);
  const content = path.join(dir, 'content');
  writeBenchContent(contentDir(), content, size);
  const ours = await ourBuild(`${size.toLocaleString('en')} synthetic sources`, size, dir, { LMS_CONTENT_DIR: content });
  process.stderr.write(`building the same MDX with a bare Astro project…\n`);
  const bareDir = path.join(dir, 'bare');
  writeBareProject(bareDir, content);
  const bare = await astroBuild(bareDir, bareDir);
  builds.push({ ...ours, bareMs: bare.ms });
  // Each synthetic site is only measured, never served; its files go as soon as it is.
  fs.rmSync(dir, { recursive: true, force: true });
}

process.stderr.write('loading each page type in Chromium through nginx…\n');
const weights = await measurePageWeights(real.outDir, path.join(work, 'nginx'), listHtmlPages(real.outDir).map(pagePath));

console.log(
  `\nBuilds (${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start; peak memory is the whole process tree)\n`,
);
console.log(buildTable(builds));
console.log('\nFirst visit to one page of each type, nothing cached: bytes on the wire (gzip) including headers\n');
console.log(weightsTable(weights));
console.log('\nGoals\n');
console.log(goalLines(goals(builds, weights)));

if (!values.keep && !process.env.LMS_BENCH_DIR) fs.rmSync(work, { recursive: true, force: true });
