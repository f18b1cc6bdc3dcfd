import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from '../scripts/content/paths.ts';
import { readCsvFolder } from '../scripts/content/read.ts';
import { CONTENT_FOLDERS } from '../scripts/content/validate.ts';
import { outcomeSchema } from './schemas/outcome.ts';
import { patientSchema } from './schemas/patient.ts';
import { sourceSchema } from './schemas/source.ts';

/** Every row of every CSV file in a content folder becomes an entry keyed by its id column. */
function csvFolderLoader(folder: string): Loader {
  return {
    name: `csv-folder:${folder}`,
    load: async ({ store, parseData }) => {
      store.clear();
      const { items, problems } = readCsvFolder(path.join(contentDir(), folder));
      if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
      for (const row of items) {
        const id = row.data.id ?? '';
        store.set({ id, data: await parseData({ id, data: row.data, filePath: row.file }) });
      }
    },
  };
}

export const collections = {
  /** Source documents: read by the source pages, the sources list, comparison tables and citation blocks. */
  sources: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(contentDir(), CONTENT_FOLDERS.sources) }),
    schema: sourceSchema,
  }),
  /** Figures with locators: read by the key-figures panels, <Fig>, comparison tables, charts and data downloads. */
  outcomes: defineCollection({ loader: csvFolderLoader(CONTENT_FOLDERS.outcomes), schema: outcomeSchema }),
  /** Per-patient table rows: read by the patient tables, survival charts and the Kaplan–Meier estimate. */
  patients: defineCollection({ loader: csvFolderLoader(CONTENT_FOLDERS.patients), schema: patientSchema }),
};
