import { describe, expect, test } from 'vitest';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { patientSchema } from '../../src/schemas/patient.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { outcomeInput, patientInput, sourceInput } from '../support/records.ts';

/** Minimal valid records; each rejection below changes one thing. */
const outcomeRow = (overrides: Record<string, string> = {}) =>
  outcomeInput({
    id: 'x-os-1y',
    source: 'x',
    cancer: 'breast',
    group: 'all',
    measure: 'overall-survival',
    detail: '',
    timepointMonths: '12',
    statistic: 'rate',
    value: '83.1',
    low: '',
    high: '',
    sharePercent: '',
    sd: '',
    unit: '%',
    qualifier: '',
    locator: 'figure',
    locatorDetail: 'Fig. 1',
    note: '',
    ...overrides,
  });

const sourceData = (overrides: Record<string, unknown> = {}) =>
  sourceInput({
    id: 'x',
    text: 'fixture.txt',
    shortTitle: 'A source',
    kind: 'retrospective-case-series',
    cancers: ['breast'],
    country: 'Korea',
    treatments: ['liver-resection'],
    limitations: ['Small.'],
    lastReviewed: '2026-01-01',
    description: 'About a source.',
    ...overrides,
  });

const patientRow = (overrides: Record<string, string> = {}) =>
  patientInput({
    id: 'x-case-1',
    source: 'x',
    group: 'all',
    locator: 'table',
    locatorDetail: 'Table 1',
    caseNumber: '1',
    age: '44',
    sex: 'F',
    primary: '',
    stage: 'T2N2M0',
    details: '',
    operation: 'Wedge resection',
    survivalMonths: '39.3',
    status: 'unknown',
    statusAsReported: '',
    ...overrides,
  });

function failingPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('outcome schema', () => {
  test('accepts a minimal row and keeps the printed precision', () => {
    const parsed = outcomeSchema.parse(outcomeRow({ value: '0.0' }));
    expect(parsed.value).toEqual({ text: '0.0', value: 0 });
    expect(parsed.detail).toBeUndefined();
    expect(parsed.timepointMonths).toBe(12);
  });

  test.each([
    ['percentage over 100', { value: '100.1' }, 'value'],
    ['negative percentage', { value: '-1' }, 'value'],
    ['share over 100', { unit: 'patients', statistic: 'count', value: '3', sharePercent: '120' }, 'sharePercent'],
    ['no value and no range', { value: '' }, 'value'],
    ['low without high', { value: '', low: '10' }, 'high'],
    ['range across studies with a single value', { statistic: 'range-across-studies', low: '10', high: '20' }, 'statistic'],
    ['missing locator', { locator: '' }, 'locator'],
    ['table locator without its number', { locator: 'table', locatorDetail: '' }, 'locatorDetail'],
    ['unknown measure', { measure: 'happiness' }, 'measure'],
    ['text where a number belongs', { value: 'about 80' }, 'value'],
    ['HTML in a detail', { detail: '<em>men</em>' }, 'detail'],
    ['id with capitals', { id: 'X-OS' }, 'id'],
    ['characteristic without detail', { measure: 'characteristic', unit: 'patients', statistic: 'count', value: '3' }, 'detail'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(failingPaths(outcomeSchema.safeParse(outcomeRow(overrides)))).toContain(path);
  });
});

describe('source schema', () => {
  test('accepts minimal front matter and fills defaults', () => {
    const parsed = sourceSchema.parse(sourceData());
    expect(parsed.authors).toEqual([]);
    expect(parsed.dataQuality).toEqual([]);
  });

  test('keeps a YAML date as YYYY-MM-DD text', () => {
    expect(sourceSchema.parse(sourceData({ lastReviewed: new Date('2026-03-04') })).lastReviewed).toBe('2026-03-04');
  });

  test.each([
    ['HTML in the title', { title: 'A <script>x</script> title' }, 'title'],
    ['an invented-looking DOI', { doi: 'doi.org/10.1/x' }, 'doi'],
    ['no primary cancer', { cancers: [] }, 'cancers'],
    ['an unknown cancer', { cancers: ['lung'] }, 'cancers.0'],
    ['no limitations', { limitations: [] }, 'limitations'],
    ['a bad date', { lastReviewed: '24/11/2026' }, 'lastReviewed'],
    ['a group of no patients', { groups: [{ id: 'all', label: 'All', size: 0 }] }, 'groups.0.size'],
    ['a relative URL', { url: '/page' }, 'url'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(failingPaths(sourceSchema.safeParse(sourceData(overrides)))).toContain(path);
  });
});

describe('patient schema', () => {
  test('accepts a row with unknown status', () => {
    expect(patientSchema.parse(patientRow()).survivalMonths).toEqual({ text: '39.3', value: 39.3 });
  });

  test.each([
    ['a status word that is not mapped', { status: 'DFS' }, 'status'],
    ['an age that is not a number', { age: 'forty' }, 'age'],
    ['sex not as printed', { sex: 'female' }, 'sex'],
    ['survival as words', { survivalMonths: 'two years' }, 'survivalMonths'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(failingPaths(patientSchema.safeParse(patientRow(overrides)))).toContain(path);
  });
});
