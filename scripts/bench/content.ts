import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_FOLDERS } from '../content/validate.ts';
import { sourceTextsDir } from '../source-texts/folder.ts';
import { outcomesFile, sourceFile, sourceText, syntheticBody, syntheticId, syntheticOutcomes, syntheticSource } from './synthetic.ts';

export interface BenchContent {
  /** The content folder. */
  dir: string;
  /** The folder of source texts every quote is checked against. */
  texts: string;
  /** What a build of this content needs in its environment. */
  env: { LMS_CONTENT_DIR: string; LMS_SOURCE_TEXTS_DIR: string };
}

/**
 * A content folder holding the real content plus `count` synthetic sources, each with its own figures file and
 * its own source text (in a texts folder beside the content, with the real texts copied in). The real pages
 * (questions, treatments, glossary) keep the records they point at, so the build runs whole.
 */
export function writeBenchContent(realContent: string, target: string, count: number, realTexts = sourceTextsDir()): BenchContent {
  const texts = path.join(path.dirname(target), 'texts');
  for (const dir of [target, texts]) fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(realContent, target, { recursive: true });
  fs.mkdirSync(texts, { recursive: true });
  if (fs.existsSync(realTexts)) fs.cpSync(realTexts, texts, { recursive: true });
  const sources = path.join(target, CONTENT_FOLDERS.sources);
  const outcomes = path.join(target, CONTENT_FOLDERS.outcomes);
  for (let index = 0; index < count; index += 1) {
    const source = syntheticSource(index);
    const figures = syntheticOutcomes(source, index);
    fs.writeFileSync(path.join(sources, `${syntheticId(index)}.mdx`), sourceFile(source, syntheticBody(source, figures, index)));
    fs.writeFileSync(path.join(outcomes, `${syntheticId(index)}.csv`), outcomesFile(figures));
    fs.writeFileSync(path.join(texts, source.text), sourceText(source, figures));
  }
  return { dir: target, texts, env: { LMS_CONTENT_DIR: target, LMS_SOURCE_TEXTS_DIR: texts } };
}
