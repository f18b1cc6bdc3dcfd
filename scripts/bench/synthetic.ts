import { stringify as toCsv } from 'csv-stringify/sync';
import { stringify as toYaml } from 'yaml';
import { MEASURES, outcomeSchema, type Outcome } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CANCERS, SOURCE_KINDS, TREATMENTS, type Cancer, type TreatmentId } from '../../src/schemas/vocabulary.ts';

/**
 * Benchmark content: sources and figures that pass the real schemas and cross-record checks, shaped like
 * the real ones (a dozen figures, a summary with <Fig> references), so build costs scale as they would.
 * Everything is derived from the index, so two runs write the same files.
 */

const WORDS = [
  'liver',
  'surgery',
  'patients',
  'team',
  'tumour',
  'follow',
  'review',
  'resection',
  'care',
  'records',
  'margin',
  'recovery',
  'hospital',
  'treatment',
  'cancer',
  'spread',
  'group',
  'study',
  'chosen',
  'results',
  'survival',
  'options',
  'repeat',
  'scan',
];

/** Digits are not allowed in prose, so each source gets a name spelt in letters: 0 → "ba", 27 → "cebe". */
export function letterName(index: number): string {
  const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'ki', 'lo', 'mu', 'ne', 'pi', 'ro', 'su', 'ta', 'vi', 'zo'];
  let rest = index;
  let name = '';
  do {
    name = syllables[rest % syllables.length] + name;
    rest = Math.floor(rest / syllables.length);
  } while (rest > 0);
  return name;
}

export function syntheticId(index: number): string {
  return `bench-${String(index + 1).padStart(5, '0')}`;
}

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

const number = (value: number, decimals = 0) => {
  const text = value.toFixed(decimals);
  return { text, value: Number(text) };
};

/** A quote for every classification, each printing what it supports, so synthetic sources pass the same checks as real ones. */
function syntheticEvidence(
  name: string,
  patients: number,
  cancers: readonly Cancer[],
  treatments: readonly TreatmentId[],
): Source['evidence'] {
  const quote = (text: string) => ({ quote: text, locator: 'abstract' as const });
  return {
    kind: quote(`Series ${name} looked back at the records of one hospital.`),
    country: quote(`Series ${name} was written in one country.`),
    setting: quote(`Series ${name} comes from Hospital ${name}.`),
    studyPeriod: quote(`Series ${name} covers the years of its study period.`),
    patients: quote(`Series ${name} includes ${patients} patients.`),
    cancers: Object.fromEntries(cancers.map((cancer) => [cancer, quote(`Series ${name} is about ${cancer} cancer.`)])),
    treatments: Object.fromEntries(treatments.map((treatment) => [treatment, quote(`Series ${name} describes ${treatment}.`)])),
    groups: { all: quote(`Series ${name} includes ${patients} patients.`) },
  };
}

export function syntheticSource(index: number): Source {
  const name = letterName(index);
  return {
    id: syntheticId(index),
    title: `Outcomes of liver surgery in series ${name}`,
    text: `${syntheticId(index)}.txt`,
    shortTitle: `Series ${name}`,
    authors: [{ family: `Author${name}`, given: 'A.' }],
    authorsIncomplete: true,
    year: 2000 + (index % 25),
    journal: 'Journal of Benchmark Surgery',
    kind: pick(SOURCE_KINDS.slice(0, 2), index),
    cancers: [pick(CANCERS, index)],
    country: pick(['Norway', 'Chile', 'Japan', 'Kenya', 'Canada'], index),
    setting: `Hospital ${name}`,
    studyPeriod: { start: String(1990 + (index % 20)), end: String(2010 + (index % 10)) },
    patients: 40 + (index % 160),
    treatments: [pick(TREATMENTS, index), pick(TREATMENTS, index + 3)].filter((t, i, all) => all.indexOf(t) === i),
    groups: [{ id: 'all', label: `Everyone in series ${name} who had liver surgery`, size: 40 + (index % 160) }],
    limitations: [`Series ${name} looked back at records from one hospital.`, 'There was no comparison group.'],
    dataQuality: [],
    evidence: syntheticEvidence(name, 40 + (index % 160), [pick(CANCERS, index)], [pick(TREATMENTS, index), pick(TREATMENTS, index + 3)]),
    lastReviewed: '2026-01-15',
    description: `A case series named ${name} on liver surgery for cancer that spread to the liver, with survival and safety.`,
  };
}

/** A dozen figures per source, each quoting the sentence of the source's text that prints it. */
export function syntheticOutcomes(source: Source, index: number): Outcome[] {
  return syntheticRows(source, index).map((outcome) => ({ ...outcome, quote: printedSentence(outcome) }));
}

/** Survival that falls with time, safety, stay and who was treated. */
function syntheticRows(source: Source, index: number): Outcome[] {
  const cancer = source.cancers[0] ?? 'colorectal';
  const size = source.patients ?? 40;
  const base = {
    source: source.id,
    cancer,
    group: 'all',
    quote: '',
    scope: 'treated',
    method: 'not-stated',
  } as const;
  const survival = (months: number, value: number): Outcome => ({
    ...base,
    id: `${source.id}-os-${months}`,
    measure: 'overall-survival',
    timepointMonths: months,
    statistic: 'rate',
    value: number(value, 1),
    unit: '%',
    locator: 'results',
    locatorDetail: 'Survival',
    countedFrom: 'not stated',
  });
  const count = (id: string, measure: Outcome['measure'], patients: number, detail?: string): Outcome => ({
    ...base,
    id: `${source.id}-${id}`,
    measure,
    detail,
    statistic: 'count',
    value: number(patients),
    sharePercent: number((100 * patients) / size, 1),
    unit: 'patients',
    locator: 'table',
    locatorDetail: 'Table 1',
  });
  const first = 80 + (index % 15);
  return [
    survival(12, first),
    survival(36, first - 20),
    survival(60, first - 35),
    {
      ...base,
      id: `${source.id}-median-survival`,
      measure: 'median-survival',
      statistic: 'median',
      value: number(30 + (index % 40)),
      low: number(2),
      high: number(120),
      unit: 'months',
      locator: 'abstract',
      countedFrom: 'not stated',
    },
    count('complications-minor', 'complications-grade-1-2', Math.round(size / 5)),
    count('complications-major', 'complications-grade-3', Math.round(size / 12)),
    count('deaths-30-day', 'mortality-30-day', index % 3),
    count('recurrence', 'recurrence', Math.round(size / 2)),
    count('men', 'characteristic', Math.round(size / 2), 'men'),
    {
      ...base,
      id: `${source.id}-stay`,
      measure: 'hospital-stay',
      statistic: 'median',
      value: number(5 + (index % 9)),
      unit: 'days',
      locator: 'results',
      locatorDetail: 'Hospital stay',
    },
    {
      ...base,
      id: `${source.id}-age`,
      measure: 'age',
      statistic: 'mean',
      value: number(50 + (index % 20), 1),
      sd: number(9.5, 1),
      unit: 'years',
      locator: 'table',
      locatorDetail: 'Table 1',
    },
    {
      ...base,
      id: `${source.id}-margin`,
      measure: 'margin-width',
      statistic: 'median',
      value: number(3 + (index % 8)),
      unit: 'mm',
      locator: 'results',
      locatorDetail: 'Pathology',
    },
  ];
}

function sentence(index: number, offset: number, length: number): string {
  const words = Array.from({ length }, (_, i) => pick(WORDS, index * 7 + offset * 3 + i * 5));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A summary about as long as a real one, with a plain-language block and figures drawn in with <Fig>. */
export function syntheticBody(source: Source, outcomes: readonly Outcome[], index: number): string {
  const paragraph = (offset: number) => Array.from({ length: 5 }, (_, i) => sentence(index, offset + i, 8 + (i % 5))).join(' ');
  const figureList = outcomes.map((outcome) => `- ${sentence(index, outcome.id.length, 4)} <Fig id="${outcome.id}" />`).join('\n');
  return [
    '<PlainLanguage>',
    '',
    '## In plain words',
    '',
    `${paragraph(1)} The median survival was <Fig id="${source.id}-median-survival" show="value" />.`,
    '',
    '</PlainLanguage>',
    '',
    '## What was done',
    '',
    paragraph(2),
    '',
    paragraph(3),
    '',
    '## What was found',
    '',
    figureList,
    '',
    paragraph(4),
    '',
  ].join('\n');
}

/**
 * The sentence a synthetic source prints a figure in, with every number exactly as the record holds it. A source's
 * text is made of these, so any field that must quote the source (a figure's quote, a classification's evidence)
 * can quote the sentence and the build's check against the text finds it.
 */
export function printedSentence(outcome: Outcome): string {
  const what = [MEASURES[outcome.measure].label, outcome.detail, outcome.timepointMonths && `at ${outcome.timepointMonths} months`]
    .filter(Boolean)
    .join(' ');
  const numbers = [
    outcome.value && `${outcome.value.text} ${outcome.unit}`,
    outcome.sharePercent && `(${outcome.sharePercent.text}%)`,
    outcome.sd && `with a standard deviation of ${outcome.sd.text}`,
    outcome.low && outcome.high && `ranging from ${outcome.low.text} to ${outcome.high.text}`,
  ].filter(Boolean);
  return `${what} was ${numbers.join(' ')}.`;
}

/** Every quote a source's classifications rest on, once each. */
function evidenceQuotes(evidence: Source['evidence']): string[] {
  type Quoted = { quote: string };
  const isQuoted = (entry: unknown): entry is Quoted => typeof entry === 'object' && entry !== null && 'quote' in entry;
  const quotes = Object.values(evidence).flatMap((entry): Quoted[] =>
    isQuoted(entry) ? [entry] : Object.values((entry ?? {}) as Record<string, Quoted>),
  );
  return [...new Set(quotes.map((entry) => entry.quote))];
}

/** The document a synthetic source summarises: its title, the sentences its classifications quote, then every figure in a sentence of its own. */
export function sourceText(source: Source, outcomes: readonly Outcome[]): string {
  return [
    source.title ?? source.shortTitle,
    source.authors.map((author) => [author.given, author.family].filter(Boolean).join(' ')).join(', '),
    source.journal ?? '',
    ...evidenceQuotes(source.evidence),
    ...source.limitations,
    'Results',
    ...outcomes.map((outcome) => outcome.quote),
    '',
  ].join('\n\n');
}

/** A source file as an author would write it: the schema's fields as YAML front matter, then the summary. */
export function sourceFile(source: Source, body: string): string {
  return `---\n${toYaml(source, { lineWidth: 0 })}---\n\n${body}`;
}

/** The schema's own fields are the columns, so a new field appears in the files without touching this code. */
export const OUTCOME_COLUMNS = Object.keys(outcomeSchema.shape) as (keyof Outcome)[];

/** One CSV file of figures, written back in the form the schema reads: numbers as printed, empty cells for "not given". */
export function outcomesFile(outcomes: readonly Outcome[]): string {
  const cell = (value: Outcome[keyof Outcome]) => (value === undefined ? '' : typeof value === 'object' ? value.text : String(value));
  return toCsv(
    outcomes.map((outcome) => OUTCOME_COLUMNS.map((column) => cell(outcome[column]))),
    { header: true, columns: OUTCOME_COLUMNS },
  );
}
