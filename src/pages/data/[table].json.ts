import type { APIRoute, GetStaticPaths } from 'astro';
import { getTableRows } from '../../lib/data-tables.ts';
import { tableJsonPieces } from '../../../scripts/data-export/records.ts';
import { textStream } from '../../../scripts/data-export/text-stream.ts';
import { TABLES, type TableName } from '../../../scripts/data-export/tables.ts';

export const getStaticPaths = (() =>
  Object.values(TABLES)
    .filter((table) => table.json)
    .map((table) => ({ params: { table: table.name } }))) satisfies GetStaticPaths;

/** The same records as the CSV, with each printed number kept as its text and its value. */
export const GET: APIRoute = async ({ params }) => {
  const name = params.table as TableName;
  const body = textStream(tableJsonPieces(TABLES[name], (await getTableRows())[name]));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
