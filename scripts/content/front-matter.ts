import { DEFAULT_SCHEMA, load as loadYaml, Type, types, YAMLException } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
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
 * The plain scalars Astro's YAML reader (js-yaml) turns into dates: a day written YYYY-MM-DD, or a day and a time
 * ("2026-1-5" stays text). Their day is checked against the calendar, in js-yaml's reading and in the YAML read again
 * to say where a problem is.
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

/** Front matter parsed to say where its fields and problems are, with the file's line at any offset into it. */
function parseYaml(yamlText: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
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
 * js-yaml's own timestamp type, which would roll 2026-13-45 into 2027, refusing a day that is not on the calendar, so
 * that such a file is read again by the reader that says where the day is (readFrontMatter).
 */
const calendarTimestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: types.timestamp.resolve,
  construct(source: string) {
    const day = dayOf(source);
    if (day && !isCalendarDay(...day)) throw new Error(`${source} is not a day on the calendar`);
    return types.timestamp.construct(source);
  },
});

/**
 * js-yaml's default schema, which Astro reads front matter with, with days checked against the calendar: a type given
 * for a tag the schema already has takes the place of the one before.
 */
const SITE_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [calendarTimestamp] });

/** The front matter as Astro's own reader reads it, or the reason it cannot be read so. */
function readAsSite(yamlText: string): { data: unknown } | { error: Error } {
  try {
    return { data: loadYaml(yamlText, { schema: SITE_SCHEMA }) };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/**
 * Why front matter that Astro's reader refused is refused, at its line: a key given twice, YAML that is not valid, or a
 * day not on the calendar. The YAML is parsed again for it with a reader that keeps where each value is. A refusal that
 * reader does not share is reported in js-yaml's words, at its line.
 */
function frontMatterProblem(yamlText: string, refused: Error): Omit<Problem, 'file'> {
  const { document, lineAtOffset } = parseYaml(yamlText);
  const error = document.errors[0];
  if (error?.code === 'DUPLICATE_KEY') {
    const key = /^[^:#\n]+/.exec(yamlText.slice(error.pos[0]))?.[0]?.trim() || '(front matter)';
    return { line: lineAtOffset(error.pos[0]), field: key, message: 'is given twice; keep one' };
  }
  if (error) {
    return {
      line: lineAtOffset(error.pos[0]),
      field: '(front matter)',
      message: `is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    };
  }
  let badDate: Omit<Problem, 'file'> | undefined;
  visit(document, {
    Scalar(_key, node, path) {
      if (badDate || node.type !== 'PLAIN' || !node.source) return;
      const day = dayOf(String(node.source));
      if (day && !isCalendarDay(...day)) {
        const pair = path.findLast((ancestor) => isPair(ancestor));
        const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '(front matter)';
        badDate = { line: lineAtOffset(node.range?.[0] ?? 0), field, message: `is ${String(node.source)}, which is not a day on the calendar` };
      }
    },
  });
  if (badDate) return badDate;
  // js-yaml counts lines from 0, and the YAML starts on the file's second line.
  const line = refused instanceof YAMLException ? refused.mark.line + 2 : 2;
  const reason = refused instanceof YAMLException ? refused.reason : refused.message;
  return { line, field: '(front matter)', message: `is not valid YAML: ${reason}` };
}

/**
 * Splits a file into front matter and body and parses the front matter with js-yaml, the reader Astro's build uses, so
 * the gate checks exactly what the pages will show: dates are read as dates (so a title such as 2024-05-01 is caught
 * here, not halfway through the build). Front matter it refuses, and a date that is not on the calendar (which the
 * reader would quietly roll from 2026-13-45 into 2027), is reported at its line. Lines are found with a second
 * reader, yaml, which keeps where each value is but took ten times as long to read the 1,005 files of a
 * 1,000-source review (0.52 to 0.78 s against 0.05 to 0.09 s), so it reads a file only to report a problem in it.
 */
export function readFrontMatter(text: string): FrontMatter | { problem: Omit<Problem, 'file'> } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problem: { line: 1, field: '(front matter)', message: 'is missing: start the file with a --- line, the fields, then another --- line' } };
  const yamlText = match[1] ?? '';
  const read = readAsSite(yamlText);
  if ('error' in read) return { problem: frontMatterProblem(yamlText, read.error) };
  const { data } = read;
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
