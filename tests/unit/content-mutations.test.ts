import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { formatProblem, type Problem } from '../../scripts/content/problems.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { BUILD_YEAR, TEXT_LIMITS } from '../../src/schemas/common.ts';
import {
  BAD_BYTES,
  ContentCopy,
  csvCells,
  frontMatterEnd,
  insertBytes,
  insertParagraph,
  MARKUP,
  replaceCell,
  replaceField,
  typedDate,
  typedNumber,
  type Mutation,
} from '../support/mutations.ts';

/**
 * Property-based tests on the real content: each run changes one thing in one file (a number, a sign, a date,
 * a header, the encoding, the markup, a length) and runs the content gate. Either the gate passes and the
 * dataset holds exactly the changed value, or it fails with well-formed `file:line › field: reason` problems
 * at the changed place, and none anywhere else. Runs per property: LMS_PROPERTY_RUNS (default 15).
 */
const RUNS = Number(process.env.LMS_PROPERTY_RUNS ?? 15);
const copy = new ContentCopy(contentDir());
const baseline = validateContent(copy.root);
const outcomeCount = baseline.dataset.outcomes.length;

afterEach(() => {
  // Every mutation is undone after its run: the copy must be as clean as the content it came from.
  expect(validateContent(copy.root).problems).toEqual([]);
}, 30_000);

interface GateResult {
  dataset: ReturnType<typeof validateContent>['dataset'];
  problems: Problem[];
}

function gate(mutation: Mutation): GateResult {
  return copy.with(mutation, () => validateContent(copy.root));
}

/** Every problem reads `file:line › field: reason`, about the mutated file, with no program internals in it. */
function expectWellFormedAt(result: GateResult, mutation: Mutation): void {
  const file = path.join(copy.root, mutation.file);
  for (const problem of result.problems) {
    const text = formatProblem(problem);
    expect(problem.line, `${mutation.label}: ${text}`).toBeGreaterThanOrEqual(1);
    expect(text, mutation.label).toMatch(/^\S+:\d+ › \S.*: \S/);
    expect(text, mutation.label).not.toMatch(/\n\s+at |TypeError|ReferenceError|undefined|\[object /);
    expect(problem.file, `${mutation.label}: ${text} (one cause, one file)`).toBe(file);
  }
}

const asText = (value: unknown) => (value && typeof value === 'object' && 'text' in value ? String(value.text) : value);

describe('mutated real content either passes faithfully or fails at the mutated place', () => {
  test('numbers and signs in outcome and patient rows', () => {
    const files = [...copy.filesIn('outcomes', '.csv'), ...copy.filesIn('patients', '.csv')];
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), typedNumber, fc.boolean(), (filePick, rowPick, cellPick, typed, negate) => {
        const file = files[filePick % files.length] as string;
        const text = copy.read(file);
        const lines = text.split('\n');
        const header = csvCells(lines[0] ?? '');
        const rows = lines.map((line, index) => ({ line, index })).filter((row) => row.index > 0 && row.line.trim() !== '');
        const row = rows[rowPick % rows.length];
        if (!row) return;
        const cells = csvCells(row.line);
        const numeric = cells.flatMap((cell, index) => (/^\d+(?:\.\d+)?$/.test(cell) && header[index] !== 'id' ? [index] : []));
        fc.pre(numeric.length > 0);
        const column = numeric[cellPick % numeric.length] as number;
        const value = negate ? `-${cells[column] ?? ''}` : typed;
        fc.pre(!value.includes(',') && !value.includes('"'));
        const changed = replaceCell(text, row.index, column, value);
        const mutation = {
          file,
          bytes: Buffer.from(changed.text),
          line: changed.line,
          label: `${file}:${changed.line} ${header[column]} = "${value}"`,
        };
        const result = gate(mutation);
        expectWellFormedAt(result, mutation);
        if (result.problems.length > 0) return;
        const records = file.startsWith('outcomes/') ? result.dataset.outcomes : result.dataset.patients;
        const record = records.find((candidate) => candidate.id === cells[header.indexOf('id')]) as Record<string, unknown> | undefined;
        const shown = asText(record?.[header[column] as string]);
        const typedValue = value.trim();
        if (typeof shown === 'number') expect(shown, mutation.label).toBe(Number(typedValue));
        else expect(shown ?? '', mutation.label).toBe(typedValue);
        expect(String(shown ?? '').startsWith('-'), `${mutation.label}: a negative figure passed`).toBe(false);
        if (file.startsWith('outcomes/')) expect(result.dataset.outcomes.length, mutation.label).toBe(outcomeCount);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test('dates in front matter', () => {
    const files = copy.files.filter((file) => file.endsWith('.mdx') && /^lastReviewed: /m.test(copy.read(file)));
    fc.assert(
      fc.property(fc.nat(), typedDate, (filePick, date) => {
        const file = files[filePick % files.length] as string;
        const changed = replaceField(copy.read(file), 'lastReviewed', date);
        if (!changed) return;
        const mutation = {
          file,
          bytes: Buffer.from(changed.text),
          line: changed.line,
          label: `${file}:${changed.line} lastReviewed: ${date}`,
        };
        const result = gate(mutation);
        expectWellFormedAt(result, mutation);
        if (result.problems.length > 0) {
          expect(
            result.problems.map((problem) => [problem.line, problem.field]),
            mutation.label,
          ).toContainEqual([changed.line, 'lastReviewed']);
          return;
        }
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const real = new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
        expect(real && year <= BUILD_YEAR && date === iso, `${mutation.label} passed`).toBe(true);
        const pages = [...result.dataset.sources, ...(result.dataset.questions ?? []), ...(result.dataset.treatments ?? [])];
        expect(pages.find((page) => page.origin.file === path.join(copy.root, file))?.lastReviewed, mutation.label).toBe(iso);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test('CSV headers', () => {
    const files = copy.files.filter((file) => file.endsWith('.csv'));
    const edits = ['drop a letter', 'swap two letters', 'capitalise', 'rename', 'remove', 'repeat', 'add a column'] as const;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...edits), (filePick, columnPick, edit) => {
        const file = files[filePick % files.length] as string;
        const text = copy.read(file);
        const [first = '', ...rest] = text.split('\n');
        const header = csvCells(first);
        const index = columnPick % header.length;
        const name = header[index] as string;
        const renamed: Record<(typeof edits)[number], () => string[]> = {
          'drop a letter': () => header.with(index, name.slice(0, -1)),
          'swap two letters': () => header.with(index, name.length > 2 ? `${name[1]}${name[0]}${name.slice(2)}` : `${name}x`),
          capitalise: () => header.with(index, name.toUpperCase()),
          rename: () => header.with(index, 'comment'),
          remove: () => header.filter((_, at) => at !== index),
          repeat: () => [...header, name],
          'add a column': () => [...header, 'remarks'],
        };
        const changedHeader = renamed[edit]();
        fc.pre(changedHeader.join(',') !== first);
        const mutation = {
          file,
          bytes: Buffer.from([changedHeader.join(','), ...rest].join('\n')),
          line: 1,
          label: `${file} header: ${edit} "${name}"`,
        };
        const result = gate(mutation);
        expectWellFormedAt(result, mutation);
        expect(result.problems.length, `${mutation.label} passed`).toBeGreaterThan(0);
        expect(
          result.problems.every((problem) => problem.line === 1),
          mutation.label,
        ).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test('bytes that are not UTF-8', () => {
    const files = copy.files.filter((file) => /\.(csv|mdx|yaml)$/.test(file));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...BAD_BYTES), (filePick, offsetPick, bad) => {
        const file = files[filePick % files.length] as string;
        const text = copy.read(file);
        const inserted = insertBytes(text, offsetPick % (text.length + 1), bad);
        const mutation = { file, bytes: inserted.bytes, line: inserted.line, label: `${file}:${inserted.line} + bytes ${bad.join(' ')}` };
        const result = gate(mutation);
        expectWellFormedAt(result, mutation);
        expect(
          result.problems.map((problem) => [problem.line, problem.field]),
          mutation.label,
        ).toEqual([[inserted.line, '(file)']]);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test('markup in MDX bodies', () => {
    const files = copy.files.filter((file) => file.endsWith('.mdx'));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...MARKUP), (filePick, placePick, { snippet, allowed }) => {
        const file = files[filePick % files.length] as string;
        const text = copy.read(file);
        const changed = insertParagraph(text, frontMatterEnd(text), placePick, snippet);
        if (!changed) return;
        const mutation = { file, bytes: Buffer.from(changed.text), line: changed.line, label: `${file}:${changed.line} + ${snippet}` };
        const result = gate(mutation);
        expectWellFormedAt(result, mutation);
        if (allowed) expect(result.problems.map(formatProblem), mutation.label).toEqual([]);
        else
          expect(
            result.problems.map((problem) => [problem.line, problem.field]),
            mutation.label,
          ).toEqual([[changed.line, 'body']]);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test('text lengths', () => {
    const files = copy.files.filter((file) => file.endsWith('.mdx') && /^description: /m.test(copy.read(file)));
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 0, max: 160 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'o', 'r', 's', 't', ' '), minLength: 1, maxLength: 6 }),
        (filePick, repeat, word) => {
          const file = files[filePick % files.length] as string;
          const description = `${word.trim() || 'a'} `.repeat(repeat).trim();
          const changed = replaceField(copy.read(file), 'description', description);
          if (!changed) return;
          const mutation = {
            file,
            bytes: Buffer.from(changed.text),
            line: changed.line,
            label: `${file}:${changed.line} description of ${description.length} characters`,
          };
          const result = gate(mutation);
          expectWellFormedAt(result, mutation);
          if (result.problems.length > 0) {
            expect(
              result.problems.map((problem) => [problem.line, problem.field]),
              mutation.label,
            ).toEqual([[changed.line, 'description']]);
            expect(description.length === 0 || description.length > TEXT_LIMITS.sentences, `${mutation.label} was refused`).toBe(true);
            return;
          }
          const pages = [...result.dataset.sources, ...(result.dataset.questions ?? []), ...(result.dataset.treatments ?? [])];
          expect(pages.find((page) => page.origin.file === path.join(copy.root, file))?.description, mutation.label).toBe(description);
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});
