import type { ChildProcess } from 'node:child_process';

/**
 * The content gate and Astro's start run side by side (scripts/build/site.ts): Astro loads its configuration and
 * reads the content on one core while the gate checks it on the other, and Astro writes no page before the gate
 * has passed. Astro's process asks once it is ready to write, and the build script answers once the gate has passed:
 * asking first means an answer can never arrive before anyone listens for it.
 */
const ASKED = 'is the content checked?';
const CHECKED = 'the content is checked';

/**
 * In Astro's process: resolves when the build script answers that the gate has passed. It rejects if the build script
 * is gone, or if this process was started without a channel to it.
 */
export function contentChecked(): Promise<void> {
  return new Promise((resolve, reject) => {
    const send = process.send?.bind(process);
    const disconnect = process.disconnect?.bind(process);
    if (!send || !disconnect) {
      reject(new Error('the content gate runs beside this build, but no channel to the build script is open to hear its verdict'));
      return;
    }
    process.once('message', (message) => {
      // The open channel would keep Astro's process alive after its build.
      disconnect();
      if (message === CHECKED) resolve();
      else reject(new Error(`the build script answered ${JSON.stringify(message)} instead of the content gate's verdict`));
    });
    process.once('disconnect', () => reject(new Error('the build script went away before the content gate had passed')));
    send(ASKED);
  });
}

/** In the build script: once `passed()` is called, Astro's process is answered, whether it asked before or after. */
export function verdictFor(astro: ChildProcess): { passed(): void } {
  let asked = false;
  let checked = false;
  const answer = () => {
    if (asked && checked && astro.connected) astro.send(CHECKED);
  };
  astro.on('message', (message) => {
    if (message !== ASKED) return;
    asked = true;
    answer();
  });
  return {
    passed() {
      checked = true;
      answer();
    },
  };
}
