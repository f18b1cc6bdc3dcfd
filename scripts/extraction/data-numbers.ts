import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import type { Reference } from '../../src/schemas/reference.ts';
import type { Source } from '../../src/schemas/source.ts';

function numbersIn(text: string | undefined): number[] {
  return [...(text ?? '').matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
}

/**
 * Every number the review holds as data for one source: its figure rows (with time points in months and
 * years), patient rows, front matter and reference entries. A number the source prints must be one of these,
 * unless a rule says why it is left out.
 */
export function dataNumbers(
  source: Source,
  outcomes: readonly Outcome[],
  patients: readonly Patient[],
  references: readonly Reference[],
): Set<number> {
  const values: number[] = [];
  for (const outcome of outcomes.filter((o) => o.source === source.id)) {
    for (const figure of [outcome.value, outcome.low, outcome.high, outcome.sharePercent, outcome.sd])
      if (figure) values.push(figure.value);
    if (outcome.timepointMonths !== undefined) values.push(outcome.timepointMonths, outcome.timepointMonths / 12);
  }
  for (const patient of patients.filter((p) => p.source === source.id)) {
    values.push(patient.caseNumber, patient.age, patient.survivalMonths.value);
    if (patient.intervalMonths) values.push(patient.intervalMonths.value);
    values.push(...numbersIn(patient.details), ...numbersIn(patient.operation));
  }
  for (const field of [source.patients, source.studies, source.year, ...source.groups.map((group) => group.size)]) {
    if (field !== undefined) values.push(field);
  }
  values.push(...numbersIn(source.studyPeriod?.start), ...numbersIn(source.studyPeriod?.end), ...numbersIn(source.followUpEnd));
  values.push(...numbersIn(source.volume), ...numbersIn(source.articleNumber));
  for (const reference of references.filter((r) => r.source === source.id)) {
    values.push(...[reference.number, reference.position].filter((n): n is number => n !== undefined));
    values.push(...numbersIn(reference.publication), ...numbersIn(reference.title));
  }
  return new Set(values);
}
