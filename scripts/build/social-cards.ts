import fs from 'node:fs';
import path from 'node:path';
import { setImmediate, setTimeout as delay } from 'node:timers/promises';
import { SITE_NAME } from '../../src/lib/site.ts';
import { renderCard } from '../social/card.ts';
import { CARD_FOLDER } from '../social/card-spec.ts';
import type { CardStore } from '../social/stored-cards.ts';
import { listHtmlPages } from './built-pages.ts';
import { headCard, readPageHead } from './page-head.ts';
import { timeSince, type StepLog } from './step-log.ts';

/**
 * Writes a card as a new file, in place: a build's site folder starts empty, and one that stops midway is thrown away
 * whole, so no card needs a temporary name. A file already at its place, which may be a link to a kept card
 * (stored-cards.ts), is unlinked rather than written into.
 */
function writeNewCard(file: string, png: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, png, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    fs.unlinkSync(file);
    fs.writeFileSync(file, png, { flag: 'wx' });
  }
}

/**
 * Draws the card a built page's head asks for, where its og:image points, with the title on its og:image (a card
 * several pages share) or else its og:title; false if its head is not written yet. `cards` holds the cards already
 * drawn or being drawn: a card shared by pages is drawn for the first of them. A card the previous build drew the
 * same, kept in `store`, is taken from it rather than drawn.
 */
function drawCard(siteDir: string, file: string, written: boolean, cards: Set<string>, store?: CardStore): boolean {
  const head = readPageHead(path.join(siteDir, file), written);
  if (head === undefined) return false;
  const { image, title: pageTitle } = headCard(head);
  const title = image?.['data-card-title'] ?? pageTitle;
  const label = image?.['data-card-label'];
  if (!image || title === undefined || label === undefined) {
    throw new Error(`${file}: the head needs og:title and an og:image with data-card-label to draw its social card`);
  }
  const target = new URL(String(image.content)).pathname;
  if (!target.startsWith(`/${CARD_FOLDER}/`)) throw new Error(`${file}: og:image ${target} is not under /${CARD_FOLDER}/`);
  if (cards.has(target)) return true;
  cards.add(target);
  const out = path.join(siteDir, decodeURIComponent(target));
  const card = { label, title, siteName: SITE_NAME };
  if (store?.take(card, out)) return true;
  writeNewCard(out, renderCard(card));
  store?.keep(card, out);
  return true;
}

/** How long to wait before looking again for pages Astro has written, when a look found none. */
const LOOK_AGAIN_MS = 1000;

/**
 * Draws each page's social card from the page as built: the title and kind of page its own head
 * announces (og:title, or the card title on og:image where pages share a card, and the card label on og:image),
 * written where its og:image points. Reading the finished head means a card shows what the page's head says it shows.
 *
 * Cards are drawn as Astro writes the pages, until `pagesWritten` settles; the last look, after it, finds every
 * page whole and draws the cards still missing. With a `store`, cards the previous build drew are taken from it, and
 * the cards drawn are kept there for the next build.
 */
export async function drawSocialCards(siteDir: string, log: StepLog, pagesWritten: Promise<unknown>, store?: CardStore): Promise<void> {
  let written = false;
  let writtenAt = performance.now();
  const pagesDone = new Set<string>();
  const cards = new Set<string>();
  let drawnWhileWriting = 0;
  const settled = pagesWritten.then(
    () => undefined,
    () => undefined,
  );
  void settled.then(() => {
    written = true;
    writtenAt = performance.now();
    drawnWhileWriting = cards.size;
  });
  for (;;) {
    const last = written;
    // Astro makes the site's folder when it starts writing.
    const pages = last || fs.existsSync(siteDir) ? listHtmlPages(siteDir) : [];
    let anyPageDone = false;
    for (const file of pages.filter((page) => !pagesDone.has(page))) {
      if (drawCard(siteDir, file, last, cards, store)) {
        pagesDone.add(file);
        anyPageDone = true;
      }
      // A card is drawn on this thread from start to end; between two, the thread hears whether every page is written.
      await setImmediate();
    }
    if (last) break;
    if (!anyPageDone) await Promise.race([settled, delay(LOOK_AGAIN_MS)]);
  }
  const removed = store?.prune();
  const kept = store ? `; ${store.taken} of them taken from the previous build, and ${removed} kept cards no page shows now removed` : '';
  log.info(
    `${cards.size} social cards drawn for ${pagesDone.size} pages, ${drawnWhileWriting} of them while the pages were written; the rest ${timeSince(writtenAt)}${kept}`,
  );
}
