import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeBenchContent } from '../../scripts/bench/content.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { badFixtureNames, contentWith, FIXTURE_TEXTS } from '../support/fixtures.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-body-threads-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** What a check reports, on one thread or two. */
const report = (dir: string, secondThread: boolean, textsDir?: string) => {
  const { problems, quotes, bodiesOnSecondThread } = validateContent(dir, { textsDir, secondThread });
  return { messages: problems.map(formatProblem), quotes, bodiesOnSecondThread };
};

describe('page bodies checked on two threads', () => {
  test('a large review: the second thread checks some of the pages, and the findings are those of one thread', { timeout: 60_000 }, () => {
    const content = writeBenchContent(contentDir(), path.join(scratch, 'content'), 300);
    const one = report(content.dir, false, content.texts);
    const two = report(content.dir, true, content.texts);
    expect(one.bodiesOnSecondThread).toBe(0);
    expect(two.bodiesOnSecondThread).toBeGreaterThan(0);
    expect(two.quotes).toEqual(one.quotes);
    expect(two.messages).toEqual(one.messages);
    expect(one.quotes.verified).toBeGreaterThan(3000);
  });

  test('the real review is checked on one thread: too few pages for a second to pay', () => {
    expect(validateContent(contentDir()).bodiesOnSecondThread).toBe(0);
  });

  // Fixtures whose problems are found in page bodies, where the two threads' findings are put back together.
  const bodyFixtures = badFixtureNames().filter((name) => {
    const dir = contentWith(name);
    return validateContent(dir, { textsDir: FIXTURE_TEXTS }).problems.some((problem) => problem.field === 'body');
  });

  test('some bad fixtures report problems in page bodies', () => {
    expect(bodyFixtures.length).toBeGreaterThan(10);
  });

  test.each(bodyFixtures)('%s: the same problems on two threads', (name) => {
    const dir = contentWith(name);
    expect(report(dir, true, FIXTURE_TEXTS).messages).toEqual(report(dir, false, FIXTURE_TEXTS).messages);
  });
});
