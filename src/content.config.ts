import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir } from '../scripts/content/paths.ts';
import { readCsvFolderAfterGate, readDocumentFolderAfterGate } from '../scripts/content/read.ts';
import { CITING_PATHS, readYamlList } from '../scripts/content/citing-read.ts';
import type { Problem } from '../scripts/content/problems.ts';
import { GUIDE_FOLDERS } from '../scripts/content/guide-read.ts';
import { CONTENT_FOLDERS } from '../scripts/content/validate.ts';
import { changelogEntrySchema } from './schemas/changelog.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { outcomeSchema } from './schemas/outcome.ts';
import { patientSchema } from './schemas/patient.ts';
import { questionSchema } from './schemas/question.ts';
import { referenceSchema } from './schemas/reference.ts';
import { sourceSchema } from './schemas/source.ts';
import { treatmentSchema } from './schemas/treatment.ts';

/** Every record a reader returns becomes an entry keyed by its id field. */
function recordsLoader(
  name: string,
  read: () => Promise<{ items: { file: string; data: Record<string, unknown> }[]; problems: Problem[] }>,
): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      const { items, problems } = await read();
      if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
      for (const row of items) {
        const id = String(row.data.id ?? '');
        store.set({ id, data: await parseData({ id, data: row.data, filePath: row.file }) });
      }
    },
  };
}

/**
 * Every MDX file in a content folder becomes an entry keyed by its file name, with its body kept as text. The
 * pages turn bodies into HTML themselves (src/lib/body.ts): Astro's MDX integration would make each body a
 * module for Vite to bundle, and with thousands of sources that bundling outgrew the build's time and memory.
 */
function mdxFolderLoader(folder: string): Loader {
  return {
    name: `mdx-folder:${folder}`,
    load: async ({ store, parseData, generateDigest, config }) => {
      store.clear();
      const dir = path.join(contentDir(), folder);
      const { items, problems } = await readDocumentFolderAfterGate(dir, '.mdx');
      if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.field} ${p.message}`).join('\n'));
      for (const document of items) {
        const id = path.basename(document.file, '.mdx');
        const data = await parseData({ id, data: document.data, filePath: document.file });
        // Astro wants the path from the project root, even for content kept elsewhere (LMS_CONTENT_DIR).
        const filePath = path.relative(fileURLToPath(config.root), path.join(dir, `${id}.mdx`));
        store.set({ id, data, body: document.body, filePath, digest: generateDigest(document.body) });
      }
    },
  };
}

/** Every row of every CSV file in a content folder becomes an entry keyed by its id column; the header must name the schema's fields. */
function csvFolderLoader(folder: string, schema: z.ZodObject): Loader {
  return recordsLoader(`csv-folder:${folder}`, () => readCsvFolderAfterGate(path.join(contentDir(), folder), schema));
}

export const collections = {
  /** Source documents: read by the source pages, the sources list, comparison tables and citation blocks. */
  sources: defineCollection({
    loader: mdxFolderLoader(CONTENT_FOLDERS.sources),
    schema: sourceSchema,
  }),
  /** Figures with locators: read by the key-figures panels, <Fig>, comparison tables, charts and data downloads. */
  outcomes: defineCollection({ loader: csvFolderLoader(CONTENT_FOLDERS.outcomes, outcomeSchema), schema: outcomeSchema }),
  /** Per-patient table rows: read by the patient tables, survival charts and the Kaplan–Meier estimate. */
  patients: defineCollection({ loader: csvFolderLoader(CONTENT_FOLDERS.patients, patientSchema), schema: patientSchema }),
  /** Quick answers: read by the question pages (src/pages/questions/), the questions list, treatment pages and the care-team page. */
  questions: defineCollection({
    loader: mdxFolderLoader(GUIDE_FOLDERS.questions),
    schema: questionSchema,
  }),
  /** Treatment explanations: read by the treatment pages (src/pages/treatments/) and the treatments list. */
  treatments: defineCollection({
    loader: mdxFolderLoader(GUIDE_FOLDERS.treatments),
    schema: treatmentSchema,
  }),
  /** Glossary entries: read by the glossary page; the first-use definitions read the same files through the rehype plugin. */
  glossary: defineCollection({ loader: csvFolderLoader(GUIDE_FOLDERS.glossary, glossaryTermSchema), schema: glossaryTermSchema }),
  /** Entries of the sources' own reference lists that the site mentions: read by the references page. */
  references: defineCollection({ loader: csvFolderLoader(CITING_PATHS.references, referenceSchema), schema: referenceSchema }),
  /** Dated changes to the review: read by the changelog page. */
  changelog: defineCollection({
    loader: recordsLoader('changelog', async () => readYamlList(path.join(contentDir(), CITING_PATHS.changelog))),
    schema: changelogEntrySchema,
  }),
};
