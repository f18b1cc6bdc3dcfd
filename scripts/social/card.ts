import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, PngFilter, type SKRSContext2D } from '@napi-rs/canvas';
import { cardLayout, type CardFont, type TextMeasure } from './card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './card-spec.ts';

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const familyOf = (weight: CardFont['weight'], subset: (typeof SUBSETS)[number]) => `Atkinson Hyperlegible ${weight} ${subset}`;

/**
 * Atkinson Hyperlegible, shipped in an npm package, so a card looks the same on every machine and no
 * build fetches a font. Latin and Latin Extended cover every title the review writes. Each file is a family of its
 * own, chosen by name, because @napi-rs/canvas 1.2 drew weight 400 in bold when one family held both weights.
 */
function registerFonts(): void {
  for (const subset of SUBSETS)
    for (const weight of WEIGHTS)
      GlobalFonts.registerFromPath(
        require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`),
        familyOf(weight, subset),
      );
}

/** The font, with Latin Extended after Latin, so a letter the first lacks is taken from the second. */
function setFont(context: SKRSContext2D, font: CardFont): void {
  context.font = `${font.size}px ${SUBSETS.map((subset) => `"${familyOf(font.weight, subset)}"`).join(', ')}`;
  context.letterSpacing = `${font.letterSpacing}px`;
}

/** Widths and extents as the canvas will draw them, so lines are broken where the drawn text would overflow. */
function measureWith(context: SKRSContext2D): TextMeasure {
  return {
    width(text, font) {
      setFont(context, font);
      return context.measureText(text).width;
    },
    extent(font) {
      setFont(context, font);
      const metrics = context.measureText('');
      return { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
    },
  };
}

/**
 * One canvas for the process: each card is drawn and encoded whole, on this thread, before the next is begun. Opaque,
 * since every card is painted edge to edge: Skia then encodes its pixels without first undoing premultiplied alpha,
 * and the same card's PNG is byte for byte the same, encoded in some 2.0 ms instead of 2.5.
 */
let context: SKRSContext2D | undefined;

function canvasContext(): SKRSContext2D {
  if (!context) {
    registerFonts();
    context = createCanvas(CARD_WIDTH, CARD_HEIGHT).getContext('2d', { alpha: false });
  }
  return context;
}

/** How the card's text measures as drawn. */
export function cardTextMeasure(): TextMeasure {
  return measureWith(canvasContext());
}

/**
 * The card as a PNG: laid out by card-layout.ts, drawn and encoded by Skia (@napi-rs/canvas); nothing is fetched.
 * Skia keeps the glyphs it has drawn, so a card takes some 2.5 ms of CPU time, where laying its text out as shapes
 * (satori) and rasterising them (sharp) took some 11. Full colour at zlib level 3 without row filters: these are
 * files fetched only by the sites that preview a link, and a review of thousands of sources draws thousands. Every
 * filter made the card larger as well as slower (67 kB with Sub, 65 kB with all five, against 54 kB), and all five
 * took 12.8 ms a card.
 */
export function renderCard(card: CardSpec): Buffer {
  const drawing = canvasContext();
  const layout = cardLayout(card, measureWith(drawing));
  for (const rect of layout.rects) {
    drawing.fillStyle = rect.colour;
    drawing.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  drawing.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    setFont(drawing, line.font);
    drawing.fillStyle = line.colour;
    drawing.fillText(line.text, line.x, line.baseline);
  }
  return drawing.canvas.encodeSync('png', { compressionLevel: 3, filters: PngFilter.None });
}
