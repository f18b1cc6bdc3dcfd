import { describe, expect, test } from 'vitest';
import { findLooseNumbers } from '../../scripts/content/prose.ts';

describe('findLooseNumbers', () => {
  test.each([
    'See Table 2 and Figure 3 for details.',
    'Clavien–Dindo grade 3 complications and grades 1–2.',
    'Markers such as Ki-67, 5-HIAA and Ga-68 DOTATATE scans.',
    'A T3N1 tumour with N2 nodes and an R0 resection in S4.',
    'No level 1 evidence exists.',
    'Cited from other studies (references 16 to 19).',
    'Liver metastases in the category printed "1–4".',
  ])('allows "%s"', (text) => {
    expect(findLooseNumbers(text)).toEqual([]);
  });

  test.each([
    ['a percentage', 'About 60% were alive.', 'About 60% were alive.'],
    ['a year', 'Published in 2012 by a team.', 'Published in 2012 by a team.'],
    ['a count', 'Of 45 patients, some died.', 'Of 45 patients, some died.'],
  ])('flags %s', (_name, text, excerpt) => {
    expect(findLooseNumbers(text)).toEqual([excerpt]);
  });
});
