import type { ChildProcess } from 'node:child_process';

/** A child process's exit status once it has ended and its output is read; a signal counts as a failure. */
export function exitStatus(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
}
