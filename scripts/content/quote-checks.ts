import type { SourceQuote } from '../../src/schemas/quote.ts';
import { readSourceText, sourceTextsDir } from '../source-texts/folder.ts';
import { indexSourceText, normaliseForQuotes } from '../source-texts/quote-match.ts';
import type { OutcomeRecord, PatientRecord, SourceRecord } from './checks.ts';
import type { Problem } from './problems.ts';

/** One quote to find in a source's text, with where it was written and the printed figures it must hold. */
export interface QuoteToCheck {
  source: string;
  quote: string;
  file: string;
  line?: number;
  field: string;
  /** Numbers as printed that the quote must contain (e.g. "83.1"), so the quote is the one that prints the figure. */
  figures?: string[];
}

export interface QuoteCheckOptions {
  /** Folder of source texts; by default the one LMS_SOURCE_TEXTS_DIR names. */
  textsDir?: string;
  /** When true a missing text is an error; otherwise its quotes are counted as unverified. */
  requireTexts?: boolean;
}

export interface QuoteCheckResult {
  problems: Problem[];
  verified: number;
  unverified: number;
  /** Text files named by sources but absent from the folder. */
  missingTexts: string[];
}

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "32" → "thirty-two": sources often spell counts out at the start of a sentence. */
export function spelledNumber(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 99) return undefined;
  if (value < 20) return NUMBER_WORDS[value];
  const ones = value % 10;
  return `${TENS[Math.floor(value / 10)]}${ones ? `-${NUMBER_WORDS[ones]}` : ''}`;
}

/** Words that print a count without a numeral: "no death", "another patient". */
const WORDS_FOR: Record<string, string[]> = { '0': ['no', 'none'], '1': ['another', 'single'] };

/** True when the quote prints the number as a whole number (not inside a longer one), in digits or words. */
export function quoteHoldsNumber(quote: string, printed: string): boolean {
  const text = normaliseForQuotes(quote).text;
  const escaped = printed.replace('.', '\\.');
  if (new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`).test(text)) return true;
  const words = [spelledNumber(Number(printed)), ...(WORDS_FOR[printed] ?? [])].filter((word) => word !== undefined);
  return words.some((word) => new RegExp(`\\b${word}\\b`, 'i').test(text));
}

function evidenceQuotes(source: SourceRecord): QuoteToCheck[] {
  const entries: [string, SourceQuote | undefined, string[]][] = [
    ['kind', source.evidence.kind, []],
    ['country', source.evidence.country, []],
    ['setting', source.evidence.setting, []],
    ['studyPeriod', source.evidence.studyPeriod, []],
    ['patients', source.evidence.patients, source.patients === undefined ? [] : [String(source.patients)]],
    ['studies', source.evidence.studies, source.studies === undefined ? [] : [String(source.studies)]],
    ['followUpEnd', source.evidence.followUpEnd, []],
    ...Object.entries(source.evidence.cancers).map(([id, quote]): [string, SourceQuote | undefined, string[]] => [`cancers.${id}`, quote, []]),
    ...Object.entries(source.evidence.treatments).map(([id, quote]): [string, SourceQuote | undefined, string[]] => [`treatments.${id}`, quote, []]),
    ...Object.entries(source.evidence.groups).map(([id, quote]): [string, SourceQuote | undefined, string[]] => {
      const size = source.groups.find((group) => group.id === id)?.size;
      return [`groups.${id}`, quote, size === undefined ? [] : [String(size)]];
    }),
  ];
  return entries.flatMap(([field, quote, figures]) =>
    quote ? [{ source: source.id, quote: quote.quote, file: source.origin.file, line: source.origin.line, field: `evidence.${field}.quote`, figures }] : [],
  );
}

/** The printed numbers of a figure: every one must stand in its quote. */
function outcomeFigures(outcome: OutcomeRecord): string[] {
  return [outcome.value, outcome.low, outcome.high, outcome.sharePercent, outcome.sd].flatMap((figure) => (figure ? [figure.text] : []));
}

/** Quotes of the front matter and data rows; claims in page bodies are gathered by the claim checks. */
export function recordQuotes(sources: readonly SourceRecord[], outcomes: readonly OutcomeRecord[], patients: readonly PatientRecord[]): QuoteToCheck[] {
  return [
    ...sources.flatMap(evidenceQuotes),
    ...outcomes.map((outcome) => ({
      source: outcome.source,
      quote: outcome.quote,
      file: outcome.origin.file,
      line: outcome.origin.line,
      field: 'quote',
      figures: outcomeFigures(outcome),
    })),
    ...patients.map((patient) => ({
      source: patient.source,
      quote: patient.quote,
      file: patient.origin.file,
      line: patient.origin.line,
      field: 'quote',
      figures: [String(patient.age), patient.survivalMonths.text],
    })),
  ];
}

function shorten(text: string, length = 160): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * Finds every quote in its source's text. A quote that is not there, or that does not print the figure it
 * stands for, is a problem naming the closest passage of the source, so the author can copy it exactly.
 * Each source's text is indexed only while its own quotes are looked for: at 10,000 sources the gate's process
 * peaked at 1.20 GB with every text's index held at once, and at 0.92 GB with one at a time (both measured with
 * V8's --heap-growing-percent=25).
 */
export function checkQuotes(quotes: readonly QuoteToCheck[], sources: readonly SourceRecord[], options: QuoteCheckOptions = {}): QuoteCheckResult {
  const dir = options.textsDir ?? sourceTextsDir();
  const result: QuoteCheckResult = { problems: [], verified: 0, unverified: 0, missingTexts: [] };
  // Problems are reported in the order of the quotes, whichever source's text is read first.
  const found: { order: number; problem: Problem }[] = [];
  const quotesBySource = Map.groupBy(
    quotes.map((item, order) => ({ item, order })),
    ({ item }) => item.source,
  );
  for (const source of sources) {
    const text = readSourceText(source.text, dir);
    if (text === undefined) {
      result.missingTexts.push(source.text);
      if (options.requireTexts) {
        result.problems.push({
          file: source.origin.file,
          line: source.origin.line,
          field: 'text',
          message: `names "${source.text}", which is not in ${dir}; set LMS_SOURCE_TEXTS_DIR to the folder of source texts`,
        });
      }
    }
    // A duplicated source id is reported elsewhere; its quotes are looked for once.
    const sourceQuotes = quotesBySource.get(source.id) ?? [];
    quotesBySource.delete(source.id);
    // A text no quote cites is not indexed: indexing is most of what looking for quotes costs.
    const index = text === undefined || sourceQuotes.length === 0 ? undefined : indexSourceText(text);
    for (const { item, order } of sourceQuotes) {
      const problem = (message: string) => found.push({ order, problem: { file: item.file, line: item.line, field: item.field, message } });
      for (const printed of item.figures ?? []) {
        if (!quoteHoldsNumber(item.quote, printed)) problem(`does not print "${printed}": quote the words of the source that give this figure`);
      }
      if (!index) {
        result.unverified += 1;
        continue;
      }
      const match = index.find(item.quote);
      if (match.found) {
        result.verified += 1;
        continue;
      }
      const closest = match.closest ? `; the closest passage (${source.text}:${match.closest.line}) reads "${shorten(match.closest.passage)}"` : '';
      problem(`is not in the text of "${source.id}" (${source.text})${closest}`);
    }
  }
  result.problems.push(...found.sort((a, b) => a.order - b.order).map(({ problem }) => problem));
  return result;
}
