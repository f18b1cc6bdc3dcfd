import type { z } from 'astro/zod';
import type { Origin, Problem } from './problems.ts';

export type WithOrigin<T> = T & { origin: Origin };

/** Zod issues as author-facing problems: the dotted path names the field; CSV rows keep their line. */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  data: unknown,
  origin: Origin,
): { record?: WithOrigin<z.output<S>>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { record: { ...(result.data as object), origin } as WithOrigin<z.output<S>>, problems: [] };
  const problems = result.error.issues.map((issue) => ({
    file: origin.file,
    line: origin.line,
    field: issue.path.length ? issue.path.map(String).join('.') : '(record)',
    // A missing field reaches zod as undefined; saying so beats the schema's generic wording.
    message: issue.input === undefined && issue.code !== 'custom' ? 'is required' : issue.message,
  }));
  return { problems };
}
