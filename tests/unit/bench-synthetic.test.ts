import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBenchContent } from '../../scripts/bench/content.ts';
import { letterName, printedSentence, syntheticOutcomes, syntheticSource } from '../../scripts/bench/synthetic.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { sourceTextsDir } from '../../scripts/source-texts/folder.ts';

describe('synthetic benchmark content', () => {
  it('spells every index as a different name without digits', () => {
    const names = Array.from({ length: 5000 }, (_, index) => letterName(index));
    expect(new Set(names).size).toBe(5000);
    expect(names.some((name) => /\d/.test(name))).toBe(false);
  });

  it('passes the real schemas and every cross-record check, and reads back as written', { timeout: 30_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-bench-content-'));
    try {
      const content = writeBenchContent(contentDir(), path.join(dir, 'content'), 20);
      const real = validateContent(contentDir());
      // Quotes are checked against the texts written beside the content, as the benchmark's build checks them.
      const { dataset, problems, quotes } = validateContent(content.dir, { textsDir: content.texts });
      expect(problems).toEqual([]);
      if (fs.existsSync(sourceTextsDir())) expect(quotes.unverified).toBe(0);
      expect(dataset.sources.length).toBe(real.dataset.sources.length + 20);
      const source = syntheticSource(7);
      const read = dataset.sources.find((candidate) => candidate.id === source.id);
      expect(read).toMatchObject(source);
      const figures = dataset.outcomes.filter((outcome) => outcome.source === source.id);
      expect(figures.map(({ origin: _origin, ...outcome }) => outcome)).toEqual(syntheticOutcomes(source, 7));
      // Every source, real or synthetic, has its text where the build looks for it, and the text prints each figure.
      const realTextsHere = fs.existsSync(sourceTextsDir());
      for (const entry of dataset.sources) {
        if (entry.id.startsWith('bench-') || realTextsHere)
          expect(fs.existsSync(path.join(content.texts, entry.text)), entry.text).toBe(true);
      }
      const text = fs.readFileSync(path.join(content.env.LMS_SOURCE_TEXTS_DIR, source.text), 'utf8');
      for (const outcome of syntheticOutcomes(source, 7)) expect(text).toContain(printedSentence(outcome));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
