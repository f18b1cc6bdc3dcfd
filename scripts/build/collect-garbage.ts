import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Collects all of this process's garbage now and gives the memory back, as V8 does when the system runs low ('last
 * resort'), for a step about to wait on another process at its largest: V8, busy until then, would otherwise keep the
 * garbage of the work just done. `gc` is reached as Jest's leak detector reaches it: V8 exposes it to contexts made
 * after the flag is set. A plain major collection left as much memory held as none did.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
