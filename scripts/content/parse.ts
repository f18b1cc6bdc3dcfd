import type { z } from 'astro/zod';
import type { Origin, Problem } from './problems.ts';

export type WithOrigin<T> = T & { origin: Origin };

function messageFor(issue: z.core.$ZodIssue): string {
  // A missing field reaches zod as undefined (an empty one in YAML as null); saying so beats the schema's generic wording.
  if ((issue.input === undefined || issue.input === null) && issue.code !== 'custom') return 'is required';
  // YAML reads an unquoted 2024-05-01 as a date, wherever it stands.
  if (issue.code === 'invalid_type' && issue.input instanceof Date) return `is read as a date; put the text in quotes ("${issue.input.toISOString().slice(0, 10)}")`;
  // Zod's own wording for bounds ("Too small: expected number to be >0") reads as a program's, not an editor's.
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number' && issue.message.startsWith('Too ')) {
    const side = issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    return `is ${String(issue.input)}; it must be ${side} ${String(bound)}`;
  }
  return issue.message;
}

/** Zod issues as author-facing problems: the dotted path names the field; CSV rows keep their line. */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  data: unknown,
  origin: Origin,
): { record?: WithOrigin<z.output<S>>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { record: { ...(result.data as object), origin } as WithOrigin<z.output<S>>, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(record)';
    return { file: origin.file, line: origin.lineOf?.(field) ?? origin.line, field, message: messageFor(issue) };
  });
  return { problems };
}
