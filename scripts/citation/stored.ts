import fs from 'node:fs';
import path from 'node:path';
import { workVersion, writeWhole } from '../build/kept-work.ts';
import type { Citation } from './output.ts';

/** Formatted citations keyed by their item's identity (formatter.ts's citationKey). */
export type Citations = ReadonlyMap<string, Citation>;

/** Kept in the build's cache folder beside Astro's own. */
const FILE = 'citations.json';

/** The citation code and the libraries it calls: a change to either formats everything afresh. */
export function citationCodeVersion(): string {
  return workVersion(['scripts/citation']);
}

const FIELDS = ['apa', 'vancouver', 'bibtex', 'ris'] as const satisfies readonly (keyof Citation)[];

function isCitation(value: unknown): value is Citation {
  return (
    typeof value === 'object' && value !== null && FIELDS.every((field) => typeof (value as Record<string, unknown>)[field] === 'string')
  );
}

/**
 * The citations the previous build formatted, if it ran the same code; none when there are none, the code has
 * changed, or the file cannot be read as written. Formatting them again takes citeproc about 2 ms an item.
 */
export function loadStoredCitations(cacheDir: string, version: string): Map<string, Citation> {
  let stored: unknown;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(cacheDir, FILE), 'utf8'));
  } catch {
    return new Map();
  }
  const { version: storedVersion, citations } = (stored ?? {}) as { version?: unknown; citations?: unknown };
  if (storedVersion !== version || typeof citations !== 'object' || citations === null) return new Map();
  const entries = Object.entries(citations);
  return entries.every(([, citation]) => isCitation(citation)) ? new Map(entries as [string, Citation][]) : new Map();
}

/** Keeps this build's citations, and only them, for the next build. */
export function saveStoredCitations(cacheDir: string, version: string, citations: Citations): void {
  writeWhole(path.join(cacheDir, FILE), JSON.stringify({ version, citations: Object.fromEntries(citations) }));
}
