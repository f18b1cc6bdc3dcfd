import type { APIRoute } from 'astro';
import { getOutcomes } from '../../lib/data.ts';
import { outcomesJson } from '../../../scripts/data-export/records.ts';

/** The same records as outcomes.csv, with each printed number kept as its text and its value. */
export const GET: APIRoute = async () =>
  new Response(outcomesJson(await getOutcomes()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
