import fs from 'node:fs';
import path from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { z } from 'astro/zod';
import { isoDateSchema, plainTextSchema, reportedNumberSchema, slugSchema } from '../../src/schemas/common.ts';
import { describeLocator, type LocatorKind } from '../../src/schemas/locator.ts';
import { MEASURES, type Measure } from '../../src/schemas/outcome.ts';
import { CANCER_LABELS, type Cancer } from '../../src/schemas/vocabulary.ts';
import { PROJECT_ROOT } from '../content/paths.ts';

/** What kind of value a column holds, as the schema checks it; "nested" columns (lists, objects) are not tabular. */
export type ColumnKind = 'slug' | 'text' | 'reported-number' | 'date' | 'url' | 'integer' | 'number' | 'boolean' | 'code' | 'nested';

/** Number bounds a schema sets, in Table Schema's words. */
export interface Bounds {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** One column of a download, described from the schema that checks it. */
export interface ColumnDescription {
  name: string;
  kind: ColumnKind;
  bounds: Bounds;
  /** The field's JSDoc line in the schema file. */
  meaning: string;
  /** What a cell may hold, in words. */
  format: string;
  unit: string | undefined;
  required: boolean;
  /** Codes an enumerated column accepts, with their labels where the site has them. */
  allowed: { code: string; label?: string }[];
}

/** Shared field schemas, recognised by identity so every column built from them is described the same way. */
const FORMATS = new Map<z.ZodType, string>([
  [slugSchema, 'Id: lower-case letters, digits and single hyphens'],
  [plainTextSchema, 'Plain text'],
  [reportedNumberSchema, 'Number exactly as printed in the source (precision kept, so 0.0 stays 0.0)'],
  [isoDateSchema, 'Date written YYYY-MM-DD'],
]);

const KINDS = new Map<z.ZodType, ColumnKind>([
  [slugSchema, 'slug'],
  [plainTextSchema, 'text'],
  [reportedNumberSchema, 'reported-number'],
  [isoDateSchema, 'date'],
]);

/** Units of columns whose unit is fixed by the schema; value, low, high and sd take theirs from the unit column. */
const UNITS: Record<string, string> = {
  timepointMonths: 'months',
  survivalMonths: 'months',
  age: 'years',
  sharePercent: '%',
  value: 'given in the unit column',
  low: 'given in the unit column',
  high: 'given in the unit column',
  sd: 'given in the unit column',
};

/** Labels the site shows for codes, so the dictionary speaks the same words as the pages. */
const CODE_LABELS: Record<string, (code: string) => string> = {
  measure: (code) => MEASURES[code as Measure].label,
  cancer: (code) => CANCER_LABELS[code as Cancer],
  locator: (code) => describeLocator(code as LocatorKind, undefined),
};

/** Peels optional cells, defaults and pipes down to the schema that decides what a cell may hold. */
function core(type: z.ZodType): { type: z.ZodType; required: boolean } {
  if (FORMATS.has(type)) return { type, required: true };
  if (type instanceof z.ZodOptional) return { type: core(type.unwrap() as z.ZodType).type, required: false };
  if (type instanceof z.ZodDefault) return { type: core(type.def.innerType as z.ZodType).type, required: false };
  // A preprocess step sits on the input side and only maps empty cells to "not given"; the output side holds the rule.
  if (type instanceof z.ZodPipe) return core((type.in instanceof z.ZodTransform ? type.out : type.in) as z.ZodType);
  return { type, required: true };
}

/** The bounds a number check sets. */
function boundsOf(type: z.ZodType): Bounds {
  if (!(type instanceof z.ZodNumber)) return {};
  const bounds: Bounds = {};
  for (const check of type.def.checks ?? []) {
    const def = check._zod.def as { check: string; value?: unknown; inclusive?: boolean };
    const value = Number(def.value);
    if (def.check === 'greater_than') bounds[def.inclusive ? 'minimum' : 'exclusiveMinimum'] = value;
    if (def.check === 'less_than') bounds[def.inclusive ? 'maximum' : 'exclusiveMaximum'] = value;
  }
  return bounds;
}

/** "above 0", "from 0", "to 120": the bounds in words. */
function boundWords(bounds: Bounds): string[] {
  return [
    bounds.minimum !== undefined && `from ${bounds.minimum}`,
    bounds.exclusiveMinimum !== undefined && `above ${bounds.exclusiveMinimum}`,
    bounds.maximum !== undefined && `to ${bounds.maximum}`,
    bounds.exclusiveMaximum !== undefined && `below ${bounds.exclusiveMaximum}`,
  ].filter((words): words is string => typeof words === 'string');
}

function kindOf(type: z.ZodType): ColumnKind {
  const known = KINDS.get(type);
  if (known) return known;
  if (type instanceof z.ZodEnum) return 'code';
  if (type instanceof z.ZodNumber) return type.format?.includes('int') ? 'integer' : 'number';
  if (type instanceof z.ZodBoolean) return 'boolean';
  if (type instanceof z.ZodURL) return 'url';
  if (type instanceof z.ZodString) return 'text';
  return 'nested';
}

function formatOf(type: z.ZodType): string {
  const known = FORMATS.get(type);
  if (known) return known;
  if (type instanceof z.ZodEnum) return 'One of the codes listed';
  if (type instanceof z.ZodNumber)
    return [type.format?.includes('int') ? 'Whole number' : 'Number', ...boundWords(boundsOf(type))].join(' ');
  if (type instanceof z.ZodBoolean) return 'true or false';
  if (type instanceof z.ZodURL) return 'Full web address';
  return 'Text';
}

/** A node of the syntax tree rolldown's parser gives: a type, UTF-16 offsets, and child nodes among its values. */
interface SyntaxNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is SyntaxNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** The nodes a node holds, in source order. */
function childrenOf(node: SyntaxNode): SyntaxNode[] {
  return Object.values(node)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isNode);
}

/** The first node, depth first, that `test` accepts. */
function findNode(node: SyntaxNode, test: (node: SyntaxNode) => boolean): SyntaxNode | undefined {
  if (test(node)) return node;
  for (const child of childrenOf(node)) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The text of the JSDoc block that ends a stretch of source between two properties, without its stars and any block
 * tags, as TypeScript reads a comment; only a comma, spaces and other comments may come before it.
 */
function jsDocBefore(between: string): string | undefined {
  const block = /\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*$/.exec(between)?.[1];
  if (block === undefined) return undefined;
  const lines = block.split('\n').map((line) => line.replace(/^\s*\*?/, ''));
  const tag = lines.findIndex((line) => line.trimStart().startsWith('@'));
  return (tag === -1 ? lines : lines.slice(0, tag)).join(' ').replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * JSDoc lines of the properties of the object literal passed to z.object() in `exportName`'s declaration. Read with
 * rolldown's parser, which Astro's build has loaded already; TypeScript's took a third of a second to load there.
 */
export function fieldDocs(file: string, exportName: string): Map<string, string> {
  const text = fs.readFileSync(file, 'utf8');
  const program = parseAst(text, { lang: 'ts' }, file) as unknown as SyntaxNode;
  const declaration = findNode(
    program,
    (node) => node.type === 'VariableDeclarator' && isNode(node.id) && node.id.type === 'Identifier' && node.id.name === exportName,
  );
  const object = declaration && findNode(declaration, (node) => node.type === 'ObjectExpression');
  const docs = new Map<string, string>();
  let after = object ? object.start + 1 : 0;
  for (const property of (object?.properties ?? []) as SyntaxNode[]) {
    const doc = jsDocBefore(text.slice(after, property.start));
    const key = property.key;
    const name = isNode(key) ? text.slice(key.start, key.end) : undefined;
    if (doc !== undefined && name !== undefined) docs.set(name, doc);
    after = property.end;
  }
  return docs;
}

/** Every column of a schema, in the order the downloads write them. */
export function describeColumns(schema: z.ZodObject, schemaFile: string, exportName: string): ColumnDescription[] {
  const docs = fieldDocs(path.resolve(PROJECT_ROOT, schemaFile), exportName);
  return Object.entries(schema.shape).map(([name, field]) => {
    const { type, required } = core(field as z.ZodType);
    const label = CODE_LABELS[name];
    return {
      name,
      kind: kindOf(type),
      bounds: boundsOf(type),
      meaning: docs.get(name) ?? '',
      format: formatOf(type),
      unit: UNITS[name],
      required,
      allowed: type instanceof z.ZodEnum ? type.options.map((code) => ({ code: String(code), label: label?.(String(code)) })) : [],
    };
  });
}

/** The columns a table can hold: lists and objects (a source's authors, groups, notes) stay on the pages. */
export function tabularColumns(columns: readonly ColumnDescription[]): ColumnDescription[] {
  return columns.filter((column) => column.kind !== 'nested');
}
