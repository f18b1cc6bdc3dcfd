import jsYaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { readCsvText } from '../../scripts/content/csv-file.ts';
import { readFrontMatter } from '../../scripts/content/front-matter.ts';
import { checkMarkup, linkTargetProblem } from '../../scripts/content/markup.ts';
import { decodeUtf8 } from '../../scripts/content/utf8.ts';
import { MDX_COMPONENT_NAMES } from '../../scripts/content/mdx-components.ts';

describe('strict UTF-8', () => {
  test('drops a byte-order mark and keeps a real U+FFFD', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFid,a\n\uFFFD,1\n'))).toEqual({ text: 'id,a\n\uFFFD,1\n' });
  });

  test('finds the first bad byte after a byte-order mark and a real U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFid,a\n\uFFFD,'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(decodeUtf8(bytes)).toEqual({ bad: { line: 2, column: 3, byte: '0xE9' } });
  });
});

describe('CSV files', () => {
  const columns = ['id', 'note', 'value'];

  test('rows keep the line they start on, with Windows line ends, blank lines and cells across lines', () => {
    const read = readCsvText('id,note,value\r\na,"two\r\nlines",1\r\n\r\nb,,2\r\n', columns);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.line, row.data.id, row.data.note])).toEqual([
      [2, 'a', 'two\r\nlines'],
      [5, 'b', ''],
    ]);
  });

  test('one problem for rows of the wrong width, naming the others', () => {
    expect(readCsvText('id,note,value\na,,1\nb,2\nc,3\n', columns).problems).toEqual([
      {
        line: 3,
        field: '(row)',
        message: 'has 2 cells but the header names 3 columns (so does line 4); add the missing commas (an empty cell means "not given")',
      },
    ]);
  });

  test('a misspelt column is one problem naming the column it stands for', () => {
    expect(readCsvText('id,nots,value\na,,1\n', columns).problems).toEqual([
      { line: 1, field: 'nots', message: 'is not a known column; did you mean "note"? (columns: id, note, value)' },
    ]);
  });

  test('an unclosed quote is reported where it opens', () => {
    expect(readCsvText('id,note,value\na,"open,1\nb,,2\nc,,3\n', columns).problems.map((problem) => problem.line)).toEqual([2]);
  });
});

describe('front matter', () => {
  const text = '---\r\nid: x\r\ngroups:\r\n  - id: a\r\n    size: 3\r\nwhen: 2026-1-5\r\n---\r\nBody\r\n';

  test('knows the line of every field, nested ones included, with Windows line ends', () => {
    const read = readFrontMatter(text);
    if ('problem' in read) throw new Error(read.problem.message);
    expect(['id', 'groups', 'groups.0', 'groups.0.size', 'groups.0.label', 'missing'].map(read.lineOf)).toEqual([2, 3, 4, 5, 4, undefined]);
    expect(read.bodyLine).toBe(8);
  });

  test('reads as dates exactly what Astro reads as dates', () => {
    const read = readFrontMatter(text);
    if ('problem' in read) throw new Error(read.problem.message);
    expect(read.data.when).toBe('2026-1-5');
    const dated = readFrontMatter('---\nwhen: 2026-01-05\n---\n');
    expect('data' in dated && dated.data.when).toEqual(new Date('2026-01-05T00:00:00Z'));
  });

  // Astro reads front matter with js-yaml's default schema: merge keys, binary numbers and times with a zone.
  test.each([
    'base: &base {size: 3}\ngroup:\n  <<: *base\n  id: a',
    'count: 0b101\nhex: 0x1F\nplain: 1_000',
    'at: 2026-01-05 10:20:30.123456 +02:00\nday: 2026-01-05',
    'title: "2026-13-45"\nlist: [a, b]',
  ])('reads %j exactly as Astro does', (yamlText) => {
    const read = readFrontMatter(`---\n${yamlText}\n---\n`);
    expect('data' in read && read.data).toEqual(jsYaml.load(yamlText));
  });

  test.each([
    ['---\ntitle: x\nwhen: 2026-13-45\n---\n', { line: 3, field: 'when', message: 'is 2026-13-45, which is not a day on the calendar' }],
    ['---\ntitle: x\n2026-02-30: x\n---\n', { line: 3, field: '2026-02-30', message: 'is 2026-02-30, which is not a day on the calendar' }],
    ['---\ntitle: x\ntitle: y\n---\n', { line: 3, field: 'title', message: 'is given twice; keep one' }],
    // Refused by js-yaml only: reported in its words, at its line.
    [
      '---\ntitle: x\ncount: !!int "many"\n---\n',
      { line: 3, field: '(front matter)', message: 'is not valid YAML: cannot resolve a node with !<tag:yaml.org,2002:int> explicit tag' },
    ],
  ])('reports what Astro would misread or refuse in %j at its line', (file, problem) => {
    expect(readFrontMatter(file)).toEqual({ problem });
  });
});

describe('link targets', () => {
  test.each(['https://example.org/', 'HTTP://example.org', 'mailto:a@example.org', '/glossary/', '#figures', '../sources/x/', 'page/'])(
    '%s may be linked',
    (url) => {
      expect(linkTargetProblem(url)).toBeUndefined();
    },
  );

  test.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:x',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
    '/\\evil.example',
  ])('%j may not', (url) => {
    expect(linkTargetProblem(url)).toBeDefined();
  });
});

describe('MDX components', () => {
  test('every component pages receive is allowed in bodies, and no other', () => {
    const body = MDX_COMPONENT_NAMES.map((name) => `<${name} id="x" />`).join('\n\n');
    expect(checkMarkup({ origin: { file: 'f.mdx' }, body, bodyLine: 1 }).problems).toEqual([]);
    expect(checkMarkup({ origin: { file: 'f.mdx' }, body: '<Other />', bodyLine: 1 }).problems).toHaveLength(1);
  });
});
