import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../content/paths.ts';

/** A Node script running in a process of its own, with the build's output. */
export interface NodeProcess {
  /** Resolves to the exit status once the process has ended (1 when a signal ended it). */
  exit: Promise<number>;
  /** Writes what a held process has printed so far and passes the rest straight through. */
  release(): void;
  /** Ends the process and throws away what it printed while held. */
  stop(): Promise<number>;
}

/**
 * Starts a Node script with the project's own Node. With `hold`, what it prints is kept back until `release`, so a
 * process started early says nothing until the step before it has passed, and nothing at all if that step fails.
 */
export function startNode(args: readonly string[], options: { env?: NodeJS.ProcessEnv; hold?: boolean } = {}): NodeProcess {
  const env = options.env ?? process.env;
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    // Piped output loses the colours a terminal would show, unless the program is told it may use them.
    env: options.hold && process.stdout.isTTY && !env.NO_COLOR ? { FORCE_COLOR: '1', ...env } : env,
    stdio: options.hold ? ['inherit', 'pipe', 'pipe'] : 'inherit',
  });
  const exit = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = options.hold ? [] : undefined;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from?.on('data', (chunk: Buffer) => (held ? held.push({ stream: to, chunk }) : to.write(chunk)));
  }
  return {
    exit,
    release() {
      for (const { stream, chunk } of held ?? []) stream.write(chunk);
      held = undefined;
    },
    stop() {
      held = [];
      child.kill();
      return exit;
    },
  };
}
