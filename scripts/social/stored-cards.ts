import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { linkWhole, workVersion } from '../build/kept-work.ts';
import type { CardSpec } from './card-spec.ts';

/** The card code and the libraries and fonts it draws with (fonts come from an npm package): a change to either draws every card afresh. */
export function cardCodeVersion(): string {
  return workVersion(['scripts/social']);
}

/**
 * Cards a build drew, kept for the next: drawing one takes some 2.5 ms of CPU time, linking it well under one.
 * Kept cards are hard links to the site's (copies where no link can be made), so a site of 10,000
 * cards of some 50 kB each does not hold its cards twice. Cards are only ever written as new files, never into an
 * existing one, so a kept card cannot change under the site that links it, or the other way round.
 */
export interface CardStore {
  /** Puts the kept card that shows `card` at `file`; false if none is kept. */
  take(card: CardSpec, file: string): boolean;
  /** Keeps the card drawn at `file` in this build for the next. */
  keep(card: CardSpec, file: string): void;
  /** Removes the kept cards this build did not use, so the folder holds one build's cards; returns how many it removed. */
  prune(): number;
  /** How many cards this build took from the store. */
  readonly taken: number;
}

/** The cards kept in `folder`, each named by what it shows and the version of the code that drew it. */
export function cardStore(folder: string, version: string): CardStore {
  const used = new Set<string>();
  let taken = 0;
  const nameOf = (card: CardSpec) =>
    `${createHash('sha256')
      .update(JSON.stringify([version, card.label, card.title, card.siteName]))
      .digest('hex')
      .slice(0, 40)}.png`;
  return {
    take(card, file) {
      const name = nameOf(card);
      try {
        linkWhole(path.join(folder, name), file);
      } catch {
        return false;
      }
      used.add(name);
      taken += 1;
      return true;
    },
    keep(card, file) {
      const name = nameOf(card);
      linkWhole(file, path.join(folder, name));
      used.add(name);
    },
    prune() {
      const stale = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => !used.has(name)) : [];
      for (const name of stale) fs.rmSync(path.join(folder, name), { force: true });
      return stale.length;
    },
    get taken() {
      return taken;
    },
  };
}
