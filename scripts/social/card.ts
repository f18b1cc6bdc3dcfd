import fs from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './card-spec.ts';

const require = createRequire(import.meta.url);

/** The site's colours (src/styles/global.css), so a card reads as the review's. */
const COLOURS = { accent: '#0b5394', accentDark: '#073763', text: '#1b1f24', panel: '#f4f6f8', bg: '#ffffff' } as const;

/**
 * Atkinson Hyperlegible, shipped in an npm package, so a card looks the same on every machine and no
 * build fetches a font. Latin and Latin Extended cover every title the review writes.
 */
function loadFonts() {
  const file = (subset: string, weight: 400 | 700) =>
    fs.readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`));
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Atkinson Hyperlegible',
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
}

let fonts: ReturnType<typeof loadFonts> | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, unknown>, children?: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/** Long titles step down in size so every card fits its title in at most four lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 80) return 60;
  return 48;
}

/** The card as satori's element tree: page kind, title, and the review's name on a band along the bottom. */
function layout(card: CardSpec): Node {
  return box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: COLOURS.bg,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      box({ height: 24, background: COLOURS.accent, display: 'flex' }),
      box({ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: '48px 72px', gap: 24 }, [
        box(
          { fontSize: 34, fontWeight: 700, color: COLOURS.accent, textTransform: 'uppercase', letterSpacing: 2, display: 'flex' },
          card.label,
        ),
        box({ fontSize: titleSize(card.title), fontWeight: 700, color: COLOURS.text, lineHeight: 1.15, display: 'flex' }, card.title),
      ]),
      box(
        {
          background: COLOURS.panel,
          borderTop: `4px solid ${COLOURS.accentDark}`,
          padding: '28px 72px',
          fontSize: 32,
          color: COLOURS.accentDark,
          display: 'flex',
        },
        card.siteName,
      ),
    ],
  );
}

/**
 * The card as a PNG: text laid out and drawn as shapes by satori, rasterised by sharp; nothing is fetched. Full
 * colour, since a 32-colour palette's quantising cost more than drawing (16 ms of sharp's time per card against 8),
 * at zlib level 3: from SVG to PNG 18 to 20 ms a card instead of 22 to 24 at level 6, for 52 kB instead of 47. These
 * are files fetched only by the sites that preview a link, and a review of thousands of sources draws thousands.
 */
export async function renderCard(card: CardSpec): Promise<Buffer> {
  fonts ??= loadFonts();
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
}
