import { describe, expect, it, vi } from 'vitest';
import { buildStages } from '../../scripts/bench/report.ts';
import { finishSite, type FinishingStep } from '../../scripts/build/finish.ts';
import { stepLog, timeSince } from '../../scripts/build/step-log.ts';

const quiet = () => ({ info() {}, warn() {} });

describe('finishing the built site', () => {
  it('runs the steps in order on the site folder', async () => {
    const ran: string[] = [];
    const step = (name: string): FinishingStep => ({ name, run: async (dir) => void ran.push(`${name} ${dir}`) });
    await finishSite('/site', [step('search-index'), step('social-cards')], quiet);
    expect(ran).toEqual(['search-index /site', 'social-cards /site']);
  });

  it('stops at the first step that fails, naming it', async () => {
    const ran: string[] = [];
    const steps: FinishingStep[] = [
      {
        name: 'social-cards',
        run: async () => {
          throw new Error('index.html: the head needs og:title');
        },
      },
      { name: 'service-worker', run: async () => void ran.push('service-worker') },
    ];
    await expect(finishSite('/site', steps, quiet)).rejects.toThrow('[social-cards] index.html: the head needs og:title');
    expect(ran).toEqual([]);
  });

  it('starts a step beside the ones before it, which it may wait for, and the next step once all have ended', async () => {
    const events: string[] = [];
    const cards = Promise.withResolvers<void>();
    const steps: FinishingStep[] = [
      { name: 'social-cards', run: () => cards.promise.then(() => void events.push('cards done')) },
      {
        name: 'search-index',
        beside: true,
        run: async (_dir, _log, stepsBefore) => {
          events.push('search started');
          await stepsBefore;
          events.push('search written');
        },
      },
      { name: 'service-worker', run: async () => void events.push('service worker') },
    ];
    const finishing = finishSite('/site', steps, quiet);
    await vi.waitFor(() => expect(events).toEqual(['search started']));
    cards.resolve();
    await finishing;
    expect(events).toEqual(['search started', 'cards done', 'search written', 'service worker']);
  });

  it('throws the error of the step that failed, not of a step beside it that was waiting for it', async () => {
    const ran: string[] = [];
    const steps: FinishingStep[] = [
      { name: 'social-cards', run: () => Promise.reject(new Error('the social cards could not be drawn (exit status 1)')) },
      { name: 'search-index', beside: true, run: async (_dir, _log, stepsBefore) => stepsBefore },
      { name: 'service-worker', run: async () => void ran.push('service-worker') },
    ];
    await expect(finishSite('/site', steps, quiet)).rejects.toThrow(
      /^\[social-cards\] the social cards could not be drawn \(exit status 1\)$/,
    );
    expect(ran).toEqual([]);
  });

  it('stops at a step beside others that fails, before the steps after it start', async () => {
    const ran: string[] = [];
    const steps: FinishingStep[] = [
      { name: 'social-cards', run: () => new Promise(() => undefined) },
      { name: 'search-index', beside: true, run: () => Promise.reject(new Error('Pagefind stopped')) },
      { name: 'service-worker', run: async () => void ran.push('service-worker') },
    ];
    await expect(finishSite('/site', steps, quiet)).rejects.toThrow('[search-index] Pagefind stopped');
    expect(ran).toEqual([]);
  });

  it("logs each step as Astro logs its own, so the benchmark reads the step's time", () => {
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => lines.push(String(chunk)) > 0);
    try {
      stepLog('search-index').info(`1185 pages indexed for search ${timeSince(performance.now() - 2500)}`);
    } finally {
      write.mockRestore();
    }
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d \[search-index\] 1185 pages indexed for search in 2\.5 s\n$/);
    expect(buildStages(lines.join(''))).toEqual([{ stage: 'search index', seconds: 2.5 }]);
  });
});
