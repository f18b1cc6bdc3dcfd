import type { ChartConfiguration } from 'chart.js';
import type { Outcome } from '../../src/schemas/outcome.ts';
import type { Source } from '../../src/schemas/source.ts';
import { possibleRateFigure, ratesWithoutStatus, type PatientTable, type RecomputedNote } from '../checks/recomputed.ts';
import { computedBeside } from './beside.ts';
import { withUnit } from '../format/figure.ts';
import { groupLabel } from '../format/group.ts';
import { figureEntry, NOT_REPORTED, sourceRef, type Links } from '../tables/cells.ts';
import { shortGroupLabel } from './labels.ts';
import { horizontalBarOptions } from './options.ts';
import { seriesColour } from './palette.ts';
import type { BesideFigure, ChartSpec } from './spec.ts';

/**
 * A swimmer plot of each patient's survival time, one bar per patient and one colour per group, for tables
 * that give times without saying who was alive. Beside it: the survival rates the source prints for those
 * groups, and every value those times allow at each time point, whoever among them had died.
 */
export function survivalTimesChart(
  source: Source,
  tables: readonly PatientTable[],
  outcomes: readonly Outcome[],
  notes: readonly RecomputedNote[],
  links: Links,
): ChartSpec {
  const rows = tables.flatMap((table, datasetIndex) => table.patients.map((patient) => ({ table, patient, datasetIndex })));
  const unit = 'months';
  const labelOf = (table: PatientTable) => groupLabel(source.groups.find((group) => group.id === table.group)) || table.group;

  const config: ChartConfiguration<'bar', (number | null)[], string> = {
    type: 'bar',
    data: {
      labels: rows.map(({ table, patient }) => `${table.table}, case ${patient.caseNumber}`),
      datasets: tables.map((table, datasetIndex) => ({
        label: shortGroupLabel(labelOf(table)),
        data: rows.map((row) => (row.datasetIndex === datasetIndex ? row.patient.survivalMonths.value : null)),
        backgroundColor: seriesColour(datasetIndex),
        skipNull: true,
      })),
    },
    options: horizontalBarOptions('Survival time as printed (months); whether the patient was alive is not reported', { stepSize: 12 }),
  };

  const beside: BesideFigure[] = tables.flatMap((table) => {
    const rates = ratesWithoutStatus(table, outcomes);
    return rates.flatMap((rate): BesideFigure[] => {
      const entry = figureEntry(rate, source, links);
      const possible = possibleRateFigure(table.patients, table.table, rate);
      return [
        { label: `${entry.measure}, ${entry.group}`, text: entry.text, href: entry.href, locator: entry.locator, computed: false },
        ...(possible ? [computedBeside(possible, notes, links.source(source.id))] : []),
      ];
    });
  });

  const tableNames = [...new Set(tables.map((table) => table.table))].join(' and ');
  // Each time as printed: the tooltip and the label above its bar say the same.
  const times = tables.map((_, datasetIndex) =>
    rows.map((row) => (row.datasetIndex === datasetIndex ? withUnit(row.patient.survivalMonths.text, unit) : '')),
  );
  return {
    id: `chart-survival-times-${source.id}`,
    title: `Survival time of each patient in ${tableNames} of the ${source.shortTitle}`,
    caption: `One bar per patient, as printed in ${tableNames}, coloured by group, with each time written above its bar. The tables do not say whether each patient was alive or had died, so a bar may end at the last follow-up of someone still alive: no survival curve can be drawn from them. Beside the chart, each printed rate is set against every value the times allow at that point, whichever patients had died.`,
    ariaLabel: `Horizontal bar chart of the survival time of each of ${rows.length} patients in ${tableNames}, by group; the figures are in the table that follows.`,
    sources: [sourceRef(source, links)],
    height: 120 + rows.length * 30,
    minWidth: 260,
    config: config as unknown as ChartConfiguration,
    bars: {
      rows: rows.map(({ table, patient }) => ({ heading: table.table, label: `Case ${patient.caseNumber}` })),
      values: times,
      loose: tables.map(() => rows.map(() => false)),
    },
    tooltips: times,
    table: {
      caption: `Survival time of each patient in ${tableNames}, as printed: the numbers drawn in the chart.`,
      columns: ['Patient', 'Group', 'Survival time (months)', 'Alive or died'],
      rows: rows.map(({ table, patient, datasetIndex }, index) => ({
        id: `${patient.id}-time`,
        header: {
          text: `${table.table}, case ${patient.caseNumber}`,
          href: `${links.source(source.id)}#${patient.id}`,
          locator: table.table,
        },
        cells: [
          { text: labelOf(table) },
          { text: patient.survivalMonths.text, point: [datasetIndex, index], values: [patient.survivalMonths.value] },
          { text: NOT_REPORTED },
        ],
      })),
    },
    beside,
  };
}
