import { describe, expect, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { readCiting } from '../../scripts/content/citing-read.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { dataNumbers } from '../../scripts/extraction/data-numbers.ts';
import { leftOutSpans, printedNumbers } from '../../scripts/extraction/numbers.ts';
import { readSourceText, sourceTextsDir } from '../../scripts/source-texts/folder.ts';

describe('printedNumbers', () => {
  test('reads digits, ranges, percentages and spelled-out counts, and skips names such as stage codes', () => {
    const found = printedNumbers('Thirty-two of 45 (71.1%) had T3N1 tumours in S4, 7; range 4–24 months.\nHER2 in one.');
    expect(found.map((n) => [n.token, n.values])).toEqual([
      ['Thirty-two', [32]],
      ['45', [45]],
      ['71.1%', [71.1]],
      ['4–24', [4, 24]],
      ['one', [1]],
    ]);
    expect(found.map((n) => n.line)).toEqual([1, 1, 1, 1, 2]);
  });
});

/**
 * Extraction is complete when every number a source prints is either a data row or left out by a stated
 * rule. A figure the review forgot to extract fails here, with its line and the words around it.
 */
describe('every number each source prints is data or deliberately left out', () => {
  const { dataset } = validateContent(contentDir());
  const references = readCiting(contentDir()).references;

  test.each(dataset.sources.map((source) => [source.id, source] as const))('%s', (id, source) => {
    const text = readSourceText(source.text);
    expect(text, `${source.text} must be in ${sourceTextsDir()}`).toBeDefined();
    const rules = dataset.extraction?.get(id);
    expect(rules, `content/extraction/${id}.yaml must exist`).toBeDefined();
    const { spans, stale } = leftOutSpans(text ?? '', rules ?? []);
    expect(stale, 'rules that no longer match the text').toEqual([]);
    const held = dataNumbers(source, dataset.outcomes, dataset.patients, references);
    const missing = printedNumbers(text ?? '')
      .filter((n) => !spans.some((span) => span.start <= n.start && n.end <= span.end))
      .filter((n) => n.values.some((value) => !held.has(value)))
      .map((n) => `line ${n.line}: "${n.token}" in "${(text ?? '').slice(Math.max(0, n.start - 40), n.end + 40).replace(/\s+/g, ' ')}"`);
    expect(missing).toEqual([]);
  });
});
