import { z } from 'astro/zod';

/** Where in a source document a figure is printed. */
export const LOCATOR_KINDS = [
  'title-page',
  'abstract',
  'introduction',
  'methods',
  'results',
  'discussion',
  'table',
  'figure',
  'page-text',
  'reference-list',
] as const;

export const locatorKindSchema = z.enum(LOCATOR_KINDS, {
  error: `must be one of: ${LOCATOR_KINDS.join(', ')}`,
});

export type LocatorKind = z.output<typeof locatorKindSchema>;

const LOCATOR_NAMES: Record<LocatorKind, string> = {
  'title-page': 'Title page',
  abstract: 'Abstract',
  introduction: 'Introduction',
  methods: 'Methods',
  results: 'Results',
  discussion: 'Discussion',
  table: 'Table',
  figure: 'Figure',
  'page-text': 'Page text',
  'reference-list': 'Reference list',
};

/** "Table 2", "Results: Surgical outcomes", "Abstract": the words a reader needs to find the figure in the original. */
export function describeLocator(kind: LocatorKind, detail: string | undefined): string {
  // "Results: Results" says nothing twice; a detail that only repeats the section's name is dropped.
  if (!detail || detail.toLowerCase() === LOCATOR_NAMES[kind].toLowerCase()) return LOCATOR_NAMES[kind];
  if (kind === 'table' || kind === 'figure') return detail;
  return `${LOCATOR_NAMES[kind]}: ${detail}`;
}
