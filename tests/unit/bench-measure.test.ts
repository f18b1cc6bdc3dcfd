import { describe, expect, it } from 'vitest';
import { cpuTicks, parentPid, processLabel, runMeasured, statusKilobytes } from '../../scripts/bench/measure.ts';

/** Runs a Node script under a shell that stays its parent, so what it uses sits in a grandchild of the measured process. */
const measureGrandchild = (script: string) =>
  runMeasured('/bin/sh', ['-c', `"${process.execPath}" -e '${script}'; true`], { cwd: process.cwd(), env: process.env });

describe('process memory', () => {
  it('reads resident and peak memory from /proc status text', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(statusKilobytes(status, 'VmRSS')).toBe(100 * 1024 * 1024);
    expect(statusKilobytes(status, 'VmHWM')).toBe(200 * 1024 * 1024);
    expect(statusKilobytes('Name:\tzombie\n', 'VmRSS')).toBe(0);
  });

  it('reads the parent pid even when the command name has spaces and brackets', () => {
    expect(parentPid('4242 (my (odd) name) S 17 4242 4242 0 -1')).toBe(17);
  });

  it('reads the user and kernel CPU time from /proc stat text, after a command name with spaces and brackets', () => {
    // Fields 14 (utime) and 15 (stime); cutime and cstime (16, 17) are the reaped children's, counted under their own pids.
    const stat = '4242 (my (odd) name) S 17 4242 4242 0 -1 4194560 500 0 0 0 250 30 7 9 20 0 3 0 100 1000000 2000';
    expect(cpuTicks(stat)).toBe(280);
  });

  it('counts the CPU time of a descendant of the measured process, under its own kind', { timeout: 30_000 }, async () => {
    // Busy until it has had 0.6 s of CPU time, however long a loaded machine takes to give it that.
    const script = 'const used = () => { const { user, system } = process.cpuUsage(); return user + system; }; while (used() < 600000);';
    const measured = await measureGrandchild(script);
    expect(measured.status).toBe(0);
    // 0.6 s, less up to one 50 ms sampling interval at its end.
    expect(measured.processCpu.node).toBeGreaterThan(0.4);
    expect(measured.processCpu.node).toBeLessThan(3);
    expect(measured.processCpu.sh ?? 0).toBeLessThan(0.2);
  });

  it('counts the memory held by a descendant of the measured process', { timeout: 30_000 }, async () => {
    const script = 'const keep = Buffer.alloc(100 * 1024 * 1024, 1); setTimeout(() => console.log(keep.length), 400);';
    const measured = await measureGrandchild(script);
    expect(measured.status).toBe(0);
    expect(measured.output.trim()).toBe(String(100 * 1024 * 1024));
    expect(measured.peakBytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(measured.processPeaks.node).toBeGreaterThan(100 * 1024 * 1024);
    expect(measured.processPeaks.sh ?? 0).toBeLessThan(100 * 1024 * 1024);
    expect(measured.peakMoment.parts.node).toBeGreaterThan(100 * 1024 * 1024);
    expect(measured.peakMoment.ms).toBeGreaterThan(0);
    expect(measured.peakMoment.ms).toBeLessThan(measured.ms);
  });

  it.each([
    [['/work/node_modules/node/bin/node', '/work/scripts/check-content.ts'], 'content gate'],
    [['/work/node_modules/node/bin/node', '/work/node_modules/astro/bin/astro.mjs', 'build'], 'Astro'],
    [['/work/node_modules/node/bin/node', '--heap-growing-percent=25', '/work/node_modules/astro/bin/astro.mjs', 'build'], 'Astro'],
    [['node', '/work/scripts/build/site.ts'], 'build script and finishing steps'],
    [['node', '--max-old-space-size=128', '/work/scripts/build/draw-cards.ts', '/work/dist.building'], 'social-card drawer'],
    [['/work/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service'], 'Pagefind'],
    [['/bin/sh', '-c', 'true'], 'sh'],
    [[''], 'unknown'],
  ])('names the process %j "%s"', (args, label) => {
    expect(processLabel(args)).toBe(label);
  });
});
