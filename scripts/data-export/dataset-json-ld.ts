import type { Source } from '../../src/schemas/source.ts';
import { reviewOrganisation } from '../citation/json-ld.ts';
import { originalLink } from '../format/source.ts';
import { DATA_LICENCE } from './licence.ts';
import type { TableDefinition } from './tables.ts';

/** What the Dataset description is written from. */
export interface DatasetInput {
  name: string;
  description: string;
  /** Address of the data page. */
  dataUrl: string;
  siteUrl: string;
  siteName: string;
  version: string;
  /** YYYY-MM-DD: newest source review. */
  lastReviewed: string;
  tables: readonly TableDefinition[];
  sources: readonly Source[];
}

/** The files of the package, each as a download: the descriptor first, then each table as CSV and, where offered, JSON. */
function distribution(input: DatasetInput) {
  const file = (name: string, encodingFormat: string, description: string) => ({
    '@type': 'DataDownload',
    name,
    description,
    contentUrl: new URL(name, input.dataUrl).href,
    encodingFormat,
  });
  return [
    file(
      'datapackage.json',
      'application/json',
      'Frictionless Data Package descriptor: every table with its Table Schema and the licence.',
    ),
    ...input.tables.flatMap((table) => [
      file(`${table.name}.csv`, 'text/csv', table.description),
      ...(table.json ? [file(`${table.name}.json`, 'application/json', table.description)] : []),
    ]),
  ];
}

/**
 * schema.org Dataset for /data/: the review as creator and publisher, the licence by its address, every
 * download, the measured columns of the outcome table, and the documents the figures are based on.
 */
export function datasetJsonLd(input: DatasetInput): Record<string, unknown> {
  const review = reviewOrganisation(input.siteName, input.siteUrl);
  const [outcomes] = input.tables;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${input.dataUrl}#dataset`,
    name: input.name,
    description: input.description,
    url: input.dataUrl,
    mainEntityOfPage: { '@id': input.dataUrl },
    version: input.version,
    dateModified: input.lastReviewed,
    inLanguage: 'en',
    license: DATA_LICENCE.href,
    isAccessibleForFree: true,
    creator: review,
    publisher: { '@id': review['@id'] },
    distribution: distribution(input),
    variableMeasured: (outcomes?.columns ?? []).map((column) => ({
      '@type': 'PropertyValue',
      name: column.name,
      description: column.meaning,
      ...(column.unit ? { unitText: column.unit } : {}),
    })),
    isBasedOn: input.sources.flatMap((source) => {
      const link = originalLink(source);
      return link ? [link.href] : [];
    }),
  };
}
