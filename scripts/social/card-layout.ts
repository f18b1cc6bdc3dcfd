import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './card-spec.ts';

/** The site's colours (src/styles/tokens.css, which a test checks them against), so a card reads as the review's. */
export const CARD_COLOURS = { accent: '#0b5394', accentDark: '#073763', text: '#1d2a33', panel: '#f0f4f5', bg: '#ffffff' } as const;

/** Atkinson Hyperlegible, the one family a card is set in, at a size and weight, with extra space between letters. */
export interface CardFont {
  size: number;
  weight: 400 | 700;
  letterSpacing: number;
}

/** What laying out needs of whoever draws: a text's advance width and its font's ascent and descent, in pixels. */
export interface TextMeasure {
  width(text: string, font: CardFont): number;
  extent(font: CardFont): { ascent: number; descent: number };
}

/** A filled rectangle of the card's frame. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

/** One line of text, drawn from `x` on its alphabetic baseline. */
export interface CardLine {
  text: string;
  x: number;
  baseline: number;
  font: CardFont;
  colour: string;
}

/** Everything a card shows, in drawing order: its frame first, then its lines. */
export interface CardLayout {
  rects: CardRect[];
  lines: CardLine[];
}

const MARGIN_X = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN_X;
const TOP_BAR = 24;
const PANEL_BORDER = 4;
const PANEL_PADDING = 28;
const MIDDLE_PADDING = 48;
const GAP = 24;
const LABEL_FONT: CardFont = { size: 34, weight: 700, letterSpacing: 2 };
const SITE_FONT: CardFont = { size: 32, weight: 400, letterSpacing: 0 };
const LABEL_LINE_HEIGHT = 1.2;
const SITE_LINE_HEIGHT = 1.375;
const TITLE_LINE_HEIGHT = 1.15;

const SMALLEST_TITLE = { size: 40, maxLines: 5 };

/**
 * The title's sizes, largest first, each with the most lines it may take there: a title is set in the largest size at
 * which it fits, so a short title reads large and a long one still fits the card. A title too long for the smallest is
 * cut at its last line with an ellipsis; the page's og:title, shown beside the card, carries it whole.
 */
export const TITLE_STEPS: readonly { size: number; maxLines: number }[] = [
  { size: 72, maxLines: 2 },
  { size: 60, maxLines: 3 },
  { size: 48, maxLines: 4 },
  SMALLEST_TITLE,
];

const ELLIPSIS = '…';

/** A word too wide for a line on its own, in pieces that each fit (at least one character each). */
function splitWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Words filled greedily into lines no wider than the card's text width, as a browser wraps them. */
export function wrapText(text: string, font: CardFont, measure: TextMeasure): string[] {
  const fits = (line: string) => measure.width(line, font) <= TEXT_WIDTH;
  const lines: string[] = [];
  let line = '';
  for (const word of text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((whole) => (fits(whole) ? [whole] : splitWord(whole, fits)))) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return line ? [...lines, line] : lines;
}

/** The first `maxLines` lines, the last of them ending in an ellipsis that fits, if the text ran longer. */
function cutLines(lines: readonly string[], maxLines: number, font: CardFont, measure: TextMeasure): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  let last = Array.from(kept[maxLines - 1] ?? '');
  while (last.length > 0 && measure.width(`${last.join('').trimEnd()}${ELLIPSIS}`, font) > TEXT_WIDTH) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join('').trimEnd()}${ELLIPSIS}`;
  return kept;
}

/** The title's size and lines: the first step of TITLE_STEPS it fits, or the last one's lines, cut. */
export function fitTitle(title: string, measure: TextMeasure): { font: CardFont; lines: string[] } {
  const fontOf = (size: number): CardFont => ({ size, weight: 700, letterSpacing: 0 });
  for (const step of TITLE_STEPS) {
    const lines = wrapText(title, fontOf(step.size), measure);
    if (lines.length <= step.maxLines) return { font: fontOf(step.size), lines };
  }
  const font = fontOf(SMALLEST_TITLE.size);
  return { font, lines: cutLines(wrapText(title, font, measure), SMALLEST_TITLE.maxLines, font, measure) };
}

/** Lines set one under another from `top`, each centring its font's ascent and descent in its line box, as CSS does. */
function placeLines(texts: readonly string[], top: number, lineHeight: number, font: CardFont, colour: string, measure: TextMeasure) {
  const { ascent, descent } = measure.extent(font);
  return texts.map((text, index): CardLine => ({
    text,
    x: MARGIN_X,
    baseline: top + index * lineHeight + (lineHeight - ascent - descent) / 2 + ascent,
    font,
    colour,
  }));
}

/** A text on one line, cut with an ellipsis if it runs longer. */
const oneLine = (text: string, font: CardFont, measure: TextMeasure) => cutLines(wrapText(text, font, measure), 1, font, measure);

/**
 * The card: a bar in the accent colour along the top; the kind of page, in capitals, over the title, together
 * centred in the space between; and the review's name on a band along the bottom. Label and name take one line each.
 */
export function cardLayout(card: CardSpec, measure: TextMeasure): CardLayout {
  const siteLineHeight = Math.round(SITE_FONT.size * SITE_LINE_HEIGHT);
  const panelTop = CARD_HEIGHT - (PANEL_BORDER + 2 * PANEL_PADDING + siteLineHeight);
  const rects: CardRect[] = [
    { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, colour: CARD_COLOURS.bg },
    { x: 0, y: 0, width: CARD_WIDTH, height: TOP_BAR, colour: CARD_COLOURS.accent },
    { x: 0, y: panelTop, width: CARD_WIDTH, height: CARD_HEIGHT - panelTop, colour: CARD_COLOURS.panel },
    { x: 0, y: panelTop, width: CARD_WIDTH, height: PANEL_BORDER, colour: CARD_COLOURS.accentDark },
  ];

  const title = fitTitle(card.title, measure);
  const labelLineHeight = Math.round(LABEL_FONT.size * LABEL_LINE_HEIGHT);
  const titleLineHeight = title.font.size * TITLE_LINE_HEIGHT;
  const blockHeight = labelLineHeight + GAP + title.lines.length * titleLineHeight;
  const middleTop = TOP_BAR + MIDDLE_PADDING;
  const middleHeight = panelTop - MIDDLE_PADDING - middleTop;
  const blockTop = middleTop + Math.max(0, (middleHeight - blockHeight) / 2);

  const label = oneLine(card.label.toLocaleUpperCase('en'), LABEL_FONT, measure);
  const siteName = oneLine(card.siteName, SITE_FONT, measure);
  const lines = [
    ...placeLines(label, blockTop, labelLineHeight, LABEL_FONT, CARD_COLOURS.accent, measure),
    ...placeLines(title.lines, blockTop + labelLineHeight + GAP, titleLineHeight, title.font, CARD_COLOURS.text, measure),
    ...placeLines(siteName, panelTop + PANEL_BORDER + PANEL_PADDING, siteLineHeight, SITE_FONT, CARD_COLOURS.accentDark, measure),
  ];
  return { rects, lines };
}
