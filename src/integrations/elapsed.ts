/** "in 12.3 s" since `started` (a performance.now() reading): each step of the build says what it cost, and the benchmark reads it. */
export const timeSince = (started: number) => `in ${((performance.now() - started) / 1000).toFixed(1)} s`;
