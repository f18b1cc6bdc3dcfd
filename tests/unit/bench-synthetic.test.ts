import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBenchContent } from '../../scripts/bench/content.ts';
import { letterName, syntheticOutcomes, syntheticSource } from '../../scripts/bench/synthetic.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';

describe('synthetic benchmark content', () => {
  it('spells every index as a different name without digits', () => {
    const names = Array.from({ length: 5000 }, (_, index) => letterName(index));
    expect(new Set(names).size).toBe(5000);
    expect(names.some((name) => /\d/.test(name))).toBe(false);
  });

  it('passes the real schemas and every cross-record check, and reads back as written', { timeout: 30_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-bench-content-'));
    try {
      writeBenchContent(contentDir(), dir, 20);
      const real = validateContent(contentDir());
      const { dataset, problems } = validateContent(dir);
      expect(problems).toEqual([]);
      expect(dataset.sources.length).toBe(real.dataset.sources.length + 20);
      const source = syntheticSource(7);
      const read = dataset.sources.find((candidate) => candidate.id === source.id);
      expect(read).toMatchObject(source);
      const figures = dataset.outcomes.filter((outcome) => outcome.source === source.id);
      expect(figures.map(({ origin: _origin, ...outcome }) => outcome)).toEqual(syntheticOutcomes(source, 7));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
