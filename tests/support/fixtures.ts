import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures', 'content');

/** The fixture sources' own texts, which their quotes are checked against. */
export const FIXTURE_TEXTS = path.join(process.cwd(), 'tests', 'fixtures', 'texts');

/** A fresh content folder: the valid fixture with one bad fixture's files laid over it. */
export function contentWith(badFixture?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-content-'));
  fs.cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  if (badFixture) fs.cpSync(path.join(FIXTURES, 'bad', badFixture), dir, { recursive: true });
  return dir;
}

export function badFixtureNames(): string[] {
  return fs.readdirSync(path.join(FIXTURES, 'bad')).sort();
}
