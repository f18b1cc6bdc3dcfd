import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type ScalarTag } from 'yaml';
import type { Problem } from './problems.ts';

/** The front matter of a Markdown or MDX file, read the way the site's build reads it. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Line in the file of a field, given as a dotted path ("groups.1.size"); for a field that is absent, the line of the nearest field that holds it. */
  lineOf: (field: string) => number | undefined;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/**
 * The plain scalars Astro's YAML reader (js-yaml) turns into dates: a day written YYYY-MM-DD, or a day and a time.
 * The gate must read exactly these as dates: "2026-1-5" stays text there, so it must stay text here too.
 */
const TIMESTAMP =
  /^(\d{4})-(\d\d)-(\d\d)$|^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|[-+]\d\d?(?::\d\d)?))?$/;

/** Year, month and day of a timestamp scalar. */
function dayOf(source: string): [number, number, number] | undefined {
  const match = TIMESTAMP.exec(source);
  if (!match) return undefined;
  const [year, month, day] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
  return [Number(year), Number(month), Number(day)];
}

const pad = (part: string | undefined, size = 2) => (part ?? '0').padStart(size, '0');

/** YAML's timestamp type, read the way js-yaml reads it (times without a zone are UTC). */
const timestampTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: TIMESTAMP,
  resolve(source) {
    const match = TIMESTAMP.exec(source) ?? [];
    if (match[1]) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    const [, , , , year, month, day, hour, minute, second, fraction, zone] = match;
    const offset = !zone || zone === 'Z' ? 'Z' : `${zone[0]}${pad(zone.slice(1).split(':')[0])}:${pad(zone.split(':')[1])}`;
    return new Date(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${second}${fraction ? `.${fraction}` : ''}${offset}`);
  },
};

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The line of every field and list item under a YAML node, by dotted path ("groups.1.size"). Kept in place of the
 * parsed YAML, which holds every token of the text: with the parsed YAML of 10,000 sources kept, the gate's process
 * peaked at 1.39 GB, and at 1.23 GB with this table.
 */
function fieldLines(root: unknown, lineAtOffset: (offset: number) => number): Map<string, number> {
  const lines = new Map<string, number>();
  const visitNode = (node: unknown, prefix: string) => {
    const at = (step: string) => (prefix ? `${prefix}.${step}` : step);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node;
        // A key holding a dot could never be reached by a dotted path.
        if (!isScalar(key) || !key.range || String(key.value).includes('.')) continue;
        lines.set(at(String(key.value)), lineAtOffset(key.range[0]));
        visitNode(pair.value, at(String(key.value)));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node | null)?.range;
        if (!range) return;
        lines.set(at(String(index)), lineAtOffset(range[0]));
        visitNode(item, at(String(index)));
      });
    }
  };
  visitNode(root, '');
  return lines;
}

/** Front matter parsed as the site reads it, with the file's line at any offset into it. */
function parseYaml(yamlText: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, customTags: [timestampTag], uniqueKeys: true, prettyErrors: false });
  // The YAML starts on the file's second line.
  const lineAtOffset = (offset: number) => lineCounter.linePos(offset).line + 1;
  return { document, lineAtOffset };
}

/**
 * FrontMatter's lineOf. Lines are asked for only to report a problem, so the table of lines is made, from the YAML
 * parsed again, when first asked for. With a table made for every file, the content gate's process peaked at 764 to
 * 844 MB on 10,000 synthetic sources; with the tables made on demand, at 655 to 661 MB (two runs each), in no more
 * CPU time.
 */
function fieldLineFinder(yamlText: string): FrontMatter['lineOf'] {
  let lines: Map<string, number> | undefined;
  return (field) => {
    if (!lines) {
      const { document, lineAtOffset } = parseYaml(yamlText);
      lines = fieldLines(document.contents, lineAtOffset);
    }
    let line: number | undefined;
    let path = '';
    for (const step of field.split('.')) {
      path = path ? `${path}.${step}` : step;
      const found = lines.get(path);
      if (found === undefined) break;
      line = found;
    }
    return line;
  };
}

/**
 * Splits a file into front matter and body and parses the front matter. Dates are read as dates, as the build's
 * own YAML reader does (so a title such as 2024-05-01 is caught here, not halfway through the build); a date that
 * is not on the calendar is reported at its line, before the reader would quietly roll 2026-13-45 into 2027.
 */
export function readFrontMatter(text: string): FrontMatter | { problem: Omit<Problem, 'file'> } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problem: { line: 1, field: '(front matter)', message: 'is missing: start the file with a --- line, the fields, then another --- line' } };
  const yamlText = match[1] ?? '';
  const { document, lineAtOffset } = parseYaml(yamlText);
  const error = document.errors[0];
  if (error?.code === 'DUPLICATE_KEY') {
    const key = /^[^:#\n]+/.exec(yamlText.slice(error.pos[0]))?.[0]?.trim() || '(front matter)';
    return { problem: { line: lineAtOffset(error.pos[0]), field: key, message: 'is given twice; keep one' } };
  }
  if (error) {
    return {
      problem: { line: lineAtOffset(error.pos[0]), field: '(front matter)', message: `is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}` },
    };
  }
  let badDate: Omit<Problem, 'file'> | undefined;
  visit(document, {
    Scalar(key, node, path) {
      if (badDate || key === 'key' || node.type !== 'PLAIN' || !node.source) return;
      const day = dayOf(String(node.source));
      if (day && !isCalendarDay(...day)) {
        const pair = path.findLast((ancestor) => isPair(ancestor));
        const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '(front matter)';
        badDate = { line: lineAtOffset(node.range?.[0] ?? 0), field, message: `is ${String(node.source)}, which is not a day on the calendar` };
      }
    },
  });
  if (badDate) return { problem: badDate };
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data instanceof Date) {
    return { problem: { line: 2, field: '(front matter)', message: 'must be a set of "field: value" lines' } };
  }
  return {
    data: data as Record<string, unknown>,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    lineOf: fieldLineFinder(yamlText),
  };
}
