import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Measured {
  status: number | null;
  /** Wall-clock time from start to exit. */
  ms: number;
  /** Highest total resident memory of the process and all its descendants, sampled every 50 ms (or the process's own high-water mark, if higher). */
  peakBytes: number;
  /** Highest resident memory of any one process of each kind (processLabel), each at its own high point. */
  processPeaks: Record<string, number>;
  /** The sample with the highest total: when it was taken (ms from the start) and what each kind of process held then. */
  peakMoment: { ms: number; parts: Record<string, number> };
  /**
   * CPU time, in seconds, of the processes of each kind (processLabel), every thread of each counted: what a build
   * costs whatever else the machine is doing, where its wall-clock time depends on the cores it gets.
   */
  processCpu: Record<string, number>;
  output: string;
}

/** What a process of a build is, from its arguments: its script or program, named for the reader of the benchmark. */
export function processLabel(args: readonly string[]): string {
  const program = path.basename(args[0] ?? '');
  if (program.startsWith('pagefind')) return 'Pagefind';
  if (args.some((arg) => arg.endsWith('check-content.ts'))) return 'content gate';
  if (args.some((arg) => arg.endsWith('astro.mjs'))) return 'Astro';
  if (args.some((arg) => arg.endsWith('draw-cards.ts'))) return 'social-card drawer';
  if (args.some((arg) => arg.endsWith(path.join('build', 'site.ts')))) return 'build script and finishing steps';
  return program || 'unknown';
}

/** "VmRSS:    1234 kB" → bytes; 0 where the line is missing (a zombie has none). */
export function statusKilobytes(status: string, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The fields of /proc/<pid>/stat from the third (state) on; the command name in brackets may hold spaces, so read after its closing bracket. */
const fieldsAfterName = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** Parent pid from /proc/<pid>/stat (field 4). */
export function parentPid(stat: string): number {
  return Number(fieldsAfterName(stat)[1]);
}

/**
 * Clock ticks of CPU time a process has had, in user and kernel mode, from /proc/<pid>/stat (fields 14 and 15). A
 * process that has ended but is not yet reaped still reports its final figures.
 */
export function cpuTicks(stat: string): number {
  const fields = fieldsAfterName(stat);
  return Number(fields[11]) + Number(fields[12]);
}

let ticksPerSecond: number | undefined;

/** The unit of /proc's CPU times (USER_HZ), 100 on the usual Linux builds; asked of the system once. */
function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

interface ProcessSample {
  pid: number;
  label: string;
  bytes: number;
  ticks: number;
}

/** Resident memory and CPU time so far of each process of a tree now, with what it is. */
function sampleTree(root: number): ProcessSample[] {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(path.join('/proc', name, 'stat'));
    if (!stat) continue;
    const parent = parentPid(stat);
    stats.set(Number(name), stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const processes: ProcessSample[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const label = processLabel(read(`/proc/${pid}/cmdline`).split('\0'));
    const stat = stats.get(pid);
    processes.push({ pid, label, bytes: statusKilobytes(read(`/proc/${pid}/status`), 'VmRSS'), ticks: stat ? cpuTicks(stat) : 0 });
    queue.push(...(children.get(pid) ?? []));
  }
  return processes;
}

/** Seconds of CPU time by kind of process, from the last figures seen for each process. */
function cpuByLabel(seen: ReadonlyMap<number, { label: string; ticks: number }>): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const { label, ticks } of seen.values()) seconds[label] = (seconds[label] ?? 0) + ticks / clockTicksPerSecond();
  return seconds;
}

/**
 * Runs a command to completion while sampling the memory and CPU time of its whole process tree. A process's CPU time
 * is its last sample's, so up to one interval (50 ms) of each process's last moments may go uncounted.
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const processPeaks: Record<string, number> = {};
    let peakMoment: Measured['peakMoment'] = { ms: 0, parts: {} };
    // By pid, under its latest label but for "unknown": an ended process's command line reads empty, and one just forked
    // shows its parent's until it starts its own program.
    const cpuSeen = new Map<number, { label: string; ticks: number }>();
    // The build's own process can peak between samples; its high-water mark catches that.
    let rootHighWater = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const processes = sampleTree(child.pid);
      const total = processes.reduce((sum, entry) => sum + entry.bytes, 0);
      if (total > peakBytes) {
        peakBytes = total;
        const parts: Record<string, number> = {};
        for (const { label, bytes } of processes) parts[label] = (parts[label] ?? 0) + bytes;
        peakMoment = { ms: performance.now() - started, parts };
      }
      for (const { pid, label, bytes, ticks } of processes) {
        processPeaks[label] = Math.max(processPeaks[label] ?? 0, bytes);
        const before = cpuSeen.get(pid);
        cpuSeen.set(pid, { label: label === 'unknown' ? (before?.label ?? label) : label, ticks: Math.max(before?.ticks ?? 0, ticks) });
      }
      rootHighWater = Math.max(rootHighWater, statusKilobytes(read(`/proc/${child.pid}/status`), 'VmHWM'));
    };
    const timer = setInterval(sample, 50);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        ms: performance.now() - started,
        peakBytes: Math.max(peakBytes, rootHighWater),
        processPeaks,
        peakMoment,
        processCpu: cpuByLabel(cpuSeen),
        output,
      });
    });
  });
}
