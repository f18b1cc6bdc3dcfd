import { countsTime, type Measure } from '../../src/schemas/outcome.ts';

const QUOTE = { quote: 'Words as the source prints them.', locator: 'results' };

/**
 * Fills the fields every outcome row must carry but most tests do not care about: a quote, a scope
 * (context for the "background" group), how the figure was worked out, and from when a time runs.
 */
export function outcomeInput<T extends Record<string, unknown>>(fields: T): T & Record<string, unknown> {
  const row: Record<string, unknown> = {
    quote: QUOTE.quote,
    scope: fields.group === 'background' ? 'context' : 'treated',
    method: 'observed',
    ...fields,
  };
  const timepoint = row.timepointMonths === undefined || row.timepointMonths === '' ? undefined : Number(row.timepointMonths);
  if ((row.countedFrom === undefined || row.countedFrom === '') && typeof row.measure === 'string') {
    if (countsTime({ measure: row.measure as Measure, timepointMonths: timepoint })) row.countedFrom = 'not stated';
  }
  return row as T & Record<string, unknown>;
}

/** Fills a source's evidence with a quote for every classification the test gives, so only the fields under test vary. */
export function sourceInput<T extends Record<string, unknown>>(fields: T): T & Record<string, unknown> {
  const ids = (list: unknown, key?: string): string[] =>
    Array.isArray(list) ? list.map((item) => String(key ? (item as Record<string, unknown>)[key] : item)) : [];
  const quoteEach = (list: string[]) => Object.fromEntries(list.map((id) => [id, QUOTE]));
  const optional = ['setting', 'studyPeriod', 'patients', 'studies', 'followUpEnd'].filter((key) => fields[key] !== undefined);
  return {
    text: 'fixture.txt',
    evidence: {
      kind: QUOTE,
      country: QUOTE,
      cancers: quoteEach(ids(fields.cancers)),
      treatments: quoteEach(ids(fields.treatments)),
      groups: quoteEach(ids(fields.groups, 'id')),
      ...Object.fromEntries(optional.map((key) => [key, QUOTE])),
    },
    ...fields,
  };
}

/** A patient row's required quote and starting point. */
export function patientInput<T extends Record<string, unknown>>(fields: T): T & Record<string, unknown> {
  return { quote: QUOTE.quote, countedFrom: 'not stated', ...fields };
}
