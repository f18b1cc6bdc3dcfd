import { describe, expect, test } from 'vitest';
import { indexSourceText, normaliseForQuotes } from '../../scripts/source-texts/quote-match.ts';

const SOURCE = [
  'Survival curves were constructed by the Ka-',
  'plan-Meier method.   The 1-year   survival was 83.1%,',
  'and “most” patients had well-',
  'differentiated tumours in the 6<sup>th</sup> year; **Aim:** to report.',
].join('\n');

describe('normaliseForQuotes', () => {
  test('collapses whitespace, straightens quote marks and drops inline markup', () => {
    expect(normaliseForQuotes('a \t b\n\n“c” ‘d’ 6<sup>th</sup> **e**').text).toBe('a b "c" \'d\' 6th e');
    expect(normaliseForQuotes('interventions ( $p=0.541$ ).').text).toBe('interventions ( p=0.541 ).');
  });

  test('joins or keeps a line-end hyphen as asked, and maps back to the original', () => {
    const joined = normaliseForQuotes('metas-\n  tases here', true);
    expect(joined.text).toBe('metastases here');
    expect(normaliseForQuotes('well-\ndone', false).text).toBe('well-done');
    expect(joined.offsets[joined.text.indexOf('here')]).toBe('metas-\n  tases here'.indexOf('here'));
  });
});

describe('indexSourceText', () => {
  const index = indexSourceText(SOURCE);

  test.each([
    ['constructed by the Kaplan-Meier method', 1],
    ['The 1-year survival was 83.1%', 2],
    ['"most" patients had well-differentiated tumours in the 6th year', 3],
    ['Aim: to report.', 4],
  ])('finds %j on line %i', (quote, line) => {
    expect(index.find(quote)).toEqual({ found: true, line });
  });

  test('a changed figure is not found, and the closest passage is offered with its line', () => {
    const match = index.find('The 1-year survival was 83.7%');
    expect(match.found).toBe(false);
    expect(match).toMatchObject({ closest: { line: 2 } });
    expect(match.found === false && match.closest?.passage).toContain('The 1-year survival was');
  });

  test('an empty quote never matches', () => {
    expect(index.find('   ')).toEqual({ found: false });
  });
});

describe('the review content', () => {
  test('every quote (classifications, figure rows, patient rows and claims) is found in its source text, and every text is present', async () => {
    const { validateContent } = await import('../../scripts/content/validate.ts');
    const { contentDir } = await import('../../scripts/content/paths.ts');
    const { problems, quotes } = validateContent(contentDir(), { requireTexts: true });
    expect(problems.filter((problem) => problem.field.includes('quote') || problem.field === 'text')).toEqual([]);
    expect(quotes.missingTexts).toEqual([]);
    expect(quotes.unverified).toBe(0);
    expect(quotes.verified).toBeGreaterThan(300);
  });
});
