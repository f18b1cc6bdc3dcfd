import path from 'node:path';
import { leftOutRuleSchema, type LeftOutRule } from '../../src/schemas/extraction.ts';
import { readYamlList } from './citing-read.ts';
import { parseRecord } from './parse.ts';
import { displayPath } from './paths.ts';
import type { Problem } from './problems.ts';
import { listFiles } from './read.ts';

/** Folder of the per-source rules naming the numbers of a source's text that are deliberately not data. */
export const EXTRACTION_FOLDER = 'extraction';

/**
 * Reads content/extraction/<source id>.yaml for every source that has one: a list of left-out rules.
 * The extraction-completeness test applies them; the gate checks them like any other content.
 */
export function readExtractionRules(root: string, sourceIds: ReadonlySet<string>): { rules: Map<string, LeftOutRule[]>; problems: Problem[] } {
  const rules = new Map<string, LeftOutRule[]>();
  const problems: Problem[] = [];
  for (const file of listFiles(path.join(root, EXTRACTION_FOLDER), '.yaml')) {
    const id = path.basename(file, '.yaml');
    if (!sourceIds.has(id)) {
      problems.push({ file: displayPath(file), line: 1, field: '(file)', message: `is named after "${id}", which is not a source id` });
      continue;
    }
    const list = readYamlList(file);
    problems.push(...list.problems);
    rules.set(
      id,
      list.items.flatMap((item) => {
        const parsed = parseRecord(leftOutRuleSchema, item.data, item);
        problems.push(...parsed.problems);
        return parsed.record ? [parsed.record] : [];
      }),
    );
  }
  return { rules, problems };
}
