import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutcomeRecord, SourceRecord } from '../../scripts/content/checks.ts';
import { checkChangelog, checkReferenceLists, type CitingDataset } from '../../scripts/content/citing-checks.ts';
import { readCiting, readYamlList, type ChangelogRecord, type ReferenceRecord } from '../../scripts/content/citing-read.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { changelogEntrySchema } from '../../src/schemas/changelog.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-citing-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

const origin = (line: number) => ({ file: 'x.csv', line });
const reference = (fields: Partial<ReferenceRecord> & { id: string; number?: number }, line = 2): ReferenceRecord => ({
  source: 's',
  completeness: 'complete',
  authors: 'A',
  title: 'T',
  origin: origin(line),
  ...fields,
});
const dataset = (fields: Partial<CitingDataset>): CitingDataset => ({
  sources: [{ id: 's' } as SourceRecord],
  outcomes: [],
  references: [],
  changelog: [],
  ...fields,
});

describe('the review’s own reference lists and changelog', () => {
  it('pass the content gate, and every reference an outcome note cites has its entry', () => {
    const { dataset: content, problems } = validateContent(contentDir());
    expect(problems).toEqual([]);
    const { references, changelog } = readCiting(contentDir());
    expect(references.length).toBeGreaterThan(0);
    expect(changelog.length).toBeGreaterThan(0);
    const cited = content.outcomes.filter((outcome) => /\breferences?\s+\d/.test(outcome.note ?? ''));
    expect(cited.length).toBeGreaterThan(0);
    for (const outcome of cited)
      expect(
        references.some((entry) => entry.source === outcome.source),
        outcome.id,
      ).toBe(true);
  });
});

describe('referenceSchema', () => {
  const row = {
    id: 'r-1',
    source: 's',
    number: '2',
    position: '',
    authors: 'Brown RE',
    title: 'Hepatic resection',
    publication: 'Surg Clin North Am. 2010',
    url: '',
    completeness: 'complete',
    note: '',
  };

  it('accepts an entry as printed, with empty cells meaning "not given"', () => {
    expect(referenceSchema.parse(row)).toMatchObject({ number: 2, url: undefined, note: undefined });
  });

  it.each([
    [{ title: '' }, 'completeness', 'a complete entry needs its authors and title as printed'],
    [{ completeness: 'missing', note: 'Not in the copy.' }, 'completeness', 'a missing entry has no text'],
    [{ completeness: 'partial' }, 'note', 'a partial or missing entry needs a note'],
    [{ url: 'jamanetwork.com/x' }, 'url', 'must be a full web address'],
    [{ completeness: 'guessed' }, 'completeness', 'must be one of: complete, partial, missing'],
    [{ position: '2' }, 'number', 'one, not both'],
    [{ number: '' }, 'number', 'the number printed in the list or'],
  ])('rejects %j at %s', (change, field, message) => {
    const result = referenceSchema.safeParse({ ...row, ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === field);
    expect(issue?.message).toContain(message);
  });
});

describe('checkReferenceLists', () => {
  const citing = {
    id: 'o-1',
    source: 's',
    note: 'Cited from other studies (references 2 to 3).',
    origin: { file: 'content/outcomes/s.csv', line: 7 },
  } as OutcomeRecord;

  it('reports a cited reference with no entry, at the outcome row that cites it', () => {
    const problems = checkReferenceLists(dataset({ outcomes: [citing], references: [reference({ id: 'r-2', number: 2 })] }));
    expect(problems).toEqual([
      {
        file: 'content/outcomes/s.csv',
        line: 7,
        field: 'note',
        message: expect.stringContaining('cites reference 3, which has no entry for "s"'),
      },
    ]);
  });

  it('accepts a list where every cited number has an entry, even one the copy lacks', () => {
    const entries = [
      reference({ id: 'r-2', number: 2 }),
      reference({ id: 'r-3', number: 3, completeness: 'missing', authors: undefined, title: undefined }),
    ];
    expect(checkReferenceLists(dataset({ outcomes: [citing], references: entries }))).toEqual([]);
  });

  it('reports a number used twice in one list, an unknown source and a repeated id', () => {
    const problems = checkReferenceLists(
      dataset({
        references: [
          reference({ id: 'r-2', number: 2 }),
          reference({ id: 'r-2b', number: 2 }, 3),
          reference({ id: 'r-2', source: 'gone' }, 4),
        ],
      }),
    );
    expect(problems.map((problem) => `${problem.line} ${problem.field}: ${problem.message}`)).toEqual([
      '4 id: "r-2" is already used by another reference (x.csv:2); ids must be unique',
      '3 number: 2 is already the place of "r-2" in the same list',
      '4 source: "gone" is not a known source id (known: s)',
    ]);
  });

  it('does not take an unnumbered entry’s position for a printed number', () => {
    const unnumbered = [reference({ id: 'p-2', position: 2 }), reference({ id: 'p-3', position: 3 })];
    expect(checkReferenceLists(dataset({ outcomes: [citing], references: unnumbered })).map((problem) => problem.field)).toEqual([
      'note',
      'note',
    ]);
  });

  it('stays quiet about a source that already failed its schema', () => {
    expect(checkReferenceLists(dataset({ outcomes: [{ ...citing, source: 'broken' }], rejectedSources: new Set(['broken']) }))).toEqual([]);
  });
});

describe('checkChangelog', () => {
  const entry = (fields: Partial<ChangelogRecord>): ChangelogRecord => ({
    id: 'first',
    date: '2026-11-24',
    version: '1.0.0',
    title: 'First publication',
    changes: ['Five sources summarised.'],
    sources: ['s'],
    origin: { file: 'content/changelog.yaml', line: 2 },
    ...fields,
  });

  it('accepts entries that name known sources and describe changes in words', () => {
    expect(checkChangelog(dataset({ changelog: [entry({})] }))).toEqual([]);
  });

  it('reports unknown sources, typed figures and repeated ids', () => {
    const problems = checkChangelog(
      dataset({
        changelog: [
          entry({}),
          entry({ sources: ['s', 'gone'], changes: ['Survival corrected to 83.1%.'], origin: { file: 'content/changelog.yaml', line: 9 } }),
        ],
      }),
    );
    expect(problems.map((problem) => `${problem.line} ${problem.field}`)).toEqual(['9 id', '9 sources.1', '9 changes.0']);
  });

  it('needs a release number and at least one change', () => {
    expect(
      changelogEntrySchema
        .safeParse({ id: 'a', date: '2026-11-24', version: 'v1', title: 'T', changes: [] })
        .error?.issues.map((issue) => issue.path[0]),
    ).toEqual(['version', 'changes']);
  });
});

describe('readYamlList', () => {
  it('reads each entry with the line it starts on', () => {
    const file = write('log.yaml', '# comment\n- id: a\n  title: A\n\n- id: b\n  title: B\n');
    const { items, problems } = readYamlList(file);
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.line, item.data.id])).toEqual([
      [2, 'a'],
      [5, 'b'],
    ]);
  });

  it('treats a missing file as an empty list', () => {
    expect(readYamlList(path.join(tmp, 'none.yaml'))).toEqual({ items: [], problems: [] });
  });

  it('reports a file that is not a list, an entry that is not a record, and broken YAML', () => {
    expect(readYamlList(write('map.yaml', 'id: a\n')).problems[0]?.message).toContain('must be a list of entries');
    expect(readYamlList(write('scalar.yaml', '- just text\n')).problems[0]).toMatchObject({ line: 1, field: '(entry)' });
    const broken = readYamlList(write('broken.yaml', '- id: a\n  title: [unclosed\n'));
    expect(broken.items).toEqual([]);
    expect(broken.problems[0]?.message).toContain('is not valid YAML');
  });
});
