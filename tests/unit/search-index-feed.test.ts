import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { feedIndex, type PageAdder } from '../../scripts/search/index-feed.ts';
import type { IndexedPage } from '../../scripts/search/index-page.ts';

const page = (index: number, words = 1): IndexedPage => ({
  content: `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Page ${index}</h1>${'<p>Liver surgery and survival.</p>'.repeat(words)}</main></body></html>`,
  summary: { url: `/page-${index}/`, type: 'source', title: `Page ${index}`, subheadings: [], alsoFoundBy: [] },
});

async function* pagesOf(list: readonly (IndexedPage | undefined)[]) {
  yield* list;
}

/** An index whose later pages are answered sooner (so replies come back out of order), each naming its page as an error. */
function reversingIndex() {
  const sent: string[] = [];
  let waiting = 0;
  let mostInFlight = 0;
  const index: PageAdder = {
    addHTMLFile: ({ url }) => {
      sent.push(url as string);
      waiting += 1;
      mostInFlight = Math.max(mostInFlight, waiting);
      return new Promise((resolve) =>
        setTimeout(
          () => {
            waiting -= 1;
            resolve({ errors: [`error for ${url}`], file: { uniqueWords: 0, url: url as string, meta: {} } });
          },
          40 - 5 * sent.length,
        ),
      );
    },
  };
  return { index, sent, inFlight: () => mostInFlight };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-index-feed-'));
afterAll(async () => {
  await pagefind.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('feeding shaped pages to the index', () => {
  test('sends pages in the order they come, skips pages the index does not read, and reports errors in page order', async () => {
    const { index, sent, inFlight } = reversingIndex();
    const pages = [page(0), undefined, page(1), page(2), page(3), page(4), page(5), page(6)];
    const { summaries, errors } = await feedIndex(index, pagesOf(pages), 4);
    const urls = ['/page-0/', '/page-1/', '/page-2/', '/page-3/', '/page-4/', '/page-5/', '/page-6/'];
    expect(sent).toEqual(urls);
    expect(summaries.map((summary) => summary.url)).toEqual(urls);
    expect(errors).toEqual(urls.map((url) => `error for ${url}`));
    expect(inFlight()).toBeLessThanOrEqual(4);
  });

  test('keeps no more than the pages in flight asked for waiting on the index', async () => {
    const { index, inFlight } = reversingIndex();
    await feedIndex(index, pagesOf([page(0), page(1), page(2), page(3)]), 2);
    expect(inFlight()).toBe(2);
  });

  test('a failing index fails the feed', async () => {
    const index: PageAdder = { addHTMLFile: () => Promise.reject(new Error('Pagefind stopped')) };
    await expect(feedIndex(index, pagesOf([page(0), page(1), page(2)]), 2)).rejects.toThrow('Pagefind stopped');
  });

  // The build sends pages before Pagefind has read the ones before them; that is safe only while Pagefind indexes
  // them one at a time in the order sent. Pages of very different lengths would come out of a concurrent indexer in
  // another order, and the order pages are added in changes the index.
  test('Pagefind writes the same index for pages sent many at a time as for pages sent one by one', async () => {
    const pages = Array.from({ length: 60 }, (_, index) => page(index, index % 5 === 0 ? 400 : 1));
    const written = async (inFlight: number) => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error('Pagefind did not start');
      await feedIndex(index, pagesOf(pages), inFlight);
      const outputPath = path.join(dir, `in-flight-${inFlight}`);
      await index.writeFiles({ outputPath });
      const files = fs.readdirSync(outputPath, { recursive: true, encoding: 'utf8' }).sort();
      return files.map((file) => [
        file,
        fs.statSync(path.join(outputPath, file)).isFile() ? fs.readFileSync(path.join(outputPath, file)).toString('base64') : 'folder',
      ]);
    };
    const oneByOne = await written(1);
    expect(oneByOne.some(([file]) => file?.startsWith('fragment/'))).toBe(true);
    expect(await written(16)).toEqual(oneByOne);
    // The order does matter: the same pages sent in reverse make another index.
    pages.reverse();
    expect(await written(1)).not.toEqual(oneByOne);
  });
});
