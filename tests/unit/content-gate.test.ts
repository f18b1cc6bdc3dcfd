import { afterEach, describe, expect, it, vi } from 'vitest';
import { runContentGate } from '../../scripts/content/gate.ts';
import { contentWith, FIXTURE_TEXTS } from '../support/fixtures.ts';

/** What the gate reported, by level. */
function recordingLog() {
  const lines: { level: 'info' | 'warn' | 'error'; message: string }[] = [];
  const log = {
    info: (message: string) => lines.push({ level: 'info', message }),
    warn: (message: string) => lines.push({ level: 'warn', message }),
    error: (message: string) => lines.push({ level: 'error', message }),
  };
  return { lines, log };
}

describe('content gate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('passes valid content and says what it checked', () => {
    vi.stubEnv('LMS_CONTENT_DIR', contentWith());
    vi.stubEnv('LMS_SOURCE_TEXTS_DIR', FIXTURE_TEXTS);
    const { lines, log } = recordingLog();
    expect(runContentGate(log)).toBe(true);
    expect(lines.map((line) => line.level)).toEqual(['info', 'info']);
    expect(lines[0]?.message).toMatch(/^1 sources, 3 outcome records, 2 patient rows checked in \d+\.\d s$/);
    expect(lines[1]?.message).toBe("13 quotes found in their sources' texts");
  });

  it('stops bad content with the list of problems and nothing else', () => {
    vi.stubEnv('LMS_CONTENT_DIR', contentWith('percent-over-100'));
    vi.stubEnv('LMS_SOURCE_TEXTS_DIR', FIXTURE_TEXTS);
    const { lines, log } = recordingLog();
    expect(runContentGate(log)).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe('error');
    expect(lines[0]?.message).toMatch(
      /^Content check failed with 1 problem:\n {2}- .*outcomes\/mini-series\.csv:2 › value: is 120\.0%, but a percentage must lie between 0 and 100/,
    );
  });

  it('warns when the texts to check quotes against are missing', () => {
    vi.stubEnv('LMS_CONTENT_DIR', contentWith());
    vi.stubEnv('LMS_SOURCE_TEXTS_DIR', '/nonexistent-texts');
    const { lines, log } = recordingLog();
    expect(runContentGate(log)).toBe(true);
    expect(lines.at(-1)).toEqual({
      level: 'warn',
      message: expect.stringMatching(/^13 quotes could not be verified: .* not found in \/nonexistent-texts \(set LMS_SOURCE_TEXTS_DIR\)$/),
    });
  });
});
