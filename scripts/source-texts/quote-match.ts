/**
 * Quotes are checked against a source's own text. Copies of sources differ from a quote only in
 * layout: line breaks and runs of spaces, words hyphenated across a line end, typographic quote
 * marks and inline markup (<sup>, **, and the $ signs around inline maths, as in "$p=0.541$"). Everything else,
 * wording and figures included, must match.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const MARKUP = ['<sup>', '</sup>', '<sub>', '</sub>', '**', '$'];
const WHITESPACE = /\s/;

interface Normalised {
  text: string;
  /** Index in the original text of each character of `text`. */
  offsets: number[];
}

/** A hyphen that ends a line between two letters: "metas-\ntases". */
function lineEndHyphenLength(text: string, at: number): number {
  if (text[at] !== '-' || !/\p{L}/u.test(text[at - 1] ?? '')) return 0;
  const rest = /^[ \t]*\r?\n\s*/.exec(text.slice(at + 1, at + 40));
  return rest && /\p{L}/u.test(text[at + 1 + rest[0].length] ?? '') ? 1 + rest[0].length : 0;
}

/**
 * `joinHyphens` decides how a line-end hyphen reads: joined ("metastases") or kept ("well-differentiated").
 * A copy cannot tell which it was, so the source is searched both ways.
 */
export function normaliseForQuotes(original: string, joinHyphens = false): Normalised {
  const chars: string[] = [];
  const offsets: number[] = [];
  let lastWasSpace = true;
  let at = 0;
  while (at < original.length) {
    const char = original[at] as string;
    const markup = (char === '<' || char === '*' || char === '$') && MARKUP.find((tag) => original.startsWith(tag, at));
    if (markup) {
      at += markup.length;
      continue;
    }
    const hyphen = char === '-' ? lineEndHyphenLength(original, at) : 0;
    if (hyphen > 0) {
      if (!joinHyphens) {
        chars.push('-');
        offsets.push(at);
        lastWasSpace = false;
      }
      at += hyphen;
      continue;
    }
    if (WHITESPACE.test(char)) {
      if (!lastWasSpace) {
        chars.push(' ');
        offsets.push(at);
        lastWasSpace = true;
      }
    } else {
      chars.push(SINGLE_QUOTES.test(char) ? "'" : DOUBLE_QUOTES.test(char) ? '"' : char);
      offsets.push(at);
      lastWasSpace = false;
    }
    at += 1;
  }
  if (chars.at(-1) === ' ') {
    chars.pop();
    offsets.pop();
  }
  return { text: chars.join(''), offsets };
}

export type QuoteMatch = { found: true; line: number } | { found: false; closest?: { passage: string; line: number } };

/** Line numbers by offset, found by binary search over the line starts worked out once per text. */
function lineFinder(original: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < original.length; i += 1) if (original[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** A source text, prepared once so every quote of that source is looked up cheaply. */
export interface QuoteIndex {
  find(quote: string): QuoteMatch;
}

export function indexSourceText(original: string): QuoteIndex {
  const variants = [normaliseForQuotes(original, true), normaliseForQuotes(original, false)];
  const lineAt = lineFinder(original);
  const sourceWords = words(variants[1]!.text);

  /** The run of source words sharing most words with the quote: what an author most likely meant to copy. */
  function closest(quoteText: string): { passage: string; line: number } | undefined {
    const wanted = words(quoteText).map((w) => w.word);
    if (wanted.length === 0 || sourceWords.length === 0) return undefined;
    const span = Math.min(wanted.length, sourceWords.length);
    const pairs = new Set(wanted.slice(1).map((word, i) => `${wanted[i]} ${word}`));
    let best = { score: 0, from: 0 };
    for (let from = 0; from + span <= sourceWords.length; from += 1) {
      const pool = new Map<string, number>();
      for (let k = from; k < from + span; k += 1) pool.set(sourceWords[k]!.word, (pool.get(sourceWords[k]!.word) ?? 0) + 1);
      let score = 0;
      for (const word of wanted) {
        const left = pool.get(word) ?? 0;
        if (left > 0) {
          score += 2;
          pool.set(word, left - 1);
        }
      }
      // Words in the quote's order count for more, and a window that starts where the quote starts wins a tie.
      for (let k = from + 1; k < from + span; k += 1) if (pairs.has(`${sourceWords[k - 1]!.word} ${sourceWords[k]!.word}`)) score += 2;
      if (sourceWords[from]!.word === wanted[0]) score += 1;
      if (score > best.score) best = { score, from };
    }
    if (best.score <= 0) return undefined;
    const { text, offsets } = variants[1]!;
    const start = sourceWords[best.from]!.start;
    const end = sourceWords[best.from + span - 1]!.end;
    return { passage: text.slice(start, end), line: lineAt(offsets[start]!) };
  }

  return {
    find(quote) {
      const wanted = normaliseForQuotes(quote).text;
      if (wanted.length === 0) return { found: false };
      for (const variant of variants) {
        const index = variant.text.indexOf(wanted);
        if (index >= 0) return { found: true, line: lineAt(variant.offsets[index]!) };
      }
      return { found: false, closest: closest(wanted) };
    },
  };
}
