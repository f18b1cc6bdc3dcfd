/** One reason the content cannot be built, addressed to the person who edits the file. */
export interface Problem {
  /** Path of the file, relative to the project. */
  file: string;
  /** Line in the file, where known (CSV rows, front-matter fields, body lines). */
  line?: number;
  /** Field or column at fault, dotted for nested fields. */
  field: string;
  /** Why the value is wrong, written for a content author. */
  message: string;
}

/** Where a record came from, kept beside it so later checks can name the file and line. */
export interface Origin {
  file: string;
  line?: number;
  /** For front matter: the line of a field, given as a dotted path, where the file has it. */
  lineOf?: (field: string) => number | undefined;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where} › ${problem.field}: ${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check failed with ${count}:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
