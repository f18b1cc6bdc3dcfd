import fs from 'node:fs';
import os from 'node:os';

/** Where Linux lists the threads of this process, each as a folder named by its id. */
const THREADS = '/proc/self/task';

/**
 * Puts every thread of this process at the lowest priority. On Linux a priority belongs to a thread, and a new thread
 * takes that of the one that starts it: by the time a script runs, Node has already started libuv's pool and V8's
 * helpers at the normal priority, so each is set by its id. Elsewhere, this thread alone.
 */
export function lowestPriorityForEveryThread(): void {
  const threads = fs.existsSync(THREADS) ? fs.readdirSync(THREADS).map(Number) : [0];
  for (const thread of threads) os.setPriority(thread, os.constants.priority.PRIORITY_LOW);
}
