import type { Root } from 'mdast';
import { parseMdxBody } from './mdx-tree.ts';
import type { Problem } from './problems.ts';

/** A page written in MDX, as the checks see it. */
export interface BodyDocument {
  origin: { file: string; line?: number };
  body: string;
  bodyLine: number;
}

const trees = new Map<string, Root | Error>();

/** The parsed body, read once however many checks look at it; an unreadable body is reported by bodyTreeProblems. */
export function bodyTree(document: BodyDocument): Root | undefined {
  let tree = trees.get(document.body);
  if (!tree) {
    try {
      tree = parseMdxBody(document.body);
    } catch (error) {
      tree = error as Error;
    }
    trees.set(document.body, tree);
  }
  return tree instanceof Error ? undefined : tree;
}

/** Line in the file of a line in the body. */
export function fileLine(document: BodyDocument, bodyLineNumber: number): number {
  return document.bodyLine + bodyLineNumber - 1;
}

export function bodyTreeProblems(document: BodyDocument): Problem[] {
  bodyTree(document);
  const tree = trees.get(document.body);
  if (!(tree instanceof Error)) return [];
  const place = (tree as Error & { line?: number }).line;
  return [
    {
      file: document.origin.file,
      line: place === undefined ? document.bodyLine : fileLine(document, place),
      field: 'body',
      message: `is not valid MDX: ${tree.message.split('\n')[0]}`,
    },
  ];
}
