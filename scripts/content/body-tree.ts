import type { Root } from 'mdast';
import { finishHandedTrees, handedTreesDir, handTree, writeHandedIndex } from './handed-trees.ts';
import { parseMdxBody } from './mdx-tree.ts';
import type { Problem } from './problems.ts';

/** A page written in MDX, as the checks see it. */
export interface BodyDocument {
  origin: { file: string; line?: number };
  body: string;
  bodyLine: number;
}

const trees = new Map<string, Root | Error>();

/** The parsed body, or the error MDX raised reading it: parsed once however many checks look at it. */
export function parsedBody(body: string): Root | Error {
  let tree = trees.get(body);
  if (!tree) {
    try {
      tree = parseMdxBody(body);
      const handed = handedTreesDir();
      if (handed) handTree(handed, body, tree);
    } catch (error) {
      tree = error as Error;
    }
    trees.set(body, tree);
  }
  return tree;
}

/** The parsed body; an unreadable body is reported by bodyTreeProblems. */
export function bodyTree(document: BodyDocument): Root | undefined {
  const tree = parsedBody(document.body);
  return tree instanceof Error ? undefined : tree;
}

/** Lets go of one body's tree once every check has read it. */
export function forgetBodyTree(body: string): void {
  trees.delete(body);
}

/**
 * Lets go of the parsed bodies once the content is checked: kept, they would hold every page's tree through the build.
 * In the site's build, the trees handed to the pages are listed for them now (handed-trees.ts).
 */
export function forgetBodyTrees(): void {
  trees.clear();
  const handed = handedTreesDir();
  if (handed) writeHandedIndex(handed, finishHandedTrees());
}

/** Line in the file of a line in the body. */
export function fileLine(document: BodyDocument, bodyLineNumber: number): number {
  return document.bodyLine + bodyLineNumber - 1;
}

export function bodyTreeProblems(document: BodyDocument): Problem[] {
  const tree = parsedBody(document.body);
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
