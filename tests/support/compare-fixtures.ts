import { outcomeSchema, type Outcome } from '../../src/schemas/outcome.ts';
import { patientSchema, type Patient } from '../../src/schemas/patient.ts';
import { sourceSchema, type Source } from '../../src/schemas/source.ts';
import type { Links } from '../../scripts/tables/cells.ts';
import { outcomeInput, patientInput, sourceInput } from './records.ts';

/** Plain links, so expected hrefs can be written out in full. */
export const TEST_LINKS: Links = { figure: (o) => `/sources/${o.source}/#${o.id}`, source: (id) => `/sources/${id}/` };

/** A valid source record with only the fields a test cares about spelled out. */
export function testSource(fields: Partial<Record<keyof Source, unknown>> & { id: string }): Source {
  return sourceSchema.parse(
    sourceInput({
      text: 'fixture.txt',
      shortTitle: `Source ${fields.id}`,
      kind: 'retrospective-case-series',
      cancers: ['colorectal'],
      country: 'Nowhere',
      treatments: ['liver-resection'],
      groups: [
        { id: 'all', label: 'Everyone', size: 20 },
        { id: 'background', label: 'Cited from elsewhere' },
      ],
      limitations: [`Limits of ${fields.id}`],
      lastReviewed: '2026-01-01',
      description: 'A test source.',
      ...fields,
    }),
  );
}

/** A valid outcome record; CSV-style strings go through the schema as the content files do. */
export function testOutcome(fields: Record<string, string> & { id: string; source: string }): Outcome {
  return outcomeSchema.parse(
    outcomeInput({ cancer: 'colorectal', group: 'all', statistic: 'rate', unit: '%', locator: 'results', ...fields }),
  );
}

/** The review's five-year survival range across its studies: the range every comparison must draw as a range. */
export function testReviewRange(id: string, source: string): Outcome {
  return testOutcome({
    id,
    source,
    cancer: 'neuroendocrine',
    measure: 'overall-survival',
    timepointMonths: '60',
    statistic: 'range-across-studies',
    low: '46',
    high: '86',
  });
}

let caseNumber = 0;

/** A patient row of source "s" (or another), numbered in creation order like the cases of a printed table. */
export function testPatient(fields: {
  group: string;
  months: string;
  status: Patient['status'];
  table?: string;
  source?: string;
}): Patient {
  caseNumber += 1;
  return patientSchema.parse(
    patientInput({
      id: `p${caseNumber}`,
      source: fields.source ?? 's',
      group: fields.group,
      locator: 'table',
      locatorDetail: fields.table ?? 'Table 2',
      caseNumber: String(caseNumber),
      age: '60',
      sex: 'F',
      operation: 'Resection',
      survivalMonths: fields.months,
      status: fields.status,
    }),
  );
}
