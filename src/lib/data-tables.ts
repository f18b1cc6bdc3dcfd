import { tableRows } from '../../scripts/data-export/tables.ts';
import { getOutcomes, getPatients, getSources } from './data.ts';

/** Rows of every download table, from the collections the pages are built from. */
export async function getTableRows() {
  const [sources, outcomes, patients] = await Promise.all([getSources(), getOutcomes(), getPatients()]);
  return tableRows({ sources: sources.map((entry) => entry.data), outcomes, patients });
}
