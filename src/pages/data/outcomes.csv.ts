import type { APIRoute } from 'astro';
import { getOutcomes } from '../../lib/data.ts';
import { outcomesCsv } from '../../../scripts/data-export/records.ts';

/** Every outcome record, one row per figure, in the columns the data dictionary describes. */
export const GET: APIRoute = async () =>
  new Response(outcomesCsv(await getOutcomes()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
