import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_FOLDERS } from '../content/validate.ts';
import { outcomesFile, sourceFile, syntheticBody, syntheticId, syntheticOutcomes, syntheticSource } from './synthetic.ts';

/**
 * A content folder holding the real content plus `count` synthetic sources, each with its own figures file.
 * The real pages (questions, treatments, glossary) keep the records they point at, so the build runs whole.
 */
export function writeBenchContent(realContent: string, target: string, count: number): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(realContent, target, { recursive: true });
  const sources = path.join(target, CONTENT_FOLDERS.sources);
  const outcomes = path.join(target, CONTENT_FOLDERS.outcomes);
  for (let index = 0; index < count; index += 1) {
    const source = syntheticSource(index);
    const figures = syntheticOutcomes(source, index);
    fs.writeFileSync(path.join(sources, `${syntheticId(index)}.mdx`), sourceFile(source, syntheticBody(source, figures, index)));
    fs.writeFileSync(path.join(outcomes, `${syntheticId(index)}.csv`), outcomesFile(figures));
  }
}
