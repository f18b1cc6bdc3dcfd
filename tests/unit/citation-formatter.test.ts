import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageCsl, type CslItem } from '../../scripts/citation/csl.ts';
import {
  citationFormatter,
  citationKey,
  FORMAT_WORKER,
  sharedCitationFormatter,
  type CitationFormatter,
} from '../../scripts/citation/formatter.ts';
import { formatCitation } from '../../scripts/citation/output.ts';

const WORKER = path.resolve('scripts/citation/format-worker.ts');
const page = (n: number): CslItem =>
  pageCsl({ title: `Page ${n}`, url: `https://review.example/p${n}/`, lastReviewed: '2026-11-24', version: '1.0.0', siteName: 'Review' });

let formatter: CitationFormatter | undefined;
afterEach(() => formatter?.close());

describe('citation formatter', () => {
  it('gives the same text as formatting on the spot, for items formatted ahead on the second thread', { timeout: 180_000 }, async () => {
    formatter = citationFormatter({ workerFile: WORKER });
    const items = [page(1), page(2), page(3)];
    formatter.prefetch(items);
    for (const item of items) expect(await formatter.citation(item)).toEqual(formatCitation(item));
  });

  it('starts its thread when warmed, before any citation is asked for: a thread that cannot start is noticed then', async () => {
    formatter = citationFormatter({ workerFile: path.resolve('scripts/citation/no-such-worker.ts') });
    const warning = once(process, 'warning');
    formatter.warm();
    const [notice] = (await warning) as [Error];
    expect(notice.message).toMatch(/^citations are formatted on the main thread from now on: Cannot find module/);
  });

  it('gives one formatter to every copy of its module in a process: the one warmed first, whatever the later options', () => {
    const shared = sharedCitationFormatter({ workerFile: WORKER });
    expect(sharedCitationFormatter()).toBe(shared);
    expect(FORMAT_WORKER).toBe(WORKER);
    formatter = shared;
  });

  it('formats an item only once, whoever asks', async () => {
    formatter = citationFormatter();
    const first = formatter.citation(page(4));
    expect(formatter.citation(structuredClone(page(4)))).toBe(first);
    expect(citationKey(page(4))).not.toBe(citationKey(page(5)));
  });

  it('formats on the calling thread when the second thread cannot start', { timeout: 60_000 }, async () => {
    formatter = citationFormatter({ workerFile: path.resolve('scripts/citation/no-such-worker.ts') });
    formatter.prefetch([page(6)]);
    expect(await formatter.citation(page(6))).toEqual(formatCitation(page(6)));
  });
});
