import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { workVersion, writeWhole } from '../build/work-version.ts';
import type { CardSpec } from './card-spec.ts';

/** The card code and the libraries and fonts it draws with: a change to either draws every card afresh. */
export function cardCodeVersion(): string {
  return workVersion(['scripts/social']);
}

/** Cards a build drew, kept for the next: drawing one takes satori and sharp some 20 ms, copying it well under one. */
export interface CardStore {
  /** Copies the kept card that shows `card` to `file`; false if none is kept. */
  take(card: CardSpec, file: string): boolean;
  /** Keeps a card drawn in this build for the next. */
  keep(card: CardSpec, png: Buffer): void;
  /** Removes the kept cards this build did not use, so the folder holds one build's cards; returns how many it took. */
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
        fs.copyFileSync(path.join(folder, name), file);
      } catch {
        return false;
      }
      used.add(name);
      taken += 1;
      return true;
    },
    keep(card, png) {
      const name = nameOf(card);
      writeWhole(path.join(folder, name), png);
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
