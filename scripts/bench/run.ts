import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listHtmlPages, pagePath } from '../build/built-pages.ts';
import { ASTRO_CLI, SITE_BUILD } from '../build/commands.ts';
import { SEARCH_BUNDLE_FOLDER } from '../build/search-index.ts';
import { contentDir, PROJECT_ROOT } from '../content/paths.ts';
import { writeBareProject } from './bare-astro.ts';
import { writeBenchContent } from './content.ts';
import { runMeasured, type Measured } from './measure.ts';
import { measureFirstSearch, measurePageWeights } from './page-weights.ts';
import {
  buildStages,
  buildTable,
  cpuLines,
  failureReason,
  goalLines,
  goals,
  peakMomentLines,
  processPeakLines,
  ratioRunLines,
  rebuildLines,
  stageLines,
  totalCpuSeconds,
  weightsTable,
  type BuildFigures,
  type RatioRuns,
  type Rebuild,
} from './report.ts';
import { largestHtmlPage, precacheBytes } from './site-figures.ts';
import { folderBytes } from './sizes.ts';

/**
 * `npm run bench [-- --sizes=1000,10000] [--rebuild] [--ratio-runs=N] [--keep]`: builds the real site and synthetic sites of the given sizes
 * (also LMS_BENCH_SIZES), each beside a bare Astro build of the same MDX, measures each build's time, memory and CPU
 * time by process, each site's largest page,
 * service-worker precache and first search (Chromium through nginx), loads each page type of the real site, and
 * prints the figures against the project's goals. With --rebuild, each site and its bare twin are built a second
 * time keeping the first build's caches, as an author's next build would be; the goals stay on the first build. With
 * --ratio-runs=N, each synthetic site and its bare twin are built N times, taking turns, and the ratio goal reads the
 * medians: between two runs of the same code the ratio moved by a tenth of itself.
 * Everything is written under a scratch folder that is removed at the end (LMS_BENCH_DIR to choose and keep it).
 * Not part of `npm test`: timings belong on an idle machine.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'ratio-runs': { type: 'string', default: '1' },
  },
});
const ratioRunCount = Number(values['ratio-runs']);
if (!Number.isInteger(ratioRunCount) || ratioRunCount < 1)
  throw new Error(`--ratio-runs must be a whole number of 1 or more, not ${values['ratio-runs']}`);
const sizes = (values.sizes ?? process.env.LMS_BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
// Inside the project on purpose: Astro stages its page renderer beside an output folder inside the project,
// but in the project's shared .astro/ folder for one outside it, where a build running at the same time would overwrite it.
const scratchRoot = path.join(PROJECT_ROOT, '.cache', 'bench');
fs.mkdirSync(scratchRoot, { recursive: true });
const work = process.env.LMS_BENCH_DIR ?? fs.mkdtempSync(path.join(scratchRoot, 'run-'));

/**
 * A build that exits with an error keeps its time and memory and says why it stopped, so one size cannot sink the run.
 * Each starts from an empty cache unless `keepCache`: a rebuild finds what the build before it cached.
 */
async function measuredBuild(
  command: readonly string[],
  cwd: string,
  dir: string,
  env: Record<string, string> = {},
  keepCache = false,
): Promise<Measured & { outDir: string; failure?: string }> {
  const outDir = path.join(dir, 'dist');
  const cacheDir = path.join(dir, 'cache');
  fs.rmSync(outDir, { recursive: true, force: true });
  if (!keepCache) fs.rmSync(cacheDir, { recursive: true, force: true });
  const measured = await runMeasured(process.execPath, [...command], {
    cwd,
    env: { ...process.env, ...env, LMS_OUT_DIR: outDir, LMS_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (measured.status === 0) return { ...measured, outDir };
  process.stderr.write(`build in ${cwd} failed:\n${measured.output.slice(-4000)}\n`);
  return { ...measured, outDir, failure: failureReason(measured.output, measured.status) };
}

const loadNow = () => os.loadavg()[0] ?? 0;

async function ourBuild(
  label: string,
  synthetic: number,
  dir: string,
  env: Record<string, string>,
): Promise<BuildFigures & { outDir: string }> {
  process.stderr.write(`building ${label}…\n`);
  const loadAtStart = loadNow();
  const build = await measuredBuild([SITE_BUILD], PROJECT_ROOT, dir, env);
  const figures = {
    label,
    synthetic,
    loadAtStart,
    ms: build.ms,
    peakBytes: build.peakBytes,
    processPeaks: build.processPeaks,
    peakMoment: build.peakMoment,
    processCpu: build.processCpu,
    stages: buildStages(build.output),
    outDir: build.outDir,
  };
  if (build.failure) return { ...figures, failure: build.failure, distBytes: 0 };
  process.stderr.write(`searching ${label} in Chromium…\n`);
  const search = await measureFirstSearch(build.outDir, path.join(dir, 'nginx'));
  return {
    ...figures,
    distBytes: folderBytes(build.outDir),
    indexBytes: folderBytes(path.join(build.outDir, SEARCH_BUNDLE_FOLDER)),
    largestPage: largestHtmlPage(build.outDir),
    precacheBytes: precacheBytes(build.outDir),
    firstSearchBytes: search?.first.total,
  };
}

/** The site built again at once with the first build's caches, and its bare twin too when there is one. */
async function rebuild(label: string, dir: string, env: Record<string, string>, bareDir?: string): Promise<Rebuild> {
  process.stderr.write(`building ${label} again with the first build's caches…\n`);
  const ours = await measuredBuild([SITE_BUILD], PROJECT_ROOT, dir, env, true);
  const figures = { ms: ours.ms, peakBytes: ours.peakBytes, failure: ours.failure, stages: buildStages(ours.output) };
  if (!bareDir) return figures;
  const bare = await measuredBuild([ASTRO_CLI, 'build'], bareDir, bareDir, {}, true);
  return { ...figures, bareMs: bare.ms, bareFailure: bare.failure };
}

/**
 * The site and its bare twin built again, each from a clean cache, taking turns (bare first, since the first pair
 * ended with it), until each has `ratioRunCount` builds; the first pair's times lead the lists.
 */
async function moreRatioRuns(
  label: string,
  dir: string,
  env: Record<string, string>,
  bareDir: string,
  firstMs: number,
  firstBareMs: number,
): Promise<RatioRuns> {
  const runs = { ms: [firstMs], bareMs: [firstBareMs] };
  for (let run = 2; run <= ratioRunCount; run += 1) {
    process.stderr.write(`building ${label} and its bare twin again, taking turns (${run} of ${ratioRunCount})…\n`);
    const bare = await measuredBuild([ASTRO_CLI, 'build'], bareDir, bareDir);
    if (bare.failure) return { ...runs, failure: `bare Astro: ${bare.failure}` };
    runs.bareMs.push(bare.ms);
    const ours = await measuredBuild([SITE_BUILD], PROJECT_ROOT, dir, env);
    if (ours.failure) return { ...runs, failure: ours.failure };
    runs.ms.push(ours.ms);
  }
  return runs;
}

// Other work on the machine slows every figure; the load at the start says how far to trust them.
const loadAtStart = loadNow();
const builds: BuildFigures[] = [];
const real = await ourBuild('real site', 0, path.join(work, 'real'), {});
if (real.failure) throw new Error(`The real site did not build (${real.failure}); page weights need it.`);
builds.push(real);
for (const size of sizes) {
  const dir = path.join(work, `synthetic-${size}`);
  const content = writeBenchContent(contentDir(), path.join(dir, 'content'), size);
  const ours = await ourBuild(`${size.toLocaleString('en')} synthetic sources`, size, dir, content.env);
  process.stderr.write(`building the same MDX with a bare Astro project…\n`);
  const bareDir = path.join(dir, 'bare');
  writeBareProject(bareDir, content.dir);
  const bare = await measuredBuild([ASTRO_CLI, 'build'], bareDir, bareDir);
  const runs =
    !ours.failure && !bare.failure && ratioRunCount > 1
      ? await moreRatioRuns(ours.label, dir, content.env, bareDir, ours.ms, bare.ms)
      : undefined;
  const again =
    values.rebuild && !ours.failure ? await rebuild(ours.label, dir, content.env, bare.failure ? undefined : bareDir) : undefined;
  builds.push({
    ...ours,
    bareMs: bare.ms,
    barePeakBytes: bare.peakBytes,
    bareCpuSeconds: totalCpuSeconds(bare.processCpu),
    bareFailure: bare.failure,
    rebuild: again,
    ratioRuns: runs,
  });
  // Each synthetic site goes as soon as it is measured.
  fs.rmSync(dir, { recursive: true, force: true });
}

process.stderr.write('loading each page type in Chromium through nginx…\n');
const weights = await measurePageWeights(real.outDir, path.join(work, 'nginx'), listHtmlPages(real.outDir).map(pagePath));
// After the page weights, which read the real site's first build.
if (values.rebuild) real.rebuild = await rebuild(real.label, path.join(work, 'real'), {});

// A larger heap for every build (NODE_OPTIONS) changes how much memory each may take, so the table says so.
const nodeOptions = process.env.NODE_OPTIONS ? `; every build ran with NODE_OPTIONS=${process.env.NODE_OPTIONS}` : '';
console.log(
  `\nBuilds (${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start; load is each build's own start; peak memory is the whole process tree${nodeOptions})\n`,
);
console.log(buildTable(builds));
console.log('\nWhere the time went (each step as the build logs it)\n');
console.log(stageLines(builds));
console.log('\nCPU time of each build, every process and thread (processes under half a second left out)\n');
console.log(cpuLines(builds));
console.log("\nPeak memory of each process over 100 MB, each at its own high point (the table's peak is the tree's total at one moment)\n");
console.log(processPeakLines(builds));
console.log("\nThe moment of each build's peak: what each kind of process held then (over 100 MB)\n");
console.log(peakMomentLines(builds));
if (ratioRunCount > 1) {
  console.log(
    `\nEach synthetic site and its bare twin built ${ratioRunCount} times, taking turns, each from a clean cache; the ratio goal reads the medians\n`,
  );
  console.log(ratioRunLines(builds));
}
if (values.rebuild) {
  console.log("\nBuilt again at once, keeping the first build's caches (content store, formatted citations, social cards); not a goal\n");
  console.log(rebuildLines(builds));
}
console.log('\nFirst visit to one page of each type, nothing cached: bytes on the wire (gzip) including headers\n');
console.log(weightsTable(weights));
console.log('\nGoals\n');
console.log(goalLines(goals(builds, weights)));

if (!values.keep && !process.env.LMS_BENCH_DIR) fs.rmSync(work, { recursive: true, force: true });
