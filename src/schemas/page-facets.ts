import { z } from 'astro/zod';
import { CANCERS, CANCER_LABELS } from './vocabulary.ts';

/** Kinds of page that search results can be narrowed to; each page says which it is. */
export const PAGE_TYPES = ['source-summary', 'question', 'treatment', 'glossary', 'comparison', 'site'] as const;
export const pageTypeSchema = z.enum(PAGE_TYPES, { error: `must be one of: ${PAGE_TYPES.join(', ')}` });
export type PageType = z.output<typeof pageTypeSchema>;
export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  'source-summary': 'Source summary',
  question: 'Question',
  treatment: 'Treatment',
  glossary: 'Glossary',
  comparison: 'Comparison',
  site: 'About and lists',
};

/** Readers a page is written for. */
export const AUDIENCES = ['patients-families', 'nurse-line', 'clinicians'] as const;
export const audienceSchema = z.enum(AUDIENCES, { error: `must be one of: ${AUDIENCES.join(', ')}` });
export type Audience = z.output<typeof audienceSchema>;
export const AUDIENCE_LABELS: Record<Audience, string> = {
  'patients-families': 'Patients and families',
  'nurse-line': 'Nurse-line staff',
  clinicians: 'Clinicians',
};

/** Primary-cancer filter values: one of the three cancers, or "all" for pages that apply to every one. */
export const CANCER_FILTERS = [...CANCERS, 'all'] as const;
export const cancerFilterSchema = z.enum(CANCER_FILTERS, { error: `must be one of: ${CANCER_FILTERS.join(', ')}` });
export type CancerFilter = z.output<typeof cancerFilterSchema>;
export const CANCER_FILTER_LABELS: Record<CancerFilter, string> = { ...CANCER_LABELS, all: 'All three cancers' };

/** What a page tells the search index about itself: the filters it can be found by and the details shown in results. */
export const pageFacetsSchema = z.object({
  /** Kind of page. */
  type: pageTypeSchema,
  /** Primary cancers the page is about; "all" where it applies to every one. */
  cancers: z.array(cancerFilterSchema).min(1, 'must name at least one cancer, or "all"'),
  /** Readers the page is written for. */
  audiences: z.array(audienceSchema).min(1, 'must name at least one audience'),
  /** Source the page summarises, shown in results. */
  source: z.string().optional(),
  /** Year of that source, shown in results. */
  year: z.number().int().optional(),
  /** Other names a reader may search the page by: a study's full title, its authors, hospital and journal. */
  names: z.array(z.string().trim().min(1)).default([]),
});

export type PageFacets = z.input<typeof pageFacetsSchema>;
