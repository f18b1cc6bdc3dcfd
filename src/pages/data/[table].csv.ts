import type { APIRoute, GetStaticPaths } from 'astro';
import { getTableRows } from '../../lib/data-tables.ts';
import { tableCsvPieces } from '../../../scripts/data-export/records.ts';
import { textStream } from '../../../scripts/data-export/text-stream.ts';
import { TABLES, type TableName } from '../../../scripts/data-export/tables.ts';

export const getStaticPaths = (() => Object.keys(TABLES).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

/** One table of the data package as CSV, in the columns the data dictionary and datapackage.json describe. */
export const GET: APIRoute = async ({ params }) => {
  const name = params.table as TableName;
  const body = textStream(tableCsvPieces(TABLES[name], (await getTableRows())[name]));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
