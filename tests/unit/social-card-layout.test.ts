import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CARD_COLOURS,
  cardLayout,
  fitTitle,
  TITLE_STEPS,
  wrapText,
  type CardFont,
  type TextMeasure,
} from '../../scripts/social/card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../scripts/social/card-spec.ts';
import { PROJECT_ROOT } from '../../scripts/content/paths.ts';

/** A monospaced stand-in for the font: every character half the font size wide, plus the letter spacing. */
const mono: TextMeasure = {
  width: (text, font) => Array.from(text).length * (font.size / 2 + font.letterSpacing),
  extent: (font) => ({ ascent: font.size * 0.8, descent: font.size * 0.2 }),
};
const TEXT_WIDTH = CARD_WIDTH - 2 * 72;
const bold = (size: number): CardFont => ({ size, weight: 700, letterSpacing: 0 });
const words = (count: number, word = 'liver') => Array.from({ length: count }, () => word).join(' ');
const card = (title: string) => ({ label: 'Source summary', title, siteName: 'Liver Metastasis Surgery: an evidence review' });

describe('wrapping a card line', () => {
  it('fills each line with as many words as fit, as a browser does', () => {
    // At 48 px a character is 24 px wide, so 44 characters fill the 1,056 px of text: seven "liver " and a last "liver".
    expect(wrapText(words(10), bold(48), mono)).toEqual([words(7), words(3)]);
  });

  it('breaks a word wider than a line into pieces that each fit', () => {
    const long = 'x'.repeat(100);
    expect(wrapText(`a ${long} b`, bold(48), mono)).toEqual(['a', 'x'.repeat(44), 'x'.repeat(44), `${'x'.repeat(12)} b`]);
  });

  it('counts a letter outside the basic plane as one character', () => {
    expect(wrapText('😀'.repeat(45), bold(48), mono)).toEqual(['😀'.repeat(44), '😀']);
  });
});

describe("fitting a card's title", () => {
  it.each([
    ['one line', 'Hepatectomy', 72, 1],
    ['two lines at the largest size', words(10), 72, 2],
    ['three lines, one size down', words(15), 60, 3],
    ['four lines, two sizes down', words(24), 48, 4],
    ['five lines at the smallest size', words(36), 40, 5],
  ])('sets a title of %s in the largest size it fits', (_case, title, size, lines) => {
    const fitted = fitTitle(title, mono);
    expect(fitted.font.size).toBe(size);
    expect(fitted.lines).toHaveLength(lines);
    expect(fitted.lines.join(' ')).toBe(title);
  });

  it('cuts a title too long for the smallest size at its last line, ending it with an ellipsis that fits', () => {
    const fitted = fitTitle(words(80), mono);
    expect(TITLE_STEPS.at(-1)).toEqual({ size: 40, maxLines: 5 });
    expect(fitted.font.size).toBe(40);
    expect(fitted.lines).toHaveLength(5);
    expect(fitted.lines.at(-1)).toBe(`${words(8)}…`);
    for (const line of fitted.lines) expect(mono.width(line, fitted.font)).toBeLessThanOrEqual(TEXT_WIDTH);
  });
});

describe('laying out a card', () => {
  const layout = cardLayout(card('Istanbul colorectal liver metastasis series'), mono);

  it('puts the label in capitals above the title, both in the middle, and the review name on the bottom band', () => {
    expect(layout.lines.map((line) => [line.text, line.font.size, line.font.weight, line.colour])).toEqual([
      ['SOURCE SUMMARY', 34, 700, CARD_COLOURS.accent],
      ['Istanbul colorectal liver', 72, 700, CARD_COLOURS.text],
      ['metastasis series', 72, 700, CARD_COLOURS.text],
      ['Liver Metastasis Surgery: an evidence review', 32, 400, CARD_COLOURS.accentDark],
    ]);
  });

  it('centres the label and title between the top bar and the bottom band', () => {
    // Band: 4 px border, 28 px padding twice and a 44 px line (32 px × 1.375) from the bottom: it starts at 526.
    // Middle: 24 + 48 = 72 to 526 − 48 = 478, 406 px; block: 41 (34 px × 1.2) + 24 + 2 × 82.8 (72 px × 1.15) = 230.6,
    // so it starts (406 − 230.6) / 2 = 87.7 px down, at 159.7. Each baseline centres 0.8 + 0.2 of the size in its line.
    const [label, first, second, site] = layout.lines;
    expect(label?.baseline).toBeCloseTo(159.7 + (41 - 34) / 2 + 34 * 0.8, 6);
    expect(first?.baseline).toBeCloseTo(159.7 + 41 + 24 + (82.8 - 72) / 2 + 72 * 0.8, 6);
    expect(second?.baseline).toBeCloseTo(159.7 + 41 + 24 + 82.8 + (82.8 - 72) / 2 + 72 * 0.8, 6);
    expect(site?.baseline).toBeCloseTo(526 + 4 + 28 + (44 - 32) / 2 + 32 * 0.8, 6);
  });

  it('draws a white card edge to edge, which card.ts draws on an opaque canvas, with a bar along the top and a bordered band along the bottom', () => {
    expect(layout.rects).toEqual([
      { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, colour: CARD_COLOURS.bg },
      { x: 0, y: 0, width: CARD_WIDTH, height: 24, colour: CARD_COLOURS.accent },
      { x: 0, y: 526, width: CARD_WIDTH, height: 104, colour: CARD_COLOURS.panel },
      { x: 0, y: 526, width: CARD_WIDTH, height: 4, colour: CARD_COLOURS.accentDark },
    ]);
  });

  it('keeps every line of the longest title inside the card and above the band', () => {
    const longest = cardLayout(card(words(200)), mono);
    for (const line of longest.lines) expect(line.x + mono.width(line.text, line.font)).toBeLessThanOrEqual(CARD_WIDTH - 72);
    const titleLines = longest.lines.filter((line) => line.colour === CARD_COLOURS.text);
    expect(titleLines).toHaveLength(5);
    const lastTitle = titleLines.at(-1);
    expect((lastTitle?.baseline ?? Infinity) + 40 * 0.2).toBeLessThan(526);
  });

  it('keeps a label or review name too long for the card to one line, cut with an ellipsis', () => {
    const long = cardLayout({ label: words(20), title: 'T', siteName: words(40) }, mono);
    expect(long.lines).toHaveLength(3);
    expect(long.lines[0]?.text).toBe(`${words(9, 'LIVER')}…`);
    expect(long.lines[2]?.text.endsWith('…')).toBe(true);
  });
});

describe("a card's colours", () => {
  it("are the site's own, as its style sheet sets them", () => {
    const tokens = fs.readFileSync(path.join(PROJECT_ROOT, 'src', 'styles', 'tokens.css'), 'utf8');
    const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(tokens)?.[1];
    expect(CARD_COLOURS).toEqual({
      accent: token('colour-brand'),
      accentDark: token('colour-brand-dark'),
      text: token('colour-text'),
      panel: token('colour-panel'),
      bg: token('colour-page'),
    });
  });
});
