import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workVersion } from '../../scripts/build/kept-work.ts';
import { pageCsl, type CslItem } from '../../scripts/citation/csl.ts';
import {
  citationFormatter,
  citationKey,
  FORMAT_WORKER,
  sharedCitationFormatter,
  type CitationFormatter,
} from '../../scripts/citation/formatter.ts';
import { formatCitation, type Citation } from '../../scripts/citation/output.ts';
import { citationCodeVersion, loadStoredCitations, saveStoredCitations } from '../../scripts/citation/stored.ts';

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

describe('citations kept from the previous build', () => {
  const stored = (item: CslItem): Citation => ({ apa: `APA ${item.id}`, vancouver: 'V', bibtex: 'B', ris: 'R' });

  it('gives a kept citation without formatting it, and formats only the items the previous build did not have', async () => {
    formatter = citationFormatter({ previous: new Map([[citationKey(page(7)), stored(page(7))]]) });
    formatter.prefetch([page(7)]);
    expect(await formatter.citation(page(7))).toEqual(stored(page(7)));
    expect(await formatter.citation(page(8))).toEqual(formatCitation(page(8)));
  });

  it("hands back this build's citations, kept and new, and none the build did not ask for", async () => {
    formatter = citationFormatter({
      previous: new Map([
        [citationKey(page(9)), stored(page(9))],
        [citationKey(page(10)), stored(page(10))],
      ]),
    });
    await formatter.citation(page(9));
    await formatter.citation(page(11));
    expect(await formatter.formatted()).toEqual(
      new Map([
        [citationKey(page(9)), stored(page(9))],
        [citationKey(page(11)), formatCitation(page(11))],
      ]),
    );
  });

  it('waits for an item to format before it starts its thread, when the previous build left citations', async () => {
    const missing = path.resolve('scripts/citation/no-such-worker.ts');
    // A formatter with nothing kept, warmed beside it, shows how soon a thread that cannot start is noticed.
    const beside = citationFormatter({ workerFile: missing });
    formatter = citationFormatter({ workerFile: missing, previous: new Map([['x', stored(page(12))]]) });
    const warnings: Error[] = [];
    const listen = (warning: Error) => warnings.push(warning);
    process.on('warning', listen);
    formatter.warm();
    beside.warm();
    await once(process, 'warning');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await beside.close();
    expect(warnings).toHaveLength(1);
    // The first item the previous build did not have starts it (here: fails to, and is formatted on this thread).
    expect(await formatter.citation(page(13))).toEqual(formatCitation(page(13)));
    process.off('warning', listen);
    expect(warnings).toHaveLength(2);
  });
});

describe('the citation store', () => {
  let cache: string;
  beforeEach(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-citations-'));
  });
  const citations = new Map([[citationKey(page(1)), { apa: 'A', vancouver: 'V', bibtex: 'B', ris: 'R' }]]);

  it('gives back what a build made with the same code kept', () => {
    saveStoredCitations(cache, 'v1', citations);
    expect(loadStoredCitations(cache, 'v1')).toEqual(citations);
    expect(fs.readdirSync(cache)).toEqual(['citations.json']);
  });

  it.each([
    ['nothing kept yet', () => undefined],
    ['kept by other code', () => saveStoredCitations(cache, 'v0', citations)],
    ['a file cut short', () => fs.writeFileSync(path.join(cache, 'citations.json'), '{"version":"v1","citations":{"a":')],
    [
      'a citation missing a form',
      () => fs.writeFileSync(path.join(cache, 'citations.json'), JSON.stringify({ version: 'v1', citations: { a: { apa: 'A' } } })),
    ],
  ])('gives nothing for %s, so everything is formatted afresh', (_, setUp) => {
    setUp();
    expect(loadStoredCitations(cache, 'v1')).toEqual(new Map());
  });

  it('versions the kept citations by the code in scripts/citation (kept-work.test.ts shows what changes a version)', () => {
    expect(citationCodeVersion()).toBe(workVersion(['scripts/citation']));
  });
});
