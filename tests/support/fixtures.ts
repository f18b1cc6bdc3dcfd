import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures', 'content');

/** The fixture sources' own texts, which their quotes are checked against. */
export const FIXTURE_TEXTS = path.join(process.cwd(), 'tests', 'fixtures', 'texts');

/** One change a bad fixture makes to a file of the valid fixture: a literal text, or a pattern with its flags. */
type FixtureEdit = { file: string; replace: string } & ({ find: string } | { pattern: string; flags: string });

/**
 * Applies a bad fixture's edits.json. Edits, rather than whole copies, keep a fixture to the one thing it breaks,
 * so it still breaks only that thing when the valid fixture gains fields; an edit that no longer finds its text fails loudly.
 */
function applyEdits(dir: string, editsFile: string): void {
  for (const edit of JSON.parse(fs.readFileSync(editsFile, 'utf8')) as FixtureEdit[]) {
    const file = path.join(dir, edit.file);
    const text = fs.readFileSync(file, 'utf8');
    const changed =
      'find' in edit ? text.replace(edit.find, () => edit.replace) : text.replace(new RegExp(edit.pattern, edit.flags), edit.replace);
    if (changed === text) throw new Error(`${editsFile}: ${JSON.stringify(edit)} changes nothing in ${edit.file}`);
    fs.writeFileSync(file, changed);
  }
}

/** A fresh content folder: the valid fixture with one bad fixture's files laid over it and its edits applied. */
export function contentWith(badFixture?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-content-'));
  fs.cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  if (!badFixture) return dir;
  const fixture = path.join(FIXTURES, 'bad', badFixture);
  fs.cpSync(fixture, dir, { recursive: true, filter: (from) => path.basename(from) !== 'edits.json' });
  if (fs.existsSync(path.join(fixture, 'edits.json'))) applyEdits(dir, path.join(fixture, 'edits.json'));
  return dir;
}

export function badFixtureNames(): string[] {
  return fs.readdirSync(path.join(FIXTURES, 'bad')).sort();
}
