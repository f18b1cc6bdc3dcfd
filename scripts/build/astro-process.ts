import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { PROJECT_ROOT } from '../content/paths.ts';
import { verdictFor } from './content-verdict.ts';
import { exitStatus } from './exit-status.ts';

/** Astro's build, started while the content gate is still checking the content it will build. */
export interface AstroBuild {
  /** Its exit status, once it has ended. */
  ended: Promise<number>;
  /** The gate has passed: its output so far is printed and from now on passed through, and it may write pages. */
  release(): void;
  /** The gate has failed: it is ended, and what it printed is never shown (the gate's problems are the whole story). */
  stop(): Promise<number>;
}

/**
 * Starts Astro's build with a channel to hear the gate's verdict on (content-verdict.ts). Its output is held until the
 * verdict: content that fails the gate may make Astro fail too, in its own words, while reading it.
 */
export function startAstroBuild(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  output: { stdout: Writable; stderr: Writable } = process,
): AstroBuild {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const held: [Writable, Buffer][] = [];
  let released = false;
  const print = (stream: Writable) => (chunk: Buffer) => (released ? stream.write(chunk) : held.push([stream, chunk]));
  child.stdout?.on('data', print(output.stdout));
  child.stderr?.on('data', print(output.stderr));
  const verdict = verdictFor(child);
  const ended = exitStatus(child);
  return {
    ended,
    release() {
      released = true;
      for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
      verdict.passed();
    },
    stop() {
      held.length = 0;
      child.kill();
      return ended;
    },
  };
}
