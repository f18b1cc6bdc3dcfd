import { formatBytes } from '../format/bytes.ts';
import { plainMedian } from '../stats/median.ts';
import type { MeasuredPage, PageWeights, Transfer } from './page-weights.ts';
import type { LargestPage } from './site-figures.ts';

/** Figures for one build of the site. Fields are undefined where the build has nothing to measure. */
export interface BuildFigures {
  label: string;
  /** Synthetic sources added to the real ones; 0 for the real site. */
  synthetic: number;
  /** One-minute load average of the machine as this build started: other work slows every figure. */
  loadAtStart: number;
  ms: number;
  peakBytes: number;
  /** Highest memory of each kind of process in the build (the gate, Astro, Pagefind…), each at its own high point. */
  processPeaks?: Readonly<Record<string, number>>;
  /** When the build's processes together held the most memory, and what each kind held then. */
  peakMoment?: { ms: number; parts: Readonly<Record<string, number>> };
  /** Seconds of CPU time of each kind of process in the build, every thread counted. */
  processCpu?: Readonly<Record<string, number>>;
  distBytes: number;
  indexBytes?: number;
  /** Why the build stopped, when it exited with an error; its time and memory are up to that point. */
  failure?: string;
  /** The same MDX built by a bare Astro project, in the same run. */
  bareMs?: number;
  barePeakBytes?: number;
  /** Seconds of CPU time of the bare build, every process and thread counted. */
  bareCpuSeconds?: number;
  bareFailure?: string;
  /** Where the build's time went, stage by stage, as its own log reports it. */
  stages?: readonly Stage[];
  largestPage?: LargestPage;
  /** What the service worker's install downloads. */
  precacheBytes?: number;
  /** Bytes on the wire for the search bundle and the first query, nothing cached. */
  firstSearchBytes?: number;
  /** The same site built again at once, keeping what the first build cached (`--rebuild`); beside the goals, not one of them. */
  rebuild?: Rebuild;
  /** With `--ratio-runs`: the times of every build of this size and of its bare twin, the first included, built taking turns. */
  ratioRuns?: RatioRuns;
}

/** The builds the ratio goal reads when there is more than one of each: the machine's noise is of the size of the goal. */
export interface RatioRuns {
  ms: readonly number[];
  bareMs: readonly number[];
  /** Why one of the builds after the first stopped, if one did. */
  failure?: string;
}

/** The median build of each side, and ours as a multiple of bare Astro's; undefined while a side has no build. */
function medianRatio(runs: RatioRuns): { ours: number; bare: number; ratio: string } | undefined {
  const [ours, bare] = [plainMedian(runs.ms), plainMedian(runs.bareMs)];
  return ours === undefined || bare === undefined ? undefined : { ours, bare, ratio: `${(ours / bare).toFixed(2)}x` };
}

/** A second build that finds the first one's caches: Astro's content store, formatted citations, drawn social cards. */
export type Rebuild = Pick<BuildFigures, 'ms' | 'peakBytes' | 'failure' | 'stages' | 'bareMs' | 'bareFailure'>;

export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Columns padded to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** What stopped a failed build, in a few words: the out-of-memory line if there is one, else its last error line. */
export function failureReason(output: string, status: number | null): string {
  if (/heap out of memory|Allocation failed/.test(output)) return 'JavaScript heap out of memory';
  const lines = output.split('\n').map((line) => line.trim());
  const error = lines.filter((line) => /error/i.test(line)).at(-1) ?? lines.filter(Boolean).at(-1);
  return `exit ${status ?? 'signal'}${error ? `: ${error.slice(0, 120)}` : ''}`;
}

const timeCell = (ms: number, failure: string | undefined) =>
  failure ? `failed after ${formatSeconds(ms)} (${failure})` : formatSeconds(ms);

const orDash = <T>(value: T | undefined, format: (value: T) => string) => (value === undefined ? '-' : format(value));

export function buildTable(builds: readonly BuildFigures[]): string {
  const header = [
    'build',
    'load',
    'time',
    'per source',
    'peak memory',
    'bare Astro',
    'ours / bare',
    'bare peak',
    'largest HTML page',
    'precache',
    'first search',
    'dist size',
    'search index',
  ];
  const rows = builds.map((build) => [
    build.label,
    build.loadAtStart.toFixed(1),
    timeCell(build.ms, build.failure),
    build.synthetic > 0 && !build.failure ? `${(build.ms / build.synthetic).toFixed(1)} ms` : '-',
    formatBytes(build.peakBytes),
    orDash(build.bareMs, (bare) => timeCell(bare, build.bareFailure)),
    build.failure || build.bareFailure ? '-' : orDash(build.bareMs, (bare) => `${(build.ms / bare).toFixed(2)}x`),
    orDash(build.barePeakBytes, formatBytes),
    orDash(build.largestPage, (page) => `${formatBytes(page.bytes)} ${page.path}`),
    orDash(build.precacheBytes, formatBytes),
    orDash(build.firstSearchBytes, formatBytes),
    formatBytes(build.distBytes),
    orDash(build.indexBytes, formatBytes),
  ]);
  return table([header, ...rows]);
}

/** One step of a build and the seconds it took. */
export interface Stage {
  stage: string;
  seconds: number;
}

/**
 * The steps of a build, from the lines Astro and the review's integrations log when each one ends: checking the
 * content, bundling, writing pages, then each step run on the finished pages.
 */
const DURATION = String.raw`((?:\d+m )?[\d.]+ ?m?s)`;
const STAGE_LINES: readonly { stage: string; pattern: RegExp }[] = [
  { stage: 'content check', pattern: new RegExp(String.raw`\[content-gate\] .* checked in ${DURATION}`) },
  { stage: 'bundling (Vite)', pattern: new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`) },
  { stage: 'writing pages', pattern: new RegExp(String.raw`^\S+ ✓ Completed in ${DURATION}\.$`, 'm') },
  { stage: 'search index', pattern: new RegExp(String.raw`\[search-index\] .* in ${DURATION}`) },
  { stage: 'social cards', pattern: new RegExp(String.raw`\[social-cards\] .* in ${DURATION}`) },
  { stage: 'service worker', pattern: new RegExp(String.raw`\[service-worker\] service worker .* in ${DURATION}`) },
];

/** "1m 21s", "16.43s", "118ms", "12.3 s" → seconds; undefined for anything else. */
export function durationSeconds(text: string): number | undefined {
  const [, minutes, amount, unit] = /^(?:(\d+)m )?(\d+(?:\.\d+)?) ?(m?s)$/.exec(text) ?? [];
  if (amount === undefined) return undefined;
  return Number(minutes ?? 0) * 60 + Number(amount) / (unit === 'ms' ? 1000 : 1);
}

export function buildStages(output: string): Stage[] {
  return STAGE_LINES.flatMap(({ stage, pattern }) => {
    const seconds = durationSeconds(pattern.exec(output)?.[1] ?? '');
    return seconds === undefined ? [] : [{ stage, seconds }];
  });
}

const stepList = (stages: readonly Stage[]) => stages.map(({ stage, seconds }) => `${stage} ${seconds.toFixed(1)} s`).join(', ');

export function stageLines(builds: readonly BuildFigures[]): string {
  return builds
    .filter((build) => build.stages && build.stages.length > 0)
    .map((build) => `${build.label}: ${stepList(build.stages ?? [])}`)
    .join('\n');
}

/** How each size built a second time with the first build's caches, beside its first build: the goals are for the first. */
export function rebuildLines(builds: readonly BuildFigures[]): string {
  return builds
    .flatMap(({ label, ms, failure, bareMs, rebuild }) => {
      if (!rebuild || failure) return [];
      const time = timeCell(rebuild.ms, rebuild.failure);
      const ratio =
        rebuild.bareMs === undefined || rebuild.failure || rebuild.bareFailure
          ? ''
          : `, ${(rebuild.ms / rebuild.bareMs).toFixed(2)}x bare Astro's rebuild`;
      const bare =
        rebuild.bareMs === undefined
          ? ''
          : `; bare Astro ${timeCell(rebuild.bareMs, rebuild.bareFailure)} (first ${orDash(bareMs, formatSeconds)})`;
      const steps = rebuild.stages?.length ? `; ${stepList(rebuild.stages)}` : '';
      return [`${label}: ${time} (first ${formatSeconds(ms)})${ratio}, peak ${formatBytes(rebuild.peakBytes)}${bare}${steps}`];
    })
    .join('\n');
}

/** Every build of each size and of its bare twin, with the ratio of their medians, which the ratio goal reads. */
export function ratioRunLines(builds: readonly BuildFigures[]): string {
  return builds
    .flatMap(({ label, ratioRuns: runs }) => {
      if (!runs || (runs.ms.length < 2 && !runs.failure)) return [];
      const times = (values: readonly number[]) => values.map((ms) => formatSeconds(ms)).join(', ');
      const medians = medianRatio(runs);
      const result = runs.failure
        ? `a later build failed (${runs.failure})`
        : medians && `median ${formatSeconds(medians.ours)} against ${formatSeconds(medians.bare)}: ${medians.ratio}`;
      return [`${label}: ours ${times(runs.ms)}; bare Astro ${times(runs.bareMs)}; ${result}`];
    })
    .join('\n');
}

/** Processes under this are left out of the lines below: npm, the shell and the like. */
const SMALL_PROCESS = 100e6;

/** Each build's largest processes, largest first: which one sets the build's peak, and by how much. */
export function processPeakLines(builds: readonly BuildFigures[]): string {
  return builds
    .filter((build) => build.processPeaks)
    .map((build) => {
      const peaks = Object.entries(build.processPeaks ?? {})
        .filter(([, bytes]) => bytes >= SMALL_PROCESS)
        .sort(([, a], [, b]) => b - a);
      return `${build.label}: ${peaks.map(([label, bytes]) => `${label} ${formatBytes(bytes)}`).join(', ')}`;
    })
    .join('\n');
}

/** Processes with less CPU time than this are left out of the lines below: npm, the shell and the like. */
const SMALL_CPU_SECONDS = 0.5;

/** The seconds of every process of a build, added up. */
export const totalCpuSeconds = (byProcess: Readonly<Record<string, number>>) =>
  Object.values(byProcess).reduce((sum, seconds) => sum + seconds, 0);

/**
 * Each build's CPU time, with how many cores it kept busy on average and the processes that took it, most first;
 * beside it the bare Astro build's. On a machine whose cores are all busy, wall-clock time follows CPU time, and CPU
 * time says which process to make cheaper whatever else the machine was doing.
 */
export function cpuLines(builds: readonly BuildFigures[]): string {
  return builds
    .filter((build) => build.processCpu)
    .map((build) => {
      const byProcess = build.processCpu ?? {};
      const total = totalCpuSeconds(byProcess);
      const processes = Object.entries(byProcess)
        .filter(([, seconds]) => seconds >= SMALL_CPU_SECONDS)
        .sort(([, a], [, b]) => b - a)
        .map(([label, seconds]) => `${label} ${seconds.toFixed(1)} s`);
      const cores = build.ms > 0 ? `, ${(total / (build.ms / 1000)).toFixed(2)} cores busy on average` : '';
      const bare =
        build.bareCpuSeconds === undefined || build.bareFailure
          ? ''
          : `; bare Astro ${build.bareCpuSeconds.toFixed(1)} s (ours ${(total / build.bareCpuSeconds).toFixed(2)}x)`;
      return `${build.label}: ${total.toFixed(1)} s${cores} (${processes.join(', ')})${bare}`;
    })
    .join('\n');
}

/** Each build's processes at the moment their total was highest: which held the memory that sets the peak. */
export function peakMomentLines(builds: readonly BuildFigures[]): string {
  return builds
    .filter((build) => build.peakMoment)
    .map((build) => {
      const { ms, parts } = build.peakMoment ?? { ms: 0, parts: {} };
      const held = Object.entries(parts)
        .filter(([, bytes]) => bytes >= SMALL_PROCESS)
        .sort(([, a], [, b]) => b - a)
        .map(([label, bytes]) => `${label} ${formatBytes(bytes)}`);
      return `${build.label}: at ${formatSeconds(ms)} of ${formatSeconds(build.ms)}, ${held.join(', ')}`;
    })
    .join('\n');
}

const transferCells = (transfer: Transfer) => [
  formatBytes(transfer.html),
  formatBytes(transfer.css),
  formatBytes(transfer.js),
  formatBytes(transfer.other),
  formatBytes(transfer.total),
  String(transfer.requests),
];

/** The page of a type with the most bytes of one kind. */
export function heaviest(pages: readonly MeasuredPage[], kind: keyof Transfer): MeasuredPage | undefined {
  return pages.reduce<MeasuredPage | undefined>(
    (worst, page) => (!worst || page.transfer[kind] > worst.transfer[kind] ? page : worst),
    undefined,
  );
}

export function weightsTable(weights: PageWeights): string {
  const header = ['page type', 'heaviest page (of all of its type)', 'HTML', 'CSS', 'JS', 'other', 'total', 'requests'];
  const rows = weights.types.map(({ type, pages }) => {
    const worst = heaviest(pages, 'total');
    return worst ? [type, `${worst.path} (of ${pages.length})`, ...transferCells(worst.transfer)] : [type, 'not present'];
  });
  const search = weights.search
    ? [
        ['first search', '', ...transferCells(weights.search.first)],
        ['second search', '', ...transferCells(weights.search.second)],
      ]
    : [['search', 'not present']];
  return table([header, ...rows, ...search]);
}

export interface Goal {
  goal: string;
  /** What was measured, in words; undefined when the figure could not be measured. */
  measured?: string;
  met?: boolean;
}

const TEXT_PAGES = ['home', 'source', 'question'];
const CHART_PAGES = ['comparison'];

/** The project's performance goals, each against what this run measured. */
export function goals(builds: readonly BuildFigures[], weights: PageWeights): Goal[] {
  const real = builds.find((build) => build.synthetic === 0);
  const size = (sources: number) => builds.find((build) => build.synthetic === sources);
  const [thousand, tenThousand] = [size(1000), size(10000)];
  const perSource = (build: BuildFigures) => build.ms / build.synthetic;
  const everySize = (words: string, value: (build: BuildFigures) => number | undefined, limit: number): Goal => {
    const measured = builds.flatMap((build) => {
      const figure = value(build);
      return figure === undefined ? [] : [{ build, figure }];
    });
    const worst = measured.reduce<(typeof measured)[number] | undefined>(
      (top, entry) => (!top || entry.figure > top.figure ? entry : top),
      undefined,
    );
    return {
      goal: `${words} at any size`,
      measured: worst && `${formatBytes(worst.figure)} at most (${worst.build.label})`,
      met: worst && measured.length === builds.length ? worst.figure <= limit : undefined,
    };
  };
  const failed = (build: BuildFigures) =>
    `build failed after ${formatSeconds(build.ms)} (${build.failure}), at ${formatBytes(build.peakBytes)}`;
  const ratio = (build: BuildFigures | undefined) => {
    if (build?.bareMs === undefined) return { measured: undefined, met: undefined };
    if (build.failure || build.bareFailure)
      return { measured: build.failure ? failed(build) : `bare Astro build failed (${build.bareFailure})`, met: false };
    const runs = build.ratioRuns;
    if (runs?.failure) return { measured: `a later build failed (${runs.failure})`, met: false };
    const medians = runs && runs.ms.length > 1 ? medianRatio(runs) : undefined;
    if (runs && medians)
      return { measured: `${medians.ratio}, medians of ${runs.ms.length} builds each`, met: medians.ours <= 2 * medians.bare };
    return { measured: `${(build.ms / build.bareMs).toFixed(2)}x`, met: build.ms <= 2 * build.bareMs };
  };
  const list: Goal[] = [
    { goal: 'real site builds in 20 s or less', measured: real && formatSeconds(real.ms), met: real && real.ms <= 20_000 },
    {
      goal: '1,000 sources peak at 1.5 GB of memory or less',
      measured: thousand && (thousand.failure ? failed(thousand) : formatBytes(thousand.peakBytes)),
      met: thousand && !thousand.failure && thousand.peakBytes <= 1.5e9,
    },
    { goal: '1,000 sources build in 2 x the time of a bare Astro build of the same MDX or less (same run)', ...ratio(thousand) },
    {
      goal: '10,000 sources build in 10 minutes or less',
      measured: tenThousand && (tenThousand.failure ? failed(tenThousand) : formatSeconds(tenThousand.ms)),
      met: tenThousand && !tenThousand.failure && tenThousand.ms <= 600_000,
    },
    {
      goal: '10,000 sources peak at 3 GB of memory or less',
      measured: tenThousand && (tenThousand.failure ? failed(tenThousand) : formatBytes(tenThousand.peakBytes)),
      met: tenThousand && !tenThousand.failure && tenThousand.peakBytes <= 3e9,
    },
    {
      goal: 'time per source grows by 15 % or less from 1,000 to 10,000 sources',
      measured:
        thousand && tenThousand && !thousand.failure && !tenThousand.failure
          ? `${perSource(thousand).toFixed(1)} ms to ${perSource(tenThousand).toFixed(1)} ms per source (x${(perSource(tenThousand) / perSource(thousand)).toFixed(2)})`
          : undefined,
      met:
        thousand && tenThousand
          ? !thousand.failure && !tenThousand.failure && perSource(tenThousand) <= 1.15 * perSource(thousand)
          : undefined,
    },
    everySize('no HTML page over 500 kB', (build) => build.largestPage?.bytes, 500_000),
    everySize('service-worker precache 5 MB or less', (build) => build.precacheBytes, 5_000_000),
    {
      goal: 'first search at 10,000 sources: 150 kB or less transferred',
      measured: tenThousand?.firstSearchBytes === undefined ? undefined : formatBytes(tenThousand.firstSearchBytes),
      met: tenThousand?.firstSearchBytes === undefined ? undefined : tenThousand.firstSearchBytes <= 150_000,
    },
  ];
  const limit = (type: string, kind: 'total' | 'js', bytes: number, words: string): Goal => {
    const worst = heaviest(weights.types.find((entry) => entry.type === type)?.pages ?? [], kind);
    const measured = worst && `${formatBytes(worst.transfer[kind])} (${worst.path})`;
    return { goal: `${type} pages: ${words}`, measured, met: worst && worst.transfer[kind] <= bytes };
  };
  for (const type of TEXT_PAGES) {
    list.push(limit(type, 'total', 30_000, '30 kB or less transferred'), limit(type, 'js', 5_000, '5 kB or less of JavaScript'));
  }
  for (const type of CHART_PAGES) list.push(limit(type, 'js', 90_000, '90 kB or less of JavaScript'));
  const first = weights.search?.first;
  list.push({
    goal: 'first search on the real site: 150 kB or less transferred',
    measured: first && formatBytes(first.total),
    met: first && first.total <= 150_000,
  });
  return list;
}

export function goalLines(list: readonly Goal[]): string {
  return list
    .map((goal) => {
      const verdict = goal.met === undefined ? 'not measured' : goal.met ? 'met' : 'NOT MET';
      return `${`[${verdict}]`.padEnd(15)} ${goal.goal}${goal.measured ? `: ${goal.measured}` : ''}`;
    })
    .join('\n');
}
