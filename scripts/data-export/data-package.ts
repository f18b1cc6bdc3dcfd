import { slugSchema } from '../../src/schemas/common.ts';
import type { Source } from '../../src/schemas/source.ts';
import { originalLink } from '../format/source.ts';
import type { ColumnDescription } from './dictionary.ts';
import { DATA_LICENCE } from './licence.ts';
import type { TableDefinition } from './tables.ts';

type Descriptor = Record<string, unknown>;

/** The Data Package version the descriptor follows; v1 readers take `profile`, v2 readers `$schema` and `type`. */
const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The pattern slugSchema checks, so the descriptor states the same rule the content gate applies. */
const SLUG_PATTERN = (() => {
  const check = slugSchema.def.checks?.map((item) => item._zod.def as { pattern?: RegExp }).find((def) => def.pattern);
  if (!check?.pattern) throw new Error('slugSchema has no pattern to describe');
  return check.pattern.source;
})();

/** A printed number in the JSON files: its text as printed and its value. */
const REPORTED_NUMBER_JSON_SCHEMA = {
  type: 'object',
  required: ['text', 'value'],
  additionalProperties: false,
  properties: { text: { type: 'string', pattern: '^-?\\d+(?:\\.\\d+)?$' }, value: { type: 'number' } },
} as const;

/** Words for the field description: the schema's own meaning, then its unit. */
function fieldDescription(column: ColumnDescription): string {
  return [column.meaning, column.unit && `Unit: ${column.unit}.`].filter(Boolean).join(' ');
}

/**
 * Table Schema type and constraints for one column. An integer bound "above 0" is written as a
 * minimum of 1, which every Table Schema version reads the same way.
 */
function typeAndConstraints(
  column: ColumnDescription,
  json: boolean,
): { type: string; format?: string; constraints: Descriptor; extra: Descriptor } {
  const constraints: Descriptor = column.required ? { required: true } : {};
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = column.bounds;
  switch (column.kind) {
    case 'slug':
      return { type: 'string', constraints: { ...constraints, pattern: SLUG_PATTERN }, extra: {} };
    case 'url':
      return { type: 'string', format: 'uri', constraints, extra: {} };
    case 'date':
      return { type: 'date', constraints, extra: {} };
    case 'boolean':
      return { type: 'boolean', constraints, extra: {} };
    case 'code':
      return {
        type: 'string',
        constraints: { ...constraints, enum: column.allowed.map((value) => value.code) },
        extra: { categories: column.allowed.map((value) => ({ value: value.code, label: value.label ?? value.code })) },
      };
    case 'integer':
    case 'number': {
      const integer = column.kind === 'integer';
      const bounds: Descriptor = {};
      if (minimum !== undefined) bounds.minimum = minimum;
      if (maximum !== undefined) bounds.maximum = maximum;
      if (exclusiveMinimum !== undefined)
        bounds[integer ? 'minimum' : 'exclusiveMinimum'] = integer ? exclusiveMinimum + 1 : exclusiveMinimum;
      if (exclusiveMaximum !== undefined)
        bounds[integer ? 'maximum' : 'exclusiveMaximum'] = integer ? exclusiveMaximum - 1 : exclusiveMaximum;
      return { type: column.kind, constraints: { ...constraints, ...bounds }, extra: {} };
    }
    case 'reported-number':
      return json
        ? { type: 'object', constraints: { ...constraints, jsonSchema: REPORTED_NUMBER_JSON_SCHEMA }, extra: {} }
        : { type: 'number', constraints, extra: {} };
    case 'text':
      return { type: 'string', constraints, extra: {} };
    case 'nested':
      throw new Error(`column ${column.name} holds a list or object and cannot be a table column`);
  }
}

/** One Table Schema field, derived from the column's schema description. */
export function tableSchemaField(column: ColumnDescription, json = false): Descriptor {
  const { type, format, constraints, extra } = typeAndConstraints(column, json);
  return {
    name: column.name,
    title: column.name,
    description: fieldDescription(column),
    type,
    ...(format ? { format } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...extra,
  };
}

function tableSchema(table: TableDefinition, json: boolean): Descriptor {
  return {
    fields: table.columns.map((column) => tableSchemaField(column, json)),
    missingValues: json ? [] : [''],
    primaryKey: table.primaryKey,
    ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
  };
}

/** The CSV resource of a table and, where offered, its JSON twin (records under "records", one object each). */
export function tableResources(table: TableDefinition): Descriptor[] {
  const csv = {
    name: table.name,
    type: 'table',
    profile: 'tabular-data-resource',
    path: `${table.name}.csv`,
    title: `${table.title} (CSV)`,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { header: true, delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true },
    schema: tableSchema(table, false),
  };
  if (!table.json) return [csv];
  const json = {
    name: `${table.name}-json`,
    type: 'table',
    path: `${table.name}.json`,
    title: `${table.title} (JSON)`,
    description: `${table.description} The same rows as ${table.name}.csv; each printed number is an object of its text as printed and its value.`,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    dialect: { property: 'records', itemType: 'object' },
    schema: tableSchema(table, true),
  };
  return [csv, json];
}

/** What the package descriptor is written from. */
export interface DataPackageInput {
  tables: readonly TableDefinition[];
  sources: readonly Source[];
  /** Address of the data page, which the files sit beside. */
  dataUrl: string;
  siteUrl: string;
  siteName: string;
  version: string;
}

/**
 * datapackage.json for /data/: every table with its Table Schema (types, units, allowed values, primary
 * and foreign keys), the licence and the documents the figures come from, addresses as printed.
 */
export function dataPackage(input: DataPackageInput): Descriptor {
  return {
    $schema: PROFILE,
    profile: 'data-package',
    name: 'liver-metastasis-surgery-review',
    id: new URL('datapackage.json', input.dataUrl).href,
    title: `${input.siteName}: outcome and patient data`,
    description:
      'The figures the review shows and the patient rows of its sources, each with the place in the source it is printed; numbers exactly as printed.',
    homepage: input.dataUrl,
    version: input.version,
    keywords: ['liver metastases', 'surgery', 'evidence review'],
    contributors: [{ title: input.siteName, path: input.siteUrl, role: 'author', roles: ['creator', 'publisher'] }],
    licenses: [{ name: DATA_LICENCE.spdx, path: DATA_LICENCE.href, title: DATA_LICENCE.name }],
    sources: input.sources.map((source) => {
      const link = originalLink(source);
      return { title: source.title ?? source.shortTitle, ...(link ? { path: link.href } : {}) };
    }),
    resources: input.tables.flatMap(tableResources),
  };
}
