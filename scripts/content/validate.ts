import path from 'node:path';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { patientSchema } from '../../src/schemas/patient.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { checkDataset, type Dataset, type OutcomeRecord, type PatientRecord, type SourceRecord } from './checks.ts';
import { checkChangelog, checkReferenceLists } from './citing-checks.ts';
import { readCiting } from './citing-read.ts';
import { checkGuide } from './guide-checks.ts';
import { readGuide } from './guide-read.ts';
import { forgetBodyTrees, parsedBody } from './body-tree.ts';
import { handReadings } from './handed-readings.ts';
import { handedTreesDir } from './handed-trees.ts';
import { checkPageBody, type BodyCheckContext, type PageBody } from './body-checks.ts';
import { arithmeticRecords } from '../checks/arithmetic.ts';
import { readExtractionRules } from './extraction-read.ts';
import type { checkMarkup } from './markup.ts';
import { componentUses } from './mdx-tree.ts';
import { parseRecord } from './parse.ts';
import type { Origin, Problem } from './problems.ts';
import { checkQuotes, recordQuotes, type QuoteCheckOptions, type QuoteCheckResult } from './quote-checks.ts';
import { readCsvFolder, readCsvRecords, readDocumentFolder } from './read.ts';
import { checkReaderWords, checkSourceTerms } from './search-checks.ts';
import { readSearchData } from './search-read.ts';

export const CONTENT_FOLDERS = {
  sources: 'sources',
  outcomes: 'outcomes',
  patients: 'patients',
} as const;

export interface ValidationResult {
  dataset: Dataset;
  problems: Problem[];
  /** How many quotes were found in their sources' texts, and how many could not be looked for. */
  quotes: Omit<QuoteCheckResult, 'problems'>;
}

type BodyDocument = { origin: Origin; body: string; bodyLine: number };

interface BodyFindings {
  problems: Problem[];
  quotes: Omit<QuoteCheckResult, 'problems'>;
  /** Each body's markup problems, and whether MDX could read it at all (see withMarkupChecks). */
  markup: ({ file: string } & ReturnType<typeof checkMarkup>)[];
}

/**
 * The pages whose bodies are checked, with what their checks know of the rest of the review. A source page speaks for
 * its own source, a question for the sources it lists, a treatment page for any source.
 */
function bodyCheckInput(dataset: Dataset): { pages: PageBody[]; context: BodyCheckContext } {
  const rejected = dataset.rejected ?? { sources: new Set<string>(), outcomes: new Set<string>() };
  // A source or record that failed its own checks is already reported; a body naming it is not reported again.
  const context: BodyCheckContext = {
    knownSources: new Set([...dataset.sources.map((source) => source.id), ...rejected.sources]),
    outcomes: new Map(dataset.outcomes.map((outcome) => [outcome.id, outcome])),
    rejectedOutcomes: rejected.outcomes,
  };
  const pages = [
    ...dataset.sources.map((document): PageBody => ({ document, citing: { own: document.id } })),
    ...(dataset.questions ?? []).map((document): PageBody => ({ document, citing: { listed: document.sources } })),
    ...(dataset.treatments ?? []).map((document): PageBody => ({ document, citing: { any: true } })),
  ];
  return { pages, context };
}

/**
 * Every check that reads a page's body, page by page (body-checks.ts); then the quotes of the claims and of the records
 * are looked for in the sources' texts.
 */
function checkBodies(dataset: Dataset, options: QuoteCheckOptions): BodyFindings {
  const { pages, context } = bodyCheckInput(dataset);
  const findings = pages.map((page) => checkPageBody(page, context));
  const quotes = [...recordQuotes(dataset.sources, dataset.outcomes, dataset.patients), ...findings.flatMap((found) => found.quotes)];
  const { problems: quoteProblems, ...report } = checkQuotes(quotes, dataset.sources, options);
  return {
    problems: [...findings.flatMap((found) => found.problems), ...quoteProblems],
    quotes: report,
    markup: findings.map((found) => found.markup),
  };
}

/**
 * Cross-record checks name a front-matter field but know only the file; the document knows the field's line.
 * Body problems already carry theirs.
 */
function locateFields(problems: readonly Problem[], documents: readonly BodyDocument[]): Problem[] {
  const lineOf = new Map(documents.map((document) => [document.origin.file, document.origin]));
  return problems.map((problem) => {
    const origin = lineOf.get(problem.file);
    if (!origin?.lineOf || problem.line !== origin.line || problem.field.startsWith('(') || problem.field === 'body') return problem;
    return { ...problem, line: origin.lineOf(problem.field) ?? problem.line };
  });
}

/** Ids of the <Fig> tags of a body; a body that is not valid MDX is reported by the markup check. */
function figuresIn(body: string): string[] {
  const tree = parsedBody(body);
  return tree instanceof Error ? [] : componentUses(tree, 'Fig').map((use) => use.attributes.id ?? '');
}

/** Outcome ids that pages name: in <Fig> tags, figure lists and data-quality notes. */
function namedFigures(dataset: Dataset): string[] {
  const pages = [...(dataset.questions ?? []), ...(dataset.treatments ?? [])];
  return [
    ...dataset.sources.flatMap((source) => [
      ...figuresIn(source.body),
      ...source.dataQuality.flatMap((note) => [...note.records, ...note.arithmetic.flatMap(arithmeticRecords)]),
    ]),
    ...pages.flatMap((page) => [...figuresIn(page.body), ...page.figures]),
  ];
}

/**
 * Adds each body's markup problems. A body MDX cannot read gets its one syntax problem and nothing else, and a
 * line with forbidden markup gets that problem alone: line-by-line checks would only misread the markup
 * (an unclosed <Fig, or the "1" in onerror="alert(1)", as a typed number).
 */
function withMarkupChecks(problems: readonly Problem[], markup: BodyFindings['markup']): Problem[] {
  const unreadable = new Set(markup.filter((result) => !result.parsed).map((result) => result.file));
  const markupLines = new Set(markup.flatMap((result) => result.problems.map((problem) => `${problem.file}:${problem.line}`)));
  const explained = (problem: Problem) => problem.field === 'body' && (unreadable.has(problem.file) || markupLines.has(`${problem.file}:${problem.line}`));
  return [...problems.filter((problem) => !explained(problem)), ...markup.flatMap((result) => result.problems)];
}

/** Reads, parses and cross-checks all review content under a content folder. Pure apart from reading files. */
export function validateContent(root: string, options: QuoteCheckOptions = {}): ValidationResult {
  // In the site's build, Astro's content loader takes what the gate read (handed-readings.ts).
  if (handedTreesDir()) handReadings();
  try {
    return readAndCheck(root, options);
  } finally {
    forgetBodyTrees();
  }
}

function readAndCheck(root: string, options: QuoteCheckOptions): ValidationResult {
  const problems: Problem[] = [];
  const rejected = { sources: new Set<string>(), outcomes: new Set<string>() };
  // Text files named by sources that failed their own checks: terms taken from them are not reported again.
  const rejectedTexts = new Set<string>();
  const dataset: Dataset = { sources: [], outcomes: [], patients: [], rejected };

  const documents = readDocumentFolder(path.join(root, CONTENT_FOLDERS.sources), '.mdx');
  problems.push(...documents.problems);
  for (const file of documents.unreadable) rejected.sources.add(path.basename(file, '.mdx'));
  for (const document of documents.items) {
    const parsed = parseRecord(sourceSchema, document.data, document);
    problems.push(...parsed.problems);
    const fileId = path.basename(document.file, '.mdx');
    if (!parsed.record) {
      rejected.sources.add(fileId).add(String(document.data.id));
      if (typeof document.data.text === 'string') rejectedTexts.add(document.data.text);
    } else {
      dataset.sources.push({ ...parsed.record, body: document.body, bodyLine: document.bodyLine, fileId } satisfies SourceRecord);
    }
  }

  const outcomeRows = readCsvFolder(path.join(root, CONTENT_FOLDERS.outcomes), outcomeSchema);
  problems.push(...outcomeRows.problems);
  for (const row of outcomeRows.items) {
    const parsed = parseRecord(outcomeSchema, row.data, row);
    problems.push(...parsed.problems);
    if (parsed.record) dataset.outcomes.push(parsed.record satisfies OutcomeRecord);
    else rejected.outcomes.add(String(row.data.id));
  }

  dataset.patients.push(...(readCsvRecords(path.join(root, CONTENT_FOLDERS.patients), patientSchema, problems) satisfies PatientRecord[]));

  const { problems: guideProblems, rejectedQuestions, rejectedTreatments, ...guide } = readGuide(root);
  problems.push(...guideProblems);
  Object.assign(dataset, guide, { rejected: { ...rejected, questions: rejectedQuestions, treatments: rejectedTreatments } });

  const citing = readCiting(root);
  problems.push(...citing.problems);
  Object.assign(dataset, { references: citing.references, changelog: citing.changelog });
  // An outcomes file that could not be read is reported once; any figure id the pages name may be in it.
  if (outcomeRows.unreadable.length) for (const id of namedFigures(dataset)) rejected.outcomes.add(id);

  // A reference list that could not be read is reported once; the notes citing its entries are not reported again.
  const unreadLists = citing.unreadableLists.map((file) => path.basename(file, '.csv'));
  const citingDataset = {
    ...dataset,
    references: citing.references,
    changelog: citing.changelog,
    rejectedSources: new Set([...rejected.sources, ...unreadLists]),
  };
  problems.push(...checkDataset(dataset), ...checkGuide(dataset), ...checkReferenceLists(citingDataset), ...checkChangelog(citingDataset));
  const checked = checkBodies(dataset, options);
  problems.push(...checked.problems);
  const extraction = readExtractionRules(root, new Set([...dataset.sources.map((source) => source.id), ...rejected.sources]));
  problems.push(...extraction.problems);
  dataset.extraction = extraction.rules;

  const search = readSearchData(root);
  // With a source file unreadable, any text file could be the one it names.
  const sourceTexts = documents.unreadable.length ? undefined : new Set(dataset.sources.map((source) => source.text));
  problems.push(
    ...search.problems,
    ...checkReaderWords(search.readerWords),
    ...checkSourceTerms(search.sourceTerms, sourceTexts, rejectedTexts),
  );
  const bodies: BodyDocument[] = [...dataset.sources, ...(dataset.questions ?? []), ...(dataset.treatments ?? [])];
  return {
    dataset,
    problems: locateFields(withMarkupChecks(problems, checked.markup), bodies),
    quotes: checked.quotes,
  };
}
