import { arithmeticRecords } from '../checks/arithmetic.ts';
import type { LeftOutRule } from '../../src/schemas/extraction.ts';
import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Patient } from '../../src/schemas/patient.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { GlossaryRecord, QuestionRecord, TreatmentRecord } from './guide-checks.ts';
import type { WithOrigin } from './parse.ts';
import type { Problem } from './problems.ts';
import { bodyTree, bodyTreeProblems, fileLine, type BodyDocument } from './body-tree.ts';
import { componentUses, walk } from './mdx-tree.ts';
import { findLooseNumbers } from './prose.ts';

export type SourceRecord = WithOrigin<Source> & { body: string; bodyLine: number; fileId: string };
export type OutcomeRecord = WithOrigin<Outcome>;
export type PatientRecord = WithOrigin<Patient>;

export interface Dataset {
  sources: SourceRecord[];
  outcomes: OutcomeRecord[];
  patients: PatientRecord[];
  /** Quick-answer pages (content/questions). */
  questions?: QuestionRecord[];
  /** Treatment pages (content/treatments). */
  treatments?: TreatmentRecord[];
  /** Per-source rules naming numbers of the source's text deliberately left out of the data (content/extraction). */
  extraction?: ReadonlyMap<string, LeftOutRule[]>;
  /** Glossary entries (content/glossary). */
  glossary?: GlossaryRecord[];
  /** Ids of records that failed their schema: already reported, so references to them are not reported again. */
  rejected?: { sources: ReadonlySet<string>; outcomes: ReadonlySet<string>; questions?: ReadonlySet<string>; treatments?: ReadonlySet<string> };
}

type Located = { id: string; origin: { file: string; line?: number } };

function at(record: Located, field: string, message: string): Problem {
  return { file: record.origin.file, line: record.origin.line, field, message };
}

export function checkUniqueIds(records: readonly Located[], kind: string): Problem[] {
  const firstSeen = new Map<string, Located>();
  const problems: Problem[] = [];
  for (const record of records) {
    const first = firstSeen.get(record.id);
    if (first) {
      const where = first.origin.line === undefined ? first.origin.file : `${first.origin.file}:${first.origin.line}`;
      problems.push(at(record, 'id', `"${record.id}" is already used by another ${kind} (${where}); ids must be unique`));
    } else firstSeen.set(record.id, record);
  }
  return problems;
}

/** Numbers in the words of a body (never in component attributes such as a quote), each at its own line. */
export function checkBodyProse(document: BodyDocument): Problem[] {
  const tree = bodyTree(document);
  if (!tree) return bodyTreeProblems(document);
  const problems: Problem[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'text') continue;
    const startLine = node.position?.start.line ?? 1;
    node.value.split('\n').forEach((text, offset) => {
      for (const loose of findLooseNumbers(text)) {
        problems.push({
          file: document.origin.file,
          line: fileLine(document, startLine + offset),
          field: 'body',
          message: `has a number typed into prose ("${loose}"); show figures with <Fig id="…" /> from the outcome data`,
        });
      }
    });
  }
  return problems;
}

/** Every <Fig id> in a body names an outcome record. */
export function checkBodyFigures(document: BodyDocument, isKnown: (id: string) => boolean): Problem[] {
  const tree = bodyTree(document);
  if (!tree) return [];
  return componentUses(tree, 'Fig')
    .filter((use) => !isKnown(use.attributes.id ?? ''))
    .map((use) => ({
      file: document.origin.file,
      line: fileLine(document, use.line),
      field: 'body',
      message: use.attributes.id ? `<Fig id="${use.attributes.id}" /> names no outcome record` : '<Fig /> needs id="…" naming an outcome record',
    }));
}

function checkSources(sources: readonly SourceRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const source of sources) {
    if (source.id !== source.fileId) {
      problems.push(at(source, 'id', `is "${source.id}" but the file is named "${source.fileId}"; rename one so they match`));
    }
    for (const [index, group] of source.groups.entries()) {
      if (group.size !== undefined && source.patients !== undefined && group.size > source.patients) {
        problems.push(at(source, `groups.${index}.size`, `is ${group.size}, more than the source's ${source.patients} patients`));
      }
    }
    checkUniqueIds(source.groups.map((group) => ({ id: group.id, origin: source.origin })), 'group of this source').forEach((p) =>
      problems.push({ ...p, field: 'groups' }),
    );
    const prose: [string, string][] = [
      ['description', source.description],
      ...source.limitations.map((text, i): [string, string] => [`limitations.${i}`, text]),
      ...source.groups.map((group, i): [string, string] => [`groups.${i}.label`, group.label]),
      ...source.dataQuality.flatMap((note, i): [string, string][] => [
        [`dataQuality.${i}.title`, note.title],
        [`dataQuality.${i}.detail`, note.detail],
      ]),
    ];
    for (const [field, text] of prose) {
      for (const loose of findLooseNumbers(text)) {
        problems.push(at(source, field, `has a number typed into prose ("${loose}"); put the figure in the outcome data and show it with <Fig id="…" />`));
      }
    }
  }
  return problems;
}

function checkOutcomes(outcomes: readonly OutcomeRecord[], sources: ReadonlyMap<string, SourceRecord>, rejectedSources: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const outcome of outcomes) {
    for (const field of ['detail', 'note'] as const) {
      for (const loose of findLooseNumbers(outcome[field] ?? '')) {
        problems.push(at(outcome, field, `has a number typed into prose ("${loose}"); give the figure its own row`));
      }
    }
    if (outcome.low && outcome.high && outcome.low.value > outcome.high.value) {
      problems.push(at(outcome, 'low', `is ${outcome.low.text}, above high (${outcome.high.text}); low must not exceed high`));
    }
    const source = sources.get(outcome.source);
    if (!source) {
      if (!rejectedSources.has(outcome.source)) problems.push(at(outcome, 'source', `"${outcome.source}" is not a known source id (known: ${[...sources.keys()].join(', ')})`));
      continue;
    }
    if (!source.cancers.includes(outcome.cancer)) {
      problems.push(at(outcome, 'cancer', `is "${outcome.cancer}" but source "${source.id}" covers ${source.cancers.join(', ')}`));
    }
    const group = source.groups.find((candidate) => candidate.id === outcome.group);
    if (!group) {
      problems.push(at(outcome, 'group', `"${outcome.group}" is not a group of source "${source.id}" (groups: ${source.groups.map((g) => g.id).join(', ')})`));
      continue;
    }
    if (outcome.statistic === 'count' && outcome.unit === 'patients' && group.size !== undefined) {
      for (const key of ['value', 'high'] as const) {
        const figure = outcome[key];
        if (figure && figure.value > group.size) {
          problems.push(at(outcome, key, `is ${figure.text} patients, more than the ${group.size} in group "${group.id}"`));
        }
      }
    }
  }
  return problems;
}

const SURVIVAL_MEASURES = new Set(['overall-survival', 'recurrence-free-survival', 'survival-unspecified']);

/** The same group's survival cannot be higher at a later time; for ranges each end is compared. */
export function checkSurvivalNeverRises(outcomes: readonly OutcomeRecord[]): Problem[] {
  const series = new Map<string, OutcomeRecord[]>();
  for (const outcome of outcomes) {
    if (!SURVIVAL_MEASURES.has(outcome.measure) || outcome.timepointMonths === undefined) continue;
    const key = [outcome.source, outcome.group, outcome.measure, outcome.detail ?? ''].join('|');
    series.set(key, [...(series.get(key) ?? []), outcome]);
  }
  const problems: Problem[] = [];
  for (const points of series.values()) {
    for (const later of points) {
      for (const earlier of points) {
        if ((earlier.timepointMonths ?? 0) >= (later.timepointMonths ?? 0)) continue;
        for (const key of ['value', 'low', 'high'] as const) {
          const before = earlier[key];
          const after = later[key];
          if (before && after && after.value > before.value) {
            problems.push(
              at(later, key, `is ${after.text}% at ${later.timepointMonths} months, higher than ${before.text}% at ${earlier.timepointMonths} months (${earlier.id}) for the same group; survival cannot rise with time`),
            );
          }
        }
      }
    }
  }
  return problems;
}

function checkPatients(patients: readonly PatientRecord[], sources: ReadonlyMap<string, SourceRecord>, rejectedSources: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const perGroup = new Map<string, number>();
  for (const patient of patients) {
    const source = sources.get(patient.source);
    if (!source) {
      if (!rejectedSources.has(patient.source)) problems.push(at(patient, 'source', `"${patient.source}" is not a known source id`));
      continue;
    }
    const group = source.groups.find((candidate) => candidate.id === patient.group);
    if (!group) {
      problems.push(at(patient, 'group', `"${patient.group}" is not a group of source "${source.id}"`));
      continue;
    }
    const key = `${source.id}|${group.id}`;
    const count = (perGroup.get(key) ?? 0) + 1;
    perGroup.set(key, count);
    if (group.size !== undefined && count > group.size) {
      problems.push(at(patient, 'group', `has more patient rows than the ${group.size} patients in group "${group.id}"`));
    }
  }
  return problems;
}

function checkReferences(dataset: Dataset, rejectedOutcomes: ReadonlySet<string>): Problem[] {
  const outcomesById = new Map(dataset.outcomes.map((outcome) => [outcome.id, outcome]));
  const problems: Problem[] = [];
  for (const source of dataset.sources) {
    for (const [index, note] of source.dataQuality.entries()) {
      const named = (field: string, id: string) => {
        const outcome = outcomesById.get(id);
        if (!outcome && rejectedOutcomes.has(id)) return;
        if (!outcome) problems.push(at(source, field, `names "${id}", which is not an outcome record`));
        else if (outcome.source !== source.id) problems.push(at(source, field, `names "${id}", a figure from another source ("${outcome.source}")`));
      };
      for (const id of note.records) named(`dataQuality.${index}.records`, id);
      for (const [step, item] of note.arithmetic.entries()) {
        const field = `dataQuality.${index}.arithmetic.${step}`;
        for (const id of arithmeticRecords(item)) named(field, id);
        if (item.kind === 'sum' && (item.total === undefined) === (item.totalGroup === undefined)) {
          problems.push(at(source, field, 'a sum is set against either a total record or a totalGroup, one of the two'));
        }
        if (item.kind === 'sum' && item.totalGroup !== undefined && source.groups.find((group) => group.id === item.totalGroup)?.size === undefined) {
          problems.push(at(source, `${field}.totalGroup`, `"${item.totalGroup}" is not a group of this source with a size`));
        }
      }
    }
  }
  return problems;
}

/** Every check that spans records: run after each record has passed its schema. */
export function checkDataset(dataset: Dataset): Problem[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const rejected = dataset.rejected ?? { sources: new Set<string>(), outcomes: new Set<string>() };
  return [
    ...checkUniqueIds(dataset.sources, 'source'),
    ...checkUniqueIds(dataset.outcomes, 'outcome record'),
    ...checkUniqueIds(dataset.patients, 'patient record'),
    ...checkSources(dataset.sources),
    ...checkOutcomes(dataset.outcomes, sources, rejected.sources),
    ...checkSurvivalNeverRises(dataset.outcomes),
    ...checkPatients(dataset.patients, sources, rejected.sources),
    ...checkReferences(dataset, rejected.outcomes),
  ];
}
