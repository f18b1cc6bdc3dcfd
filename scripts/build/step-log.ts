/** "in 12.3 s" since `started` (a performance.now() reading): each step of the build says what it cost, and the benchmark reads it. */
export const timeSince = (started: number) => `in ${((performance.now() - started) / 1000).toFixed(1)} s`;

/** What a finishing step reports through; Astro's integration logger has the same shape. */
export interface StepLog {
  info(message: string): void;
  warn(message: string): void;
}

const clock = () => new Date().toTimeString().slice(0, 8);

/** Lines laid out as Astro lays out its own ("12:03:04 [search-index] …"), so one build reads as one log. */
export function stepLog(step: string): StepLog & { error(message: string): void } {
  return {
    info: (message) => process.stdout.write(`${clock()} [${step}] ${message}\n`),
    warn: (message) => process.stderr.write(`${clock()} [${step}] warning: ${message}\n`),
    error: (message) => process.stderr.write(`${clock()} [${step}] ${message}\n`),
  };
}
