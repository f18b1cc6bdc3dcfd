import path from 'node:path';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/schemas/glossary.ts';
import { GUIDE_FOLDERS } from '../content/guide-read.ts';
import { parseRecord } from '../content/parse.ts';
import { readCsvFolder } from '../content/read.ts';

/** Glossary entries that pass their schema; the content gate reports the rest, so they are simply left out here. */
export function loadGlossary(root: string): GlossaryTerm[] {
  return readCsvFolder(path.join(root, GUIDE_FOLDERS.glossary), glossaryTermSchema).items.flatMap((row) => {
    const { record } = parseRecord(glossaryTermSchema, row.data, row);
    return record ? [record] : [];
  });
}
