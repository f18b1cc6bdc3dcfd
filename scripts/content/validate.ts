import path from 'node:path';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { patientSchema } from '../../src/schemas/patient.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { checkDataset, type Dataset, type OutcomeRecord, type PatientRecord, type SourceRecord } from './checks.ts';
import { checkChangelog, checkReferenceLists } from './citing-checks.ts';
import { readCiting } from './citing-read.ts';
import { checkGuide } from './guide-checks.ts';
import { readGuide } from './guide-read.ts';
import { bodyClaims } from './claims.ts';
import { parseRecord } from './parse.ts';
import { checkQuotes, recordQuotes, type QuoteCheckOptions, type QuoteCheckResult } from './quote-checks.ts';
import { checkWording } from './wording.ts';
import type { Problem } from './problems.ts';
import { readCsvFolder, readDocumentFolder } from './read.ts';

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

/**
 * Claims and wording of every page body: a source page speaks for its own source, a question for the
 * sources it lists, a treatment page for any source.
 */
function checkBodies(dataset: Dataset, options: QuoteCheckOptions): { problems: Problem[]; quotes: Omit<QuoteCheckResult, 'problems'> } {
  const known = new Set(dataset.sources.map((source) => source.id));
  const outcomes = new Map(dataset.outcomes.map((outcome) => [outcome.id, outcome]));
  const unknown = (id: string) => (known.has(id) ? undefined : `names source "${id}", which is not a source id (known: ${[...known].join(', ')})`);
  const pages = [
    ...dataset.sources.map((source) => ({
      document: source,
      mayCite: (id: string) => (id === source.id ? undefined : `names source "${id}", but a source page speaks only for its own source ("${source.id}")`),
    })),
    ...(dataset.questions ?? []).map((question) => ({
      document: question,
      mayCite: (id: string) => unknown(id) ?? (question.sources.includes(id) ? undefined : `names source "${id}", which the page's sources list does not include`),
    })),
    ...(dataset.treatments ?? []).map((treatment) => ({ document: treatment, mayCite: unknown })),
  ];
  const problems: Problem[] = [];
  const quotes = recordQuotes(dataset.sources, dataset.outcomes, dataset.patients);
  for (const { document, mayCite } of pages) {
    const claims = bodyClaims(document, mayCite);
    problems.push(...claims.problems, ...checkWording(document, outcomes));
    quotes.push(...claims.quotes);
  }
  const { problems: quoteProblems, ...report } = checkQuotes(quotes, dataset.sources, options);
  return { problems: [...problems, ...quoteProblems], quotes: report };
}

/** Reads, parses and cross-checks all review content under a content folder. Pure apart from reading files. */
export function validateContent(root: string, options: QuoteCheckOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const rejected = { sources: new Set<string>(), outcomes: new Set<string>() };
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
    } else {
      dataset.sources.push({ ...parsed.record, body: document.body, bodyLine: document.bodyLine, fileId } satisfies SourceRecord);
    }
  }

  const outcomeRows = readCsvFolder(path.join(root, CONTENT_FOLDERS.outcomes));
  problems.push(...outcomeRows.problems);
  for (const row of outcomeRows.items) {
    const parsed = parseRecord(outcomeSchema, row.data, row);
    problems.push(...parsed.problems);
    if (parsed.record) dataset.outcomes.push(parsed.record satisfies OutcomeRecord);
    else rejected.outcomes.add(String(row.data.id));
  }

  const patientRows = readCsvFolder(path.join(root, CONTENT_FOLDERS.patients));
  problems.push(...patientRows.problems);
  for (const row of patientRows.items) {
    const parsed = parseRecord(patientSchema, row.data, row);
    problems.push(...parsed.problems);
    if (parsed.record) dataset.patients.push(parsed.record satisfies PatientRecord);
  }

  const { problems: guideProblems, rejectedQuestions, ...guide } = readGuide(root);
  problems.push(...guideProblems);
  Object.assign(dataset, guide, { rejected: { ...rejected, questions: rejectedQuestions } });

  const citing = readCiting(root);
  problems.push(...citing.problems);
  Object.assign(dataset, { references: citing.references, changelog: citing.changelog });

  const citingDataset = { ...dataset, references: citing.references, changelog: citing.changelog, rejectedSources: rejected.sources };
  problems.push(...checkDataset(dataset), ...checkGuide(dataset), ...checkReferenceLists(citingDataset), ...checkChangelog(citingDataset));
  const bodies = checkBodies(dataset, options);
  problems.push(...bodies.problems);
  return { dataset, problems, quotes: bodies.quotes };
}
