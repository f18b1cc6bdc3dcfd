import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeBenchContent } from '../../scripts/bench/content.ts';
import { checkPagesOnTwoThreads } from '../../scripts/content/body-check-threads.ts';
import { checkPageBody } from '../../scripts/content/body-checks.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { bodyCheckInput, validateContent } from '../../scripts/content/validate.ts';
import { badFixtureNames, contentWith, FIXTURE_TEXTS } from '../support/fixtures.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-body-threads-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** What a check reports, on one thread or two. */
const report = (dir: string, secondThread: boolean | 'every-page', textsDir?: string) => {
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

  test.each(bodyFixtures)('%s: the same problems on two threads, and when the second checks every page', (name) => {
    const dir = contentWith(name);
    const one = report(dir, false, FIXTURE_TEXTS);
    expect(report(dir, true, FIXTURE_TEXTS).messages).toEqual(one.messages);
    // Shared, the first thread may check every page of a small review before the second has started.
    const second = report(dir, 'every-page', FIXTURE_TEXTS);
    expect(second.bodiesOnSecondThread).toBeGreaterThan(0);
    expect(second.messages).toEqual(one.messages);
    expect(second.quotes).toEqual(one.quotes);
  });
});

describe('a second thread that does not answer', () => {
  // The real review's pages, with what their checks need to know of the rest of it.
  const { pages, context } = bodyCheckInput(validateContent(contentDir()).dataset);
  // A thread that starts and then never claims a page nor answers, as one stuck or dead would.
  const silentWorker = path.join(scratch, 'silent-worker.mjs');
  fs.writeFileSync(silentWorker, 'setInterval(() => {}, 60_000);\n');

  test('is not waited for when the first thread checked every page', () => {
    const started = performance.now();
    const { findings, bySecondThread } = checkPagesOnTwoThreads(pages, context, { workerFile: silentWorker, silenceMs: 5000 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(bySecondThread).toBe(0);
    expect(findings).toEqual(pages.map((page) => checkPageBody(page, context)));
  });

  test('is given up once silent, when it holds pages', () => {
    expect(() => checkPagesOnTwoThreads(pages, context, { secondChecksAll: true, workerFile: silentWorker, silenceMs: 1500 })).toThrow(
      'the second thread checking page bodies was silent for 1.5 s without answering: it is lost',
    );
  });

  test('is given up when it cannot start', () => {
    const missing = path.join(scratch, 'no-such-worker.mjs');
    expect(() => checkPagesOnTwoThreads(pages, context, { secondChecksAll: true, workerFile: missing, silenceMs: 1500 })).toThrow(
      'was silent for 1.5 s without answering: it is lost',
    );
  });
});
