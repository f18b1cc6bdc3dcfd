import { wordsOf } from '../search/phrases.ts';
import { checkUniqueIds } from './checks.ts';
import type { Problem } from './problems.ts';
import type { ReaderWordsRecord, SourceTermRecord } from './search-read.ts';

const key = (wording: string) => wordsOf(wording).join(' ').toLowerCase();

function problemAt(record: { origin: { file: string; line?: number } }, field: string, message: string): Problem {
  return { file: record.origin.file, line: record.origin.line, field, message };
}

/**
 * Every wording must hold a word to search by. A spelling row pairs two spellings of one word, so the same
 * wording on both sides is a slip; other rows may repeat one, since a page using one site term is then
 * found by the others ("liver resection" finds pages that say "hepatectomy").
 */
export function checkReaderWords(rows: readonly ReaderWordsRecord[]): Problem[] {
  return [
    ...checkUniqueIds(rows, 'reader-words row'),
    ...rows.flatMap((row) => {
      const siteKeys = new Set(row.siteTerms.map(key));
      return [
        ...(['siteTerms', 'readerWords'] as const).flatMap((field) =>
          row[field].flatMap((wording, index) =>
            key(wording) === '' ? [problemAt(row, `${field}.${index}`, `"${wording}" has no letters or digits to search by`)] : [],
          ),
        ),
        ...(row.kind === 'spelling'
          ? row.readerWords.flatMap((wording, index) =>
              siteKeys.has(key(wording))
                ? [problemAt(row, `readerWords.${index}`, `"${wording}" is spelt the same in siteTerms; a spelling row pairs two spellings`)]
                : [],
            )
          : []),
      ];
    }),
  ];
}

/**
 * Each term names the source text it was taken from; the same term from the same text is listed once. Texts of
 * sources rejected for their own problems are not reported again, nor is any text while a source file is unreadable
 * (sourceTexts undefined).
 */
export function checkSourceTerms(
  terms: readonly SourceTermRecord[],
  sourceTexts: ReadonlySet<string> | undefined,
  rejectedTexts: ReadonlySet<string> = new Set(),
): Problem[] {
  const seen = new Set<string>();
  return terms.flatMap((term) => {
    const problems: Problem[] = [];
    if (sourceTexts && !sourceTexts.has(term.text) && !rejectedTexts.has(term.text)) {
      problems.push(problemAt(term, 'text', `"${term.text}" is not the text file of any source (known: ${[...sourceTexts].sort().join(', ')})`));
    }
    const id = `${key(term.term)}|${term.text}`;
    if (seen.has(id)) problems.push(problemAt(term, 'term', `"${term.term}" from ${term.text} is already listed`));
    seen.add(id);
    return problems;
  });
}
