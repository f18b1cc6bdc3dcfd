import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import type { Arithmetic, SourceGroup } from '../../src/schemas/source.ts';
import { withUnit } from '../format/figure.ts';

/** One worked line of a data-quality note: the sum written out, and whether it meets the figure it is set against. */
export interface WorkedArithmetic {
  text: string;
  agrees: boolean;
}

/** The outcome records an arithmetic item reads. */
export function arithmeticRecords(item: Arithmetic): string[] {
  switch (item.kind) {
    case 'sum':
      return [...item.parts, ...(item.total ? [item.total] : [])];
    case 'difference':
      return [item.from, ...item.minus, item.compare];
    default:
      return [item.record];
  }
}

/** Adds printed numbers without binary noise, keeping the most decimals any of them prints. */
function exactSum(texts: readonly string[]): string {
  const places = Math.max(0, ...texts.map((text) => text.split('.')[1]?.length ?? 0));
  const total = texts.reduce((sum, text) => sum + Math.round(Number(text) * 10 ** places), 0);
  return (total / 10 ** places).toFixed(places);
}

function printed(outcome: Outcome): string {
  return outcome.value?.text ?? `${outcome.low?.text}–${outcome.high?.text}`;
}

function tableNames(patients: readonly Patient[]): string {
  const names = [...new Set(patients.map((patient) => patient.locatorDetail))];
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'the tables');
}

/** The figure of a patient field as printed (age is whole years). */
function fieldText(patient: Patient, field: 'age' | 'survivalMonths' | 'intervalMonths'): string | undefined {
  if (field === 'age') return String(patient.age);
  return patient[field]?.text;
}

/**
 * Works out one arithmetic item of a note from the records it names. Every number in the text comes from
 * the data; a record the item names is always present (the content gate checks it).
 */
export function workArithmetic(
  item: Arithmetic,
  outcomes: ReadonlyMap<string, Outcome>,
  patients: readonly Patient[],
  groups: readonly SourceGroup[],
): WorkedArithmetic {
  const record = (id: string) => outcomes.get(id) as Outcome;
  switch (item.kind) {
    case 'sum': {
      const parts = item.parts.map((id) => printed(record(id)));
      const sum = exactSum(parts);
      const total = item.total ? printed(record(item.total)) : String(groups.find((group) => group.id === item.totalGroup)?.size ?? '');
      const against = item.total ? 'the source gives' : 'the group size given is';
      return { text: `${parts.join(' + ')} = ${sum}; ${against} ${total}`, agrees: Number(sum) === Number(total) };
    }
    case 'difference': {
      const from = printed(record(item.from));
      const minus = item.minus.map((id) => printed(record(id)));
      const result = exactSum([from, ...minus.map((text) => `-${text}`)]);
      const compare = printed(record(item.compare));
      return {
        text: `${from} − ${minus.join(' − ')} = ${result}; the source gives ${compare}`,
        agrees: Number(result) === Number(compare),
      };
    }
    case 'patient-count': {
      const pattern = new RegExp(item.pattern);
      const target = record(item.record);
      const rows = patients.filter((patient) => patient.source === target.source);
      const count = rows.filter((patient) => pattern.test(patient[item.field] ?? '')).length;
      return {
        text: `Patients in ${tableNames(rows)} ${item.label}: ${count} of ${rows.length}; the source gives ${printed(target)}`,
        agrees: String(count) === printed(target),
      };
    }
    case 'patient-extreme': {
      const target = record(item.record);
      const rows = patients.filter((patient) => patient.source === target.source);
      const values = rows.flatMap((patient) => fieldText(patient, item.field) ?? []).sort((a, b) => Number(a) - Number(b));
      const value = item.which === 'largest' ? values.at(-1) : values[0];
      return {
        text: `The ${item.which} value in ${tableNames(rows)} is ${value ?? '?'}; the source gives ${printed(target)}`,
        agrees: value !== undefined && Number(value) === Number(printed(target)),
      };
    }
    case 'patient-range': {
      const target = record(item.record);
      const rows = patients.filter((patient) => patient.source === target.source);
      const values = rows.flatMap((patient) => fieldText(patient, item.field) ?? []).sort((a, b) => Number(a) - Number(b));
      const low = values[0];
      const high = values.at(-1);
      const range = `${target.low?.text}–${target.high?.text}`;
      const agrees =
        low !== undefined &&
        target.low !== undefined &&
        target.high !== undefined &&
        Number(low) >= target.low.value &&
        Number(high) <= target.high.value;
      return {
        text: `${tableNames(rows)} lists values from ${low ?? '?'} to ${high ?? '?'}; the printed range is ${withUnit(range, target.unit)}`,
        agrees,
      };
    }
  }
}
