import type { MeasuredPage, PageWeights, Transfer } from './page-weights.ts';

/** Figures for one build of the site. Search fields are undefined where the site has no search index. */
export interface BuildFigures {
  label: string;
  /** Synthetic sources added to the real ones; 0 for the real site. */
  synthetic: number;
  ms: number;
  peakBytes: number;
  distBytes: number;
  indexBytes?: number;
  indexMs?: number;
  /** The same MDX built by a bare Astro project. */
  bareMs?: number;
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

export function buildTable(builds: readonly BuildFigures[]): string {
  const header = ['build', 'time', 'peak memory', 'dist size', 'search index', 'indexing', 'bare Astro', 'ours / bare'];
  const rows = builds.map((build) => [
    build.label,
    formatSeconds(build.ms),
    formatBytes(build.peakBytes),
    formatBytes(build.distBytes),
    build.indexBytes === undefined ? 'not present' : formatBytes(build.indexBytes),
    build.indexMs === undefined ? 'not present' : formatSeconds(build.indexMs),
    build.bareMs === undefined ? '-' : formatSeconds(build.bareMs),
    build.bareMs === undefined ? '-' : `${(build.ms / build.bareMs).toFixed(2)}x`,
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
  const synthetic = builds.filter((build) => build.synthetic > 0).sort((a, b) => a.synthetic - b.synthetic);
  const thousand = synthetic.find((build) => build.synthetic === 1000);
  const [smallest, largest] = [synthetic[0], synthetic.at(-1)];
  const list: Goal[] = [
    { goal: 'real site builds in 20 s or less', measured: real && formatSeconds(real.ms), met: real && real.ms <= 20_000 },
    {
      goal: '1,000 sources build in 60 s or less',
      measured: thousand && formatSeconds(thousand.ms),
      met: thousand && thousand.ms <= 60_000,
    },
    {
      goal: '1,000 sources peak at 2 GB of memory or less',
      measured: thousand && formatBytes(thousand.peakBytes),
      met: thousand && thousand.peakBytes <= 2e9,
    },
  ];
  if (smallest && largest && smallest !== largest) {
    const timeGrowth = largest.ms / smallest.ms;
    const sizeGrowth = largest.synthetic / smallest.synthetic;
    list.push({
      goal: `build time grows no faster than the number of sources (${smallest.synthetic} to ${largest.synthetic})`,
      measured: `time x${timeGrowth.toFixed(2)} for x${sizeGrowth.toFixed(2)} the sources`,
      met: timeGrowth <= sizeGrowth,
    });
  } else {
    list.push({ goal: 'build time grows no faster than the number of sources' });
  }
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
    goal: 'first search: 150 kB or less transferred',
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
