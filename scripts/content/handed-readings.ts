import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import v8 from 'node:v8';
import { CONTENT_GATE_PID_ENV } from '../build/commands.ts';
import { handedTreesDir } from './handed-trees.ts';

/**
 * In the site's build, the content gate and Astro's content loader read the same content folders side by side. The gate
 * reads each folder first, before it checks anything, and now leaves what it read of each file, by the hash of the
 * file's bytes, in the folder it hands the parsed page bodies over in (handed-trees.ts). The loader takes a file's
 * reading from there when the file's bytes are still the same, rather than parse its front matter or its CSV rows a
 * second time: at 1,000 synthetic sources, the loader took the 1,005 sources' front matter in 34 to 53 ms instead of
 * reading it in 633 to 706 ms, and the 12,227 outcome rows in 40 to 65 ms instead of 216 to 282 ms (three runs each),
 * while handing them over added about 0.1 s to the gate. A file that changed since, or a folder the gate did not hand
 * over, is read as before: the readings save time, never decide what the site says.
 */

/** Whether this process reads the content for the gate, which hands its readings over, rather than for Astro. */
let handing = false;

/** Called by the content gate of the site's build (validate.ts): from now on, this process hands over what it reads. */
export function handReadings(): void {
  handing = true;
}

/** One folder's readings, one file at a time. */
export interface FolderReadings<T> {
  /** The gate's reading of this file as it is now, if it left one. */
  take(file: string, bytes: Uint8Array): T | undefined;
  /** Keeps the gate's reading of a file that read without problems, to hand over with the rest of its folder. */
  keep(file: string, bytes: Uint8Array, reading: T): void;
  /** Hands over the readings kept, once the whole folder is read. */
  hand(): void;
}

type Kept<T> = Map<string, { hash: string; reading: T }>;

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/** A folder's readings lie in a file named for the folder and for how it was read (documents, or CSV rows of given columns). */
const readingsFile = (handed: string, dir: string, readAs: string) =>
  path.join(handed, `readings-${createHash('sha256').update(`${readAs}\0${path.resolve(dir)}`).digest('hex').slice(0, 32)}.v8`);

const NONE: FolderReadings<never> = { take: () => undefined, keep: () => {}, hand: () => {} };

/** What the gate left for a folder: nothing while it has not handed that folder over. */
function readKept<T>(file: string): Kept<T> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return new Map();
  }
  try {
    return v8.deserialize(bytes) as Kept<T>;
  } catch (error) {
    throw new Error(`${file}: the readings of a content folder left by the content gate could not be read (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/** How often the loader looks again for a folder's readings while the gate is reading. */
const LOOK_AGAIN_MS = 20;

/** Whether the process is still running; a process of another user that cannot be signalled is running too. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * In Astro's process, while the gate that the site's build started beside it is running: waits until the gate has handed
 * over the readings of `dir`, read as `readAs`. The loader started on the biggest folders before the gate had read them:
 * at 10,000 synthetic sources it read the outcome rows 11.7 s and the sources 1.5 s before the gate handed them over,
 * and so parsed them a second time. Waiting, it took every folder, and Astro's process used 127.6 s of CPU time in a
 * build of those sources (141.6 s in the benchmark before). A gate that has ended has handed over every folder it will,
 * so the wait ends with it, whether it passed, failed or died. Elsewhere it returns at once.
 */
export async function readingsHanded(dir: string, readAs: string): Promise<void> {
  const handed = handedTreesDir();
  const gate = Number(process.env[CONTENT_GATE_PID_ENV]);
  if (!handed || handing || !Number.isInteger(gate) || gate <= 0) return;
  const target = readingsFile(handed, dir, readAs);
  while (!fs.existsSync(target) && isRunning(gate)) await delay(LOOK_AGAIN_MS);
}

/** The readings of the files of `dir`, read as `readAs`: handed over by the gate, taken by Astro's loader, neither elsewhere. */
export function folderReadings<T>(dir: string, readAs: string): FolderReadings<T> {
  const handed = handedTreesDir();
  if (!handed) return NONE;
  const target = readingsFile(handed, dir, readAs);
  if (!handing) {
    const kept = readKept<T>(target);
    return {
      take(file, bytes) {
        const found = kept.get(path.resolve(file));
        return found && found.hash === hashOf(bytes) ? found.reading : undefined;
      },
      keep: () => {},
      hand: () => {},
    };
  }
  const kept: Kept<T> = new Map();
  return {
    take: () => undefined,
    keep(file, bytes, reading) {
      kept.set(path.resolve(file), { hash: hashOf(bytes), reading });
    },
    hand() {
      // Whole or not at all, as the trees' index is: a folder with no readings is read by the loader itself.
      try {
        fs.writeFileSync(`${target}.partial`, v8.serialize(kept));
        fs.renameSync(`${target}.partial`, target);
      } catch {
        fs.rmSync(`${target}.partial`, { force: true });
      }
    },
  };
}
