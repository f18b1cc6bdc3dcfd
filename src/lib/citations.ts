import { canCiteOriginal, pageCsl, sourceCsl, type CslItem } from '../../scripts/citation/csl.ts';
import { FORMAT_WORKER, sharedCitationFormatter } from '../../scripts/citation/formatter.ts';
import type { Citation } from '../../scripts/citation/output.ts';
import { getSources, sourceHref } from './data.ts';
import { SITE_NAME, SITE_VERSION } from './site.ts';

// The dev server renders one page at a time on request: no thread, no formatting ahead.
const formatter = sharedCitationFormatter({ workerFile: import.meta.env.PROD ? FORMAT_WORKER : undefined });

/** A page of the review as cited in its "Cite this page" block. */
export function pageCitationItem(page: { title: string; url: string; lastReviewed: string }): CslItem {
  return pageCsl({ ...page, version: SITE_VERSION, siteName: SITE_NAME });
}

let prefetched: Promise<void> | undefined;

/**
 * Source pages are most of a large review and each cites itself and its original. Both are known from the
 * content before those pages render, so the first citation asked for starts them all on the second thread,
 * originals first (the references page lists them). A page whose title or date differs from these simply
 * formats its own.
 */
function prefetchSourceCitations(site: URL): Promise<void> {
  prefetched ??= getSources().then((entries) => {
    const sources = entries.map((entry) => ({ entry, source: entry.data }));
    formatter.prefetch(sources.filter(({ source }) => canCiteOriginal(source)).map(({ source }) => sourceCsl(source)));
    formatter.prefetch(
      sources.map(({ entry, source }) =>
        pageCitationItem({ title: source.shortTitle, url: new URL(sourceHref(entry.id), site).href, lastReviewed: source.lastReviewed }),
      ),
    );
  });
  return prefetched;
}

/** The item in every format the cite blocks offer, formatted once per build. */
export async function citationOf(item: CslItem, site: URL | undefined): Promise<Citation> {
  if (import.meta.env.PROD && site) await prefetchSourceCitations(site);
  return formatter.citation(item);
}
