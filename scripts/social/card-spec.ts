/** Social cards are the size Open Graph consumers crop least: 1.91:1 at 1200 px wide. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Folder of the built site the cards are written to; kept out of the offline precache. */
export const CARD_FOLDER = 'social';

/** What one card shows: the page's own title under the kind of page it is. */
export interface CardSpec {
  /** Kind of page, shown above the title ("Source summary", "Question"). */
  label: string;
  title: string;
  siteName: string;
}

/** "/sources/x/" → "/social/sources/x.png"; the home page's card is "/social/home.png". */
export function cardPath(pathname: string): string {
  const trimmed = pathname.replace(/^\/|\/$/g, '');
  return `/${CARD_FOLDER}/${trimmed || 'home'}.png`;
}

/** The card's alt text says what it shows: the same words, in reading order. */
export function cardAlt(card: CardSpec): string {
  const sentence = `${card.label}: ${card.title}`;
  return card.title === card.siteName ? sentence : `${sentence}. ${card.siteName}`;
}

/** A card several pages share: the pages of a split catalogue all show the first page's, under the catalogue's name. */
export interface SharedCard {
  /** Title on the card: the catalogue's, without a page number. */
  title: string;
  /** Address of the page the card is drawn for. */
  pathname: string;
}

/**
 * The card a page shows and where it lives: its own, or one it shares. Split catalogues share one so that a review
 * of thousands of sources does not draw a card for each of its 1,400 catalogue pages, the same but for a number.
 */
export function pageCard(page: { pathname: string; title: string; label: string; siteName: string; shared?: SharedCard }) {
  const spec: CardSpec = { label: page.label, title: page.shared?.title ?? page.title, siteName: page.siteName };
  return { spec, path: cardPath(page.shared?.pathname ?? page.pathname), alt: cardAlt(spec) };
}
