import type { LeftOutRule } from '../../src/schemas/extraction.ts';

/** One number printed in a source's text, with where it stands. */
export interface PrintedNumber {
  line: number;
  start: number;
  end: number;
  token: string;
  /** The numeric values the token prints ("4–24" prints 4 and 24; "Thirty-two" prints 32). */
  values: number[];
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUES = new Map<string, number>([
  ...ONES.map((word, value): [string, number] => [word, value]),
  ...TENS.map((word, index): [string, number] => [word, (index + 2) * 10]),
  ['hundred', 100],
]);
const WORD_PATTERN = new RegExp(
  `\\b(?:(?:${TENS.join('|')})-(?:${ONES.slice(1, 10).join('|')})|${[...WORD_VALUES.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
);

/**
 * Kinds of token, tried in order; a later pattern cannot take characters an earlier one took. Names of
 * things that contain digits (stage codes, markers, liver segments) are recognised so that their digits
 * are not read as figures.
 */
const PATTERNS: [kind: string, pattern: RegExp][] = [
  ['url', /https?:\/\/\S+/g],
  ['doi', /\b10\.\d{4,9}\/\S+/g],
  ['orcid', /\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/g],
  ['date', /\b\d{1,2}\.\d{1,2}\.\d{4}\b/g],
  ['name', /\bT[0-4]N[0-3](?:M[01])?\b|\b[TNRM][0-4]\b|HER2|χ2|Ki-67|Ga-68|5-HIAA/g],
  ['segments', /\bS\d(?:, \d)*/g],
  ['ordinal', /\d+<sup>(?:st|nd|rd|th)<\/sup>|<sup>\d+<\/sup>/g],
  ['latex', /\$\\geq\s*\d+\$/g],
  ['list', /\d+(?:[–-]\d+)?(?:,\d+(?:[–-]\d+)?)+/g],
  ['number', /[<>≥≤]?\d+(?:\.\d+)?(?:\s?(?:–|-)\s?\d+(?:\.\d+)?)?(?:\s?%)?/g],
];

/** Kinds whose digits are part of a name or identifier, never a figure. */
const NAME_KINDS = new Set(['name', 'segments']);

function valuesOf(kind: string, token: string): number[] {
  if (kind === 'word') {
    const [tens, ones] = token.toLowerCase().split('-');
    return [(WORD_VALUES.get(tens ?? '') ?? 0) + (ones ? (WORD_VALUES.get(ones) ?? 0) : 0)];
  }
  if (kind === 'ordinal') return [Number(/\d+/.exec(token)?.[0])];
  return [...token.matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
}

/** Every number a text prints, line by line, in reading order. */
export function printedNumbers(text: string): PrintedNumber[] {
  const found: PrintedNumber[] = [];
  let offset = 0;
  text.split('\n').forEach((lineText, index) => {
    const taken: [number, number][] = [];
    const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);
    const onLine: PrintedNumber[] = [];
    for (const [kind, pattern] of [...PATTERNS, ['word', WORD_PATTERN] as [string, RegExp]]) {
      for (const match of lineText.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (!free(start, end)) continue;
        taken.push([start, end]);
        if (NAME_KINDS.has(kind)) continue;
        onLine.push({ line: index + 1, start: offset + start, end: offset + end, token: match[0], values: valuesOf(kind, match[0]) });
      }
    }
    found.push(...onLine.sort((a, b) => a.start - b.start));
    offset += lineText.length + 1;
  });
  return found;
}

/** The spans of the text a source's rules leave out, each with the rule's id; a rule that no longer matches is reported. */
export function leftOutSpans(
  text: string,
  rules: readonly LeftOutRule[],
): { spans: { start: number; end: number; rule: string }[]; stale: string[] } {
  const spans: { start: number; end: number; rule: string }[] = [];
  const stale: string[] = [];
  for (const rule of rules) {
    if (rule.type === 'section') {
      const start = text.indexOf(rule.from);
      const close = rule.to === null ? text.length : text.indexOf(rule.to, Math.max(start, 0));
      if (start < 0 || close < 0) stale.push(rule.id);
      else spans.push({ start, end: rule.to === null ? close : close + rule.to.length, rule: rule.id });
    } else if (rule.type === 'quote') {
      const start = text.indexOf(rule.quote);
      if (start < 0) stale.push(rule.id);
      else spans.push({ start, end: start + rule.quote.length, rule: rule.id });
    } else {
      const matches = [...text.matchAll(new RegExp(rule.regex, 'g'))];
      if (matches.length === 0) stale.push(rule.id);
      for (const match of matches) spans.push({ start: match.index, end: match.index + match[0].length, rule: rule.id });
    }
  }
  return { spans, stale };
}
