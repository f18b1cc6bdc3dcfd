import { describe, expect, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { checkReaderWords, checkSourceTerms } from '../../scripts/content/search-checks.ts';
import { readSearchData, type ReaderWordsRecord } from '../../scripts/content/search-read.ts';
import { pageCarries, sourcePrints, indexSourceTerms, termForms } from '../../scripts/search/coverage.ts';
import { loadWordGroups } from '../../scripts/search/load.ts';
import { hasPhrase, indexPhrases, phraseToken, wordsOf } from '../../scripts/search/phrases.ts';
import { createExpander, groupPhrases, missingWords, wordGroups } from '../../scripts/search/reader-words.ts';
import { loadGlossary } from '../../scripts/glossary/load.ts';
import { readerWordsSchema } from '../../src/schemas/search-words.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';

const root = contentDir();
const groups = loadWordGroups(root);
const expand = createExpander(groups);
const key = (wording: string) => wordsOf(wording).join(' ').toLowerCase();
/** What a page that says `siteText` is found by: its own phrases, and the wordings it is also found by. */
const foundBy = (siteText: string) => {
  const index = indexPhrases(siteText);
  const added = new Set(expand(index).map(key));
  return (typed: string) => hasPhrase(index, typed) || added.has(key(typed));
};
const finds = (siteText: string, typed: string) => foundBy(siteText)(typed);

describe('the reader-words map (content/reader-words)', () => {
  const data = readSearchData(root);

  test('every row passes its schema and the content checks', () => {
    expect(data.problems).toEqual([]);
    expect(checkReaderWords(data.readerWords)).toEqual([]);
    expect(data.readerWords.length).toBeGreaterThanOrEqual(40);
  });

  test.each([
    ['neuroendocrine tumours', ['carcinoid', 'carcinoids', 'NET', 'NETs']],
    ['liver metastases', ['mets', 'secondaries', 'spread', 'deposits']],
    ['colorectal cancer', ['bowel', 'colon', 'rectal', 'CRC']],
    ['five-year survival', ['5-year', 'five year', '5 yr', '5yr']],
    ['liver resection', ['op', 'operation', 'resection', 'liver removal', 'hepatectomy']],
    ['hepatectomy', ['liver removal', 'resection', 'liver resection']],
    ['How long do people live after liver surgery?', ['survival', 'life expectancy', 'prognosis']],
    ['the tumour', ['tumor']],
    ['a tumor', ['tumour']],
    ['the oesophagus', ['esophagus']],
    ['esophageal', ['oesophageal']],
    ['oestrogen', ['estrogen']],
    ['diarrhoea', ['diarrhea']],
    ['randomised trial', ['randomized']],
    ['Lateral sectionectomy', ['sectinectomy']],
  ])('a page that says "%s" is found by %j', (siteText, typed) => {
    for (const word of typed) expect(finds(siteText, word), word).toBe(true);
  });

  test('lay words lead to the site term only: a page about the small bowel is not a bowel-cancer page', () => {
    expect(finds('a small bowel neuroendocrine tumour', 'colorectal')).toBe(false);
    expect(finds('spread to the bowel', 'CRC')).toBe(false);
  });

  test('acronyms match only in capitals', () => {
    expect(finds('a NET in the pancreas', 'carcinoid')).toBe(true);
    expect(finds('a safety net', 'carcinoid')).toBe(false);
  });

  test('every glossary wording finds a page that uses any other wording of the same entry', () => {
    for (const term of loadGlossary(root)) {
      const wordings = [term.term, ...term.aliases];
      for (const said of wordings) {
        const found = foundBy(said);
        for (const typed of wordings) expect(found(typed), `${said} → ${typed}`).toBe(true);
      }
    }
  });
});

describe('looking a wording up in a text', () => {
  const text = indexPhrases('Liver surgery after PET CT: liver resection, then liver surgery again. The net result');
  test.each([
    ['liver surgery', true],
    ['Liver Resection', true],
    ['surgery again the net result', true],
    ['result', true],
    ['liver transplant', false],
    ['net result more', false],
    ['PET CT', true],
    ['NET', false],
    ['', false],
  ])('"%s" is there: %s', (wording, found) => {
    expect(hasPhrase(text, wording)).toBe(found);
  });
});

describe('expanding a page by the reader words', () => {
  const row = (data: Record<string, string>, line = 2): ReaderWordsRecord => ({
    ...readerWordsSchema.parse({ id: 'row', kind: 'lay-word', ...data }),
    origin: { file: 'content/reader-words/reader-words.csv', line },
  });
  const glossary = [
    glossaryTermSchema.parse({ id: 'tace', term: 'Chemoembolisation', aliases: 'TACE', definition: 'Embolisation with drugs.' }),
  ];
  const small = createExpander(
    wordGroups(
      [
        row({ siteTerms: 'colorectal; bowel cancer', readerWords: 'bowel; CRC' }),
        row({ id: 'tumour', siteTerms: 'tumour', readerWords: 'tumor', kind: 'spelling' }),
      ],
      glossary,
    ),
  );

  test('a page gets the words it lacks of every group it carries, once each', () => {
    expect(small('Colorectal cancer and bowel cancer.')).toEqual(['CRC']);
    expect(small('A tumor treated by TACE')).toEqual(['tumour', 'Chemoembolisation']);
    expect(small('Nothing relevant here')).toEqual([]);
  });

  test('the index gets only the words it lacks; joined words whole and in parts', () => {
    expect(missingWords(['liver removal', '5-year', 'Survival'], 'liver survival')).toEqual(['removal', '5-year', '5', 'year']);
    expect(missingWords(['liver removal', '5-year', 'Survival'], indexPhrases('liver survival'))).toEqual([
      'removal',
      '5-year',
      '5',
      'year',
    ]);
    expect(missingWords(['5-year survival', 'year'], indexPhrases('A 5-year rate'))).toEqual(['survival']);
  });

  test('phrases are kept whole as one run-together word', () => {
    const phrases = groupPhrases(groups);
    expect(phrases).toContain('cannot be removed');
    expect(phrases.every((phrase) => phrase.includes(' ') && phrase === phrase.toLowerCase())).toBe(true);
    expect(phraseToken('Cannot be removed')).toBe('qqcannotberemoved');
  });

  test('the content checks name the row, the field and the reason', () => {
    const spelling = row({ siteTerms: 'tumour', readerWords: 'Tumour; tumor', kind: 'spelling' }, 7);
    expect(checkReaderWords([spelling, row({ siteTerms: '—', readerWords: 'x' }, 8)])).toEqual([
      { file: 'content/reader-words/reader-words.csv', line: 8, field: 'id', message: expect.stringContaining('"row" is already used') },
      {
        file: 'content/reader-words/reader-words.csv',
        line: 7,
        field: 'readerWords.0',
        message: expect.stringContaining('spelt the same'),
      },
      {
        file: 'content/reader-words/reader-words.csv',
        line: 8,
        field: 'siteTerms.0',
        message: '"—" has no letters or digits to search by',
      },
    ]);
  });

  test('a row with a kind the schema does not know, or no words, is refused', () => {
    expect(readerWordsSchema.safeParse({ id: 'x', siteTerms: 'a', readerWords: 'b', kind: 'slang' }).success).toBe(false);
    expect(readerWordsSchema.safeParse({ id: 'x', siteTerms: ' ; ', readerWords: 'b', kind: 'lay-word' }).success).toBe(false);
  });
});

describe('terms the sources name', () => {
  test('a term is found in any of its singular or plural forms', () => {
    expect(termForms('metastasectomy')).toEqual(expect.arrayContaining(['metastasectomy', 'metastasectomies']));
    expect(termForms('NETs')).toEqual(expect.arrayContaining(['NETs', 'NET']));
    expect(termForms('small bowel NET')).toEqual(expect.arrayContaining(['small bowel NETs']));
  });

  test('a source prints a term as words, across a line-end hyphen, or run into a flattened definition', () => {
    const source = indexSourceTerms('liver metas-\ntases were treated by cryosurgerycryosurgeryA procedure that freezes.');
    expect(sourcePrints(source, 'liver metastasis')).toBe(false);
    expect(sourcePrints(source, 'liver metastases')).toBe(true);
    expect(sourcePrints(source, 'cryosurgery')).toBe(true);
    expect(sourcePrints(source, 'octreotide')).toBe(false);
  });

  test('a page carries a term in its text or among the words it is also found by', () => {
    const page = { url: '/x/', text: indexPhrases('Segmentectomies were done.'), alsoFoundBy: ['liver removal'] };
    expect(pageCarries(page, 'segmentectomy')).toBe(true);
    expect(pageCarries(page, 'Liver removal')).toBe(true);
    expect(pageCarries(page, 'wedge resection')).toBe(false);
  });

  test('each term names a source text; a term listed twice for one text is reported', () => {
    const term = (line: number, text = 'a.txt') => ({
      term: 'Octreotide',
      kind: 'drug' as const,
      text,
      origin: { file: 'content/source-terms/source-terms.csv', line },
    });
    expect(checkSourceTerms([term(2), term(3), term(4, 'b.txt')], new Set(['a.txt']))).toEqual([
      { file: 'content/source-terms/source-terms.csv', line: 3, field: 'term', message: '"Octreotide" from a.txt is already listed' },
      {
        file: 'content/source-terms/source-terms.csv',
        line: 4,
        field: 'text',
        message: '"b.txt" is not the text file of any source (known: a.txt)',
      },
    ]);
  });

  test('terms from the text of a rejected or unreadable source are not reported again', () => {
    const term = {
      term: 'Octreotide',
      kind: 'drug' as const,
      text: 'b.txt',
      origin: { file: 'content/source-terms/source-terms.csv', line: 2 },
    };
    expect(checkSourceTerms([term], new Set(['a.txt']), new Set(['b.txt']))).toEqual([]);
    expect(checkSourceTerms([term], undefined)).toEqual([]);
  });
});
