import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import pLimit from 'p-limit';
import { SITE_NAME } from '../../src/lib/site.ts';
import { renderCard } from '../social/card.ts';
import { CARD_FOLDER } from '../social/card-spec.ts';
import { listHtmlPages } from './built-pages.ts';
import { timeSince, type StepLog } from './step-log.ts';

/** The page up to the end of its head, which is all a card reads: parsing whole pages was most of this step's time. */
function headOf(html: string): string {
  const end = html.indexOf('</head>');
  return end === -1 ? html : html.slice(0, end + '</head>'.length);
}

/** Draws the card a built page's head asks for, where its og:image points. */
async function drawCard(siteDir: string, file: string): Promise<void> {
  const root = fromHtml(headOf(fs.readFileSync(path.join(siteDir, file), 'utf8')));
  const image = select('head > meta[property="og:image"]', root);
  const title = select('head > meta[property="og:title"]', root)?.properties.content;
  const label = image?.properties.dataCardLabel;
  if (!image || typeof title !== 'string' || typeof label !== 'string') {
    throw new Error(`${file}: the head needs og:title and an og:image with data-card-label to draw its social card`);
  }
  const target = new URL(String(image.properties.content)).pathname;
  if (!target.startsWith(`/${CARD_FOLDER}/`)) throw new Error(`${file}: og:image ${target} is not under /${CARD_FOLDER}/`);
  const out = path.join(siteDir, decodeURIComponent(target));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await renderCard({ label, title, siteName: SITE_NAME }));
}

/**
 * Draws each page's social card from the page as built: the title and kind of page its own head
 * announces (og:title, and the card label on og:image), written where its og:image points. Reading the
 * finished head means a card can never show another title than the page it previews.
 */
export async function drawSocialCards(siteDir: string, log: StepLog): Promise<void> {
  const started = performance.now();
  const files = listHtmlPages(siteDir);
  // A few cards at a time: each is laid out on this thread and rasterised on libuv's pool, so they overlap.
  const limit = pLimit(os.availableParallelism() + 1);
  await Promise.all(files.map((file) => limit(() => drawCard(siteDir, file))));
  log.info(`${files.length} social cards drawn ${timeSince(started)}`);
}
