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
  distBytes: number;
  indexBytes?: number;
  indexMs?: number;
  /** The same MDX built by a bare Astro project, in the same run. */
  bareMs?: number;
  largestPage?: LargestPage;
  /** What the service worker's install downloads. */
  precacheBytes?: number;
  /** Bytes on the wire for the search bundle and the first query, nothing cached. */
  firstSearchBytes?: number;
}

/** Decimal units throughout, as the goals are written: 1 kB = 1,000 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e3).toFixed(1)} kB`;
}

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
    'largest HTML page',
    'precache',
    'first search',
    'dist size',
    'search index',
  ];
  const rows = builds.map((build) => [
    build.label,
    build.loadAtStart.toFixed(1),
    formatSeconds(build.ms),
    build.synthetic > 0 ? `${(build.ms / build.synthetic).toFixed(1)} ms` : '-',
    formatBytes(build.peakBytes),
    orDash(build.bareMs, formatSeconds),
    orDash(build.bareMs, (bare) => `${(build.ms / bare).toFixed(2)}x`),
    orDash(build.largestPage, (page) => `${formatBytes(page.bytes)} ${page.path}`),
    orDash(build.precacheBytes, formatBytes),
    orDash(build.firstSearchBytes, formatBytes),
    formatBytes(build.distBytes),
    orDash(build.indexBytes, formatBytes),
  ]);
  return table([header, ...rows]);
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
  const list: Goal[] = [
    { goal: 'real site builds in 20 s or less', measured: real && formatSeconds(real.ms), met: real && real.ms <= 20_000 },
    {
      goal: '1,000 sources peak at 1.5 GB of memory or less',
      measured: thousand && formatBytes(thousand.peakBytes),
      met: thousand && thousand.peakBytes <= 1.5e9,
    },
    {
      goal: '1,000 sources build in 2 x the time of a bare Astro build of the same MDX or less (same run)',
      measured: thousand?.bareMs === undefined ? undefined : `${(thousand.ms / thousand.bareMs).toFixed(2)}x`,
      met: thousand?.bareMs === undefined ? undefined : thousand.ms <= 2 * thousand.bareMs,
    },
    {
      goal: '10,000 sources build in 10 minutes or less',
      measured: tenThousand && formatSeconds(tenThousand.ms),
      met: tenThousand && tenThousand.ms <= 600_000,
    },
    {
      goal: '10,000 sources peak at 3 GB of memory or less',
      measured: tenThousand && formatBytes(tenThousand.peakBytes),
      met: tenThousand && tenThousand.peakBytes <= 3e9,
    },
    {
      goal: 'time per source grows by 15 % or less from 1,000 to 10,000 sources',
      measured:
        thousand && tenThousand
          ? `${perSource(thousand).toFixed(1)} ms to ${perSource(tenThousand).toFixed(1)} ms per source (x${(perSource(tenThousand) / perSource(thousand)).toFixed(2)})`
          : undefined,
      met: thousand && tenThousand ? perSource(tenThousand) <= 1.15 * perSource(thousand) : undefined,
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
