import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startAstroBuild } from '../../scripts/build/astro-process.ts';
import { verdictFor } from '../../scripts/build/content-verdict.ts';
import { PROJECT_ROOT } from '../../scripts/content/paths.ts';

const VERDICT_MODULE = path.join(PROJECT_ROOT, 'scripts', 'build', 'content-verdict.ts');

/**
 * Node arguments for a stand-in of Astro's build: it prints, touches `marker` (when given) so that a test knows it has
 * printed, waits for the gate's verdict as Astro does, then prints again.
 */
const standIn = (before: string, after: string, marker = '') => [
  '--input-type=module',
  '-e',
  `import fs from 'node:fs';
   import { contentChecked } from ${JSON.stringify(VERDICT_MODULE)};
   console.log(${JSON.stringify(before)});
   if (${JSON.stringify(marker)}) fs.writeFileSync(${JSON.stringify(marker)}, '');
   try { await contentChecked(); console.log(${JSON.stringify(after)}); }
   catch (error) { console.error(error.message); process.exitCode = 3; }`,
];

/** Resolves once `file` exists: the stand-in has printed its first line. */
async function printed(file: string) {
  while (!fs.existsSync(file)) await tick(20);
}

function collected() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the stand-in with its output held, and resolves once it has printed its first line and waited a little. */
async function startHeld(out: PassThrough, err: PassThrough) {
  const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lms-verdict-')), 'printed');
  const astro = startAstroBuild(standIn('reading the content', 'writing pages', marker), process.env, { stdout: out, stderr: err });
  await printed(marker);
  await tick(300);
  return astro;
}

describe("Astro's build waits for the content gate beside it", () => {
  it('writes nothing, and shows nothing, until the gate has passed; then it ends on its own', async () => {
    const out = collected();
    const err = collected();
    const astro = await startHeld(out.stream, err.stream);
    expect(out.text()).toBe('');
    astro.release();
    // The channel is closed once answered: a process left holding it open would never end.
    expect(await astro.ended).toBe(0);
    expect(out.text()).toBe('reading the content\nwriting pages\n');
    expect(err.text()).toBe('');
  });

  it('is answered when the gate passed before it asked', async () => {
    const child = spawn(process.execPath, standIn('', 'writing pages'), { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    verdictFor(child).passed();
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const status = await new Promise((resolve) => child.once('close', resolve));
    expect(status).toBe(0);
    expect(text).toContain('writing pages');
  });

  it('is stopped when the gate fails, and nothing it printed is shown', async () => {
    const out = collected();
    const astro = await startHeld(out.stream, out.stream);
    expect(await astro.stop()).not.toBe(0);
    expect(out.text()).toBe('');
  });

  it('fails, saying why, when the build script goes away before the verdict', async () => {
    const child = spawn(process.execPath, standIn('', 'writing pages'), { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('message', () => child.disconnect());
    // A child whose parent let go of the channel never emits 'close': its exit and the end of its output say the same.
    const [[status]] = await Promise.all([once(child, 'exit'), once(child.stderr as NodeJS.ReadableStream, 'end')]);
    expect(status).toBe(3);
    expect(text).toBe('the build script went away before the content gate had passed\n');
  });

  it('fails, saying why, when started with no channel to the build script', async () => {
    const child = spawn(process.execPath, standIn('', 'writing pages'), { stdio: ['ignore', 'ignore', 'pipe'] });
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const status = await new Promise((resolve) => child.once('close', resolve));
    expect(status).toBe(3);
    expect(text).toMatch(/^the content gate runs beside this build, but no channel to the build script is open/);
  });
});
