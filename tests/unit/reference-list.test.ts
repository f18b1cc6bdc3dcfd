import { describe, expect, it } from 'vitest';
import { citedReferenceNumbers, inListOrder, outcomesCiting, referenceText } from '../../scripts/citation/reference-list.ts';
import { sourceStatus } from '../../scripts/changelog/source-status.ts';

describe('citedReferenceNumbers', () => {
  it.each([
    ['Cited from another study (reference 2).', [2]],
    ['Cited from other studies (references 16 to 19).', [16, 17, 18, 19]],
    ['See references 4–6 and reference 11.', [4, 5, 6, 11]],
    ['Same figure in the Abstract and Results text.', []],
    [undefined, []],
  ])('%s → %j', (note, numbers) => {
    expect(citedReferenceNumbers(note)).toEqual(numbers);
  });
});

describe('referenceText', () => {
  it('joins the printed parts with full stops, never doubling the source’s own punctuation', () => {
    expect(
      referenceText({
        authors: 'Brown RE, Bower MR, Martin RC',
        title: 'Hepatic resection',
        publication: 'Surg Clin North Am. 2010;90(4):839–52',
        completeness: 'complete',
      }),
    ).toBe('Brown RE, Bower MR, Martin RC. Hepatic resection. Surg Clin North Am. 2010;90(4):839–52.');
    expect(
      referenceText({
        authors: 'Adam R, et al.',
        title: 'Is liver resection justified?',
        publication: 'Ann Surg 2006;244:897-907',
        completeness: 'complete',
      }),
    ).toBe('Adam R, et al. Is liver resection justified? Ann Surg 2006;244:897-907.');
  });

  it('ends a cut-off entry with an ellipsis where the text stops', () => {
    expect(
      referenceText({ authors: 'Weitz J, et al.', title: 'Partial hepatectomy for metastases from non-', completeness: 'partial' }),
    ).toBe('Weitz J, et al. Partial hepatectomy for metastases from non- …');
    expect(referenceText({ completeness: 'missing' })).toBe('');
  });
});

describe('inListOrder', () => {
  it('orders a numbered list by its printed numbers and an unnumbered one by position, whatever order the records come in', () => {
    expect(inListOrder([{ number: 17 }, { number: 2 }, { number: 16 }]).map((entry) => entry.number)).toEqual([2, 16, 17]);
    const unnumbered = [
      { id: 'bowden', position: 6 },
      { id: 'sugawara', position: 1 },
      { id: 'xia', position: 2 },
    ];
    expect(inListOrder(unnumbered).map((entry) => entry.id)).toEqual(['sugawara', 'xia', 'bowden']);
  });
});

describe('outcomesCiting', () => {
  const outcomes = [
    { id: 'a', source: 's', note: 'Cited from other studies (references 16 to 19).' },
    { id: 'b', source: 's', note: 'Cited from another study (reference 2).' },
    { id: 'c', source: 'other', note: 'Cited from another study (reference 17).' },
  ];

  it('finds the figures of the same source whose notes cite the entry', () => {
    expect(outcomesCiting({ source: 's', number: 17 }, outcomes).map((outcome) => outcome.id)).toEqual(['a']);
    expect(outcomesCiting({ source: 's', number: undefined }, outcomes)).toEqual([]);
  });
});

describe('sourceStatus', () => {
  it('counts each source’s records and lists the most recently reviewed first', () => {
    const rows = sourceStatus(
      [
        { id: 'a', shortTitle: 'Alpha', lastReviewed: '2026-01-01' },
        { id: 'b', shortTitle: 'Beta', lastReviewed: '2026-11-24' },
      ],
      { outcomes: [{ source: 'a' }, { source: 'a' }, { source: 'b' }], patients: [{ source: 'b' }], references: [] },
    );
    expect(rows).toEqual([
      { id: 'b', shortTitle: 'Beta', lastReviewed: '2026-11-24', figures: 1, patientRows: 1, referenceEntries: 0 },
      { id: 'a', shortTitle: 'Alpha', lastReviewed: '2026-01-01', figures: 2, patientRows: 0, referenceEntries: 0 },
    ]);
  });
});
