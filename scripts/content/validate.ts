import path from 'node:path';
import { outcomeSchema } from '../../src/schemas/outcome.ts';
import { patientSchema } from '../../src/schemas/patient.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { checkDataset, type Dataset, type OutcomeRecord, type PatientRecord, type SourceRecord } from './checks.ts';
import { checkChangelog, checkReferenceLists } from './citing-checks.ts';
import { readCiting } from './citing-read.ts';
import { checkGuide } from './guide-checks.ts';
import { readGuide } from './guide-read.ts';
import { parseRecord } from './parse.ts';
import type { Problem } from './problems.ts';
import { readCsvFolder, readDocumentFolder } from './read.ts';
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
}

/** Reads, parses and cross-checks all review content under a content folder. Pure apart from reading files. */
export function validateContent(root: string): ValidationResult {
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

  const search = readSearchData(root);
  const sourceTexts = new Set(dataset.sources.map((source) => source.text));
  problems.push(...search.problems, ...checkReaderWords(search.readerWords), ...checkSourceTerms(search.sourceTerms, sourceTexts));
  return { dataset, problems };
}
