import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';

/**
 * Mutations of real content files for property-based tests: each names the file it changed, the line it changed
 * and what it did, so a test can demand either a faithful result or a problem at that place.
 */
export interface Mutation {
  /** Path of the file, relative to the content folder. */
  file: string;
  /** The file's new bytes. */
  bytes: Buffer;
  /** Line of the change (from 1). */
  line: number;
  /** What was done, for the failure report. */
  label: string;
}

/** A private copy of a content folder that mutations are written into and undone from, one at a time. */
export class ContentCopy {
  readonly root: string;
  readonly files: string[];

  constructor(from: string) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-mutations-'));
    fs.cpSync(from, this.root, { recursive: true });
    this.files = fs
      .readdirSync(this.root, { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(this.root, file)).isFile())
      .map((file) => file.split(path.sep).join('/'))
      .sort();
  }

  read(file: string): string {
    return fs.readFileSync(path.join(this.root, file), 'utf8');
  }

  /** Writes the mutation, runs `check`, and puts the original back whatever happens. */
  with<T>(mutation: Mutation, check: () => T): T {
    const target = path.join(this.root, mutation.file);
    const original = fs.readFileSync(target);
    fs.writeFileSync(target, mutation.bytes);
    try {
      return check();
    } finally {
      fs.writeFileSync(target, original);
    }
  }

  filesIn(folder: string, extension: string): string[] {
    return this.files.filter((file) => file.startsWith(`${folder}/`) && file.endsWith(extension));
  }
}

const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Splits a simple CSV line into cells (content rows hold quoted cells with commas, so quotes are honoured). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '""';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
      cell += char;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  return [...cells, cell];
}

/** Numbers as an editor might type them: plain, negative, padded, with exponents, commas or junk. */
export const typedNumber = fc.oneof(
  fc.integer({ min: -500, max: 5000 }).map(String),
  fc.tuple(fc.integer({ min: -200, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([whole, part]) => `${whole}.${part}`),
  fc.constantFrom('', ' 12 ', '1e3', '12,5', '−4', '+3', '0.0', '00', '.5', '5.', 'NaN', 'Infinity', 'twelve', '1 000', '99999999999'),
);

/** Dates as typed: real and impossible days, years long past and far ahead, padded or not. */
export const typedDate = fc
  .tuple(fc.integer({ min: 1890, max: 2200 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), fc.boolean())
  .map(([year, month, day, pad]) => `${year}-${pad ? String(month).padStart(2, '0') : month}-${pad ? String(day).padStart(2, '0') : day}`);

/** Markup an editor might paste into a body, with whether the site lets it through. */
export const MARKUP: { snippet: string; allowed: boolean }[] = [
  { snippet: '<script>alert("x")</script>', allowed: false },
  { snippet: '<img src="x" onerror="alert(\'x\')" />', allowed: false },
  { snippet: '<iframe src="https://example.org/"></iframe>', allowed: false },
  { snippet: '[a link](javascript:alert(document.cookie))', allowed: false },
  { snippet: '[a link](  JAVASCRIPT:void(0))', allowed: false },
  { snippet: '[a link](data:text/html,hi)', allowed: false },
  { snippet: '[a link](//example.org/page)', allowed: false },
  { snippet: '![a chart](https://example.org/chart.png)', allowed: false },
  { snippet: 'Words <span onclick="steal()">here</span>.', allowed: false },
  { snippet: 'Words <span style="color: red">here</span>.', allowed: false },
  { snippet: 'Words {globalThis.process} here.', allowed: false },
  { snippet: 'import Evil from "./evil.js";', allowed: false },
  { snippet: '<Chart id="x" />', allowed: false },
  { snippet: '<!-- a note to self -->', allowed: false },
  { snippet: '<Fig id="x"', allowed: false },
  { snippet: 'A word <abbr title="magnetic resonance imaging">MRI</abbr> here.', allowed: true },
  { snippet: 'Some **bold** and _slanted_ words.', allowed: true },
  { snippet: 'See [the glossary](/glossary/) or [a site](https://example.org/) or [write](mailto:someone@example.org).', allowed: true },
  { snippet: 'A line<br />break and <sup>raised</sup> text.', allowed: true },
  { snippet: 'Braces written \\{ like this \\}.', allowed: true },
];

/** Invalid UTF-8 sequences: a Latin-1 byte, a cut-off sequence, an encoded surrogate, an overlong slash. */
export const BAD_BYTES = [[0xe9], [0xff], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf]];

/** A cell of a CSV file replaced; the line is the row's. */
export function replaceCell(text: string, row: number, column: number, value: string): { text: string; line: number } {
  const lines = text.split('\n');
  const cells = csvCells(lines[row] ?? '');
  cells[column] = value;
  lines[row] = cells.join(',');
  return { text: lines.join('\n'), line: row + 1 };
}

/** The value of a one-line front-matter field replaced; the line is the field's. */
export function replaceField(text: string, field: string, value: string): { text: string; line: number } | undefined {
  const match = new RegExp(`^${field}: .*$`, 'm').exec(text);
  if (!match) return undefined;
  return {
    text: text.slice(0, match.index) + `${field}: ${value}` + text.slice(match.index + match[0].length),
    line: lineOfOffset(text, match.index),
  };
}

/** Bytes inserted before a character of the text; the line is the one they land on. */
export function insertBytes(text: string, charIndex: number, bytes: number[]): { bytes: Buffer; line: number } {
  const before = Buffer.from(text.slice(0, charIndex));
  return { bytes: Buffer.concat([before, Buffer.from(bytes), Buffer.from(text.slice(charIndex))]), line: lineOfOffset(text, charIndex) };
}

/** A paragraph inserted into an MDX body before a line that starts a paragraph (so it stands alone); the line is its own. */
export function insertParagraph(
  text: string,
  bodyStart: number,
  pick: number,
  paragraph: string,
): { text: string; line: number } | undefined {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, index) =>
    index > bodyStart && line.trim() !== '' && lines[index - 1]?.trim() === '' ? [index] : [],
  );
  if (starts.length === 0) return undefined;
  const at = starts[pick % starts.length] as number;
  lines.splice(at, 0, paragraph, '');
  return { text: lines.join('\n'), line: at + 1 };
}

/** Line index (from 0) of the closing --- of the front matter. */
export function frontMatterEnd(text: string): number {
  return text.split('\n').indexOf('---', 1);
}
