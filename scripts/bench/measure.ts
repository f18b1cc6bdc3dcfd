import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Measured {
  status: number | null;
  /** Wall-clock time from start to exit. */
  ms: number;
  /** Highest total resident memory of the process and all its descendants, sampled every 50 ms (or the process's own high-water mark, if higher). */
  peakBytes: number;
  output: string;
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

/** Resident memory of a process and all its descendants now. */
function treeResident(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(path.join('/proc', name, 'stat'));
    if (!stat) continue;
    const parent = parentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += statusKilobytes(read(`/proc/${pid}/status`), 'VmRSS');
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
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
    // The build's own process can peak between samples; its high-water mark catches that.
    let rootHighWater = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      peakBytes = Math.max(peakBytes, treeResident(child.pid));
      rootHighWater = Math.max(rootHighWater, statusKilobytes(read(`/proc/${child.pid}/status`), 'VmHWM'));
    };
    const timer = setInterval(sample, 50);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearInterval(timer);
      resolve({ status, ms: performance.now() - started, peakBytes: Math.max(peakBytes, rootHighWater), output });
    });
  });
}
