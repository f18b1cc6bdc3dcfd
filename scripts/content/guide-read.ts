import path from 'node:path';
import type { z } from 'astro/zod';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { questionSchema } from '../../src/schemas/question.ts';
import { treatmentSchema } from '../../src/schemas/treatment.ts';
import type { DocumentRecord, GlossaryRecord, QuestionRecord, TreatmentRecord } from './guide-checks.ts';
import { parseRecord } from './parse.ts';
import type { Problem } from './problems.ts';
import { readCsvRecords, readDocumentFolder } from './read.ts';

/** Folders of the guide pages under the content folder. */
export const GUIDE_FOLDERS = {
  questions: 'questions',
  treatments: 'treatments',
  glossary: 'glossary',
} as const;

const pageId = (file: string) => path.basename(file, '.mdx');

/** Parses each MDX file of a folder; the file name is the page id. Ids of files that fail are kept, so links to them are not reported twice. */
function readPages<S extends z.ZodType>(dir: string, schema: S, problems: Problem[]): { pages: DocumentRecord<z.output<S>>[]; rejected: Set<string> } {
  const documents = readDocumentFolder(dir, '.mdx');
  problems.push(...documents.problems);
  const rejected = new Set(documents.unreadable.map(pageId));
  const pages = documents.items.flatMap((document) => {
    const parsed = parseRecord(schema, document.data, document);
    problems.push(...parsed.problems);
    if (!parsed.record) {
      rejected.add(pageId(document.file));
      return [];
    }
    return [{ ...parsed.record, id: pageId(document.file), body: document.body, bodyLine: document.bodyLine }];
  });
  return { pages, rejected };
}

/** Reads and parses the questions, treatments and glossary; cross-checks run later with the rest of the dataset. */
export function readGuide(root: string): {
  questions: QuestionRecord[];
  treatments: TreatmentRecord[];
  glossary: GlossaryRecord[];
  rejectedQuestions: ReadonlySet<string>;
  rejectedTreatments: ReadonlySet<string>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const questions = readPages(path.join(root, GUIDE_FOLDERS.questions), questionSchema, problems);
  const treatments = readPages(path.join(root, GUIDE_FOLDERS.treatments), treatmentSchema, problems);
  const glossary = readCsvRecords(path.join(root, GUIDE_FOLDERS.glossary), glossaryTermSchema, problems);
  return {
    questions: questions.pages,
    treatments: treatments.pages,
    glossary,
    rejectedQuestions: questions.rejected,
    rejectedTreatments: treatments.rejected,
    problems,
  };
}
