import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';

/**
 * The source documents' texts are not copied into the project: quotes and coverage are checked
 * against the folder a setting points at. A clone without that folder still builds.
 */
export function sourceTextsDir(): string {
  return path.resolve(PROJECT_ROOT, process.env.LMS_SOURCE_TEXTS_DIR ?? '../shared/seeds');
}

/** The text of one source document by its file name, or undefined where this machine lacks it. */
export function readSourceText(fileName: string, dir: string = sourceTextsDir()): string | undefined {
  const file = path.join(dir, fileName);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** Every source text in the folder (the .txt files; the folder's README is not a source). */
export function listSourceTexts(dir: string = sourceTextsDir()): { file: string; text: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}
