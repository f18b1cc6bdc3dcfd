import type { z } from 'astro/zod';
import { outcomeSchema, type Outcome } from '../../src/schemas/outcome.ts';
import { patientSchema, type Patient } from '../../src/schemas/patient.ts';
import { sourceSchema, type Source } from '../../src/schemas/source.ts';
import { describeColumns, tabularColumns, type ColumnDescription } from './dictionary.ts';

/** A foreign key as Table Schema writes it: these columns name a row of another table. */
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** One table of the downloads: its columns, described from the schema that checks its rows, and its keys. */
export interface TableDefinition {
  /** Resource name and file name (without extension). */
  name: string;
  title: string;
  description: string;
  columns: ColumnDescription[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Whether the table is also offered as JSON. */
  json: boolean;
}

/** A group's rows live inside each source's front matter; the schema is reached through the source schema. */
const groupSchema = (sourceSchema.shape.groups as unknown as z.ZodDefault<z.ZodArray<z.ZodObject>>).unwrap().element;

const outcomeColumns = describeColumns(outcomeSchema, 'src/schemas/outcome.ts', 'outcomeSchema');
const patientColumns = describeColumns(patientSchema, 'src/schemas/patient.ts', 'patientSchema');
/** The source's own text file name only means something inside the review's working copy. */
const INTERNAL_SOURCE_COLUMNS = new Set(['text']);
const sourceColumns = tabularColumns(describeColumns(sourceSchema, 'src/schemas/source.ts', 'sourceSchema')).filter(
  (column) => !INTERNAL_SOURCE_COLUMNS.has(column.name),
);
const sourceIdColumn = outcomeColumns.find((column) => column.name === 'source');
if (!sourceIdColumn) throw new Error('outcomeSchema has no source column for the groups table to borrow');
const groupColumns = [sourceIdColumn, ...describeColumns(groupSchema, 'src/schemas/source.ts', 'groupSchema')];

// A row's group names its source too (groups are keyed by source and id, and each group's source is a
// source), so outcome and patient rows need only the one key to reach both.
const toSource: ForeignKey = { fields: ['source'], reference: { resource: 'sources', fields: ['id'] } };
const toGroup: ForeignKey = { fields: ['source', 'group'], reference: { resource: 'groups', fields: ['source', 'id'] } };

/** The four tables, in the order the data page and the data package list them. */
export const TABLES = {
  outcomes: {
    name: 'outcomes',
    title: 'Outcomes',
    description: 'Every figure the review shows, one row each, with the group, measure, time point, value as printed, unit and locator.',
    columns: outcomeColumns,
    primaryKey: ['id'],
    foreignKeys: [toGroup],
    json: true,
  },
  patients: {
    name: 'patients',
    title: 'Patients',
    description: "Patient rows from the sources' own tables, with survival time and status as printed.",
    columns: patientColumns,
    primaryKey: ['id'],
    foreignKeys: [toGroup],
    json: true,
  },
  sources: {
    name: 'sources',
    title: 'Sources',
    description: 'The documents the figures come from, with the details each copy gives; lists such as authors stay on the source pages.',
    columns: sourceColumns,
    primaryKey: ['id'],
    foreignKeys: [],
    json: false,
  },
  groups: {
    name: 'groups',
    title: 'Groups',
    description: 'The patient groups each source reports figures for; outcome and patient rows name their group by source and id.',
    columns: groupColumns,
    primaryKey: ['source', 'id'],
    foreignKeys: [toSource],
    json: false,
  },
} as const satisfies Record<string, TableDefinition>;

export type TableName = keyof typeof TABLES;

/** Rows of each table, from the validated content. */
export function tableRows(content: { sources: readonly Source[]; outcomes: readonly Outcome[]; patients: readonly Patient[] }) {
  return {
    outcomes: content.outcomes,
    patients: content.patients,
    sources: content.sources,
    groups: content.sources.flatMap((source) => source.groups.map((group) => ({ source: source.id, ...group }))),
  } satisfies Record<TableName, readonly object[]>;
}
