import { beforeEach, describe, expect, test, vi } from 'vitest';
import type * as Yaml from 'yaml';
import { readFrontMatter } from '../../scripts/content/front-matter.ts';

// Counts how often the front matter's YAML is parsed, which is what a table of lines costs. vi.mock is hoisted above
// the imports, so the module under test reads this yaml.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (importOriginal) =>
  (await import('../support/counted-yaml.ts')).countingCalls(await importOriginal<typeof Yaml>(), 'parseDocument', parses),
);

const read = (text: string) => {
  const result = readFrontMatter(text);
  if ('problem' in result) throw new Error(result.problem.message);
  return result;
};

describe("front matter's table of lines", () => {
  beforeEach(() => {
    parses.count = 0;
  });

  // At 10,000 synthetic sources the gate's process peaked at 764 to 844 MB with a table made for every file, and at
  // 655 to 661 MB with tables made on demand. The reader that keeps lines took ten times as long as js-yaml, which reads
  // the fields, so it reads nothing until a line is asked for.
  test('is not made, nor the YAML read for it, for a file whose lines nobody asks for', () => {
    read('---\nid: x\ngroups:\n  - id: a\n---\nBody\n');
    expect(parses.count).toBe(0);
  });

  test('is made once, when a line is first asked for, and answers every later question from it', () => {
    const file = read('---\nid: x\ngroups:\n  - id: a\n    size: 3\n---\nBody\n');
    expect(file.lineOf('groups.0.size')).toBe(5);
    expect(parses.count).toBe(1);
    expect(['id', 'groups', 'groups.0', 'groups.0.label', 'missing'].map(file.lineOf)).toEqual([2, 3, 4, 4, undefined]);
    expect(parses.count).toBe(1);
  });

  test('gives the lines of the file as read, whatever was read after it', () => {
    const first = read('---\nid: x\n\n\ntitle: First\n---\n');
    const second = read('---\ntitle: Second\n---\n');
    expect([second.lineOf('title'), first.lineOf('title')]).toEqual([2, 5]);
  });
});
