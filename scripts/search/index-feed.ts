import type { PagefindIndex } from 'pagefind';
import type { IndexedPage } from './index-page.ts';
import type { PageSummary } from './suggest-data.ts';

/**
 * Pages sent to Pagefind before the first of them has been read. Pagefind's service reads each message on a thread of
 * its own and indexes them one at a time in the order sent, so pages in flight come out in the same index as pages
 * sent one by one (tests/unit/search-index-feed.test.ts asks Pagefind). Sent one by one, its process sat idle for each
 * reply to come back and the next page to go out: at 1,000 sources, adding pages took 17.0 s against 4.6 s alone.
 */
const IN_FLIGHT = 8;

/** What indexing needs of a Pagefind index. */
export type PageAdder = Pick<PagefindIndex, 'addHTMLFile'>;

/**
 * Adds pages to the index in the order they come, up to `inFlight` at a time, since the order pages are added in is
 * the order of the index. Returns what each page added tells suggestions, and Pagefind's errors in page order.
 */
export async function feedIndex(
  index: PageAdder,
  pages: AsyncIterable<IndexedPage | undefined>,
  inFlight = IN_FLIGHT,
): Promise<{ summaries: PageSummary[]; errors: string[] }> {
  const summaries: PageSummary[] = [];
  const errors: string[] = [];
  const sent: ReturnType<PageAdder['addHTMLFile']>[] = [];
  for await (const page of pages) {
    if (!page) continue;
    summaries.push(page.summary);
    const reply = index.addHTMLFile({ url: page.summary.url, content: page.content });
    // Pagefind's process failing rejects every page in flight; the first awaited below is reported.
    reply.catch(() => undefined);
    sent.push(reply);
    const oldest = sent.length >= inFlight ? sent.shift() : undefined;
    if (oldest) errors.push(...(await oldest).errors);
  }
  for (const reply of sent) errors.push(...(await reply).errors);
  return { summaries, errors };
}
