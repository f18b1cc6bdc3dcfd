import { spawn } from 'node:child_process';
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

/** Parent pid from /proc/<pid>/stat; the command name in brackets may hold spaces, so read after its closing bracket. */
export function parentPid(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Resident memory of each process of a tree now, with what it is. */
function treeResident(root: number): { label: string; bytes: number }[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(path.join('/proc', name, 'stat'));
    if (!stat) continue;
    const parent = parentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const processes: { label: string; bytes: number }[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const label = processLabel(read(`/proc/${pid}/cmdline`).split('\0'));
    processes.push({ label, bytes: statusKilobytes(read(`/proc/${pid}/status`), 'VmRSS') });
    queue.push(...(children.get(pid) ?? []));
  }
  return processes;
}

/** Runs a command to completion while sampling the memory of its whole process tree. */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const processPeaks: Record<string, number> = {};
    // The build's own process can peak between samples; its high-water mark catches that.
    let rootHighWater = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const processes = treeResident(child.pid);
      peakBytes = Math.max(
        peakBytes,
        processes.reduce((sum, entry) => sum + entry.bytes, 0),
      );
      for (const { label, bytes } of processes) processPeaks[label] = Math.max(processPeaks[label] ?? 0, bytes);
      rootHighWater = Math.max(rootHighWater, statusKilobytes(read(`/proc/${child.pid}/status`), 'VmHWM'));
    };
    const timer = setInterval(sample, 50);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearInterval(timer);
      resolve({ status, ms: performance.now() - started, peakBytes: Math.max(peakBytes, rootHighWater), processPeaks, output });
    });
  });
}
