import type { APIRoute } from 'astro';
import { getPatients } from '../../lib/data.ts';
import { patientsCsv } from '../../../scripts/data-export/records.ts';

/** Every patient row of the sources' tables, as printed. */
export const GET: APIRoute = async () =>
  new Response(patientsCsv(await getPatients()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
