import { z } from 'astro/zod';
import { httpUrlSchema, optionalCell, plainText, slugSchema, TEXT_LIMITS } from './common.ts';

/** How much of a reference-list entry the copy of the source held by the review shows. */
export const REFERENCE_COMPLETENESS = ['complete', 'partial', 'missing'] as const;
export const referenceCompletenessSchema = z.enum(REFERENCE_COMPLETENESS, {
  error: `must be one of: ${REFERENCE_COMPLETENESS.join(', ')}`,
});
export type ReferenceCompleteness = z.output<typeof referenceCompletenessSchema>;

/**
 * One entry of a source's own reference list (content/references/<source>.csv), copied as printed;
 * read by the references page. Only entries the site mentions are kept.
 */
export const referenceSchema = z
  .object({
    /** Stable id, unique across sources; the entry's anchor on the references page. */
    id: slugSchema,
    /** Id of the source whose reference list holds the entry. */
    source: slugSchema,
    /** Number the entry has in the source's list, as printed; empty for unnumbered lists. */
    number: optionalCell(z.coerce.number({ error: 'must be the number printed in the list' }).int().positive()),
    /** For an unnumbered list only: the entry's place in it, counting from one, so the list keeps its order. */
    position: optionalCell(z.coerce.number({ error: 'must be the place of the entry in the list' }).int().positive()),
    /** Authors as printed, e.g. "Brown RE, Bower MR, Martin RC" or an organisation. */
    authors: optionalCell(plainText(TEXT_LIMITS.sentences)),
    /** Title as printed. */
    title: optionalCell(plainText(TEXT_LIMITS.sentences)),
    /** Journal or website, year, volume and pages as printed, e.g. "Surg Clin North Am. 2010;90(4):839–52". */
    publication: optionalCell(plainText(TEXT_LIMITS.name)),
    /** Web address exactly as printed in the source (never looked up). */
    url: optionalCell(httpUrlSchema),
    /** How much of the entry the copy held shows. */
    completeness: referenceCompletenessSchema,
    /** What a reader must know about the entry, e.g. which part is cut off. */
    note: optionalCell(plainText(TEXT_LIMITS.sentences)),
  })
  .refine((entry) => (entry.number === undefined) !== (entry.position === undefined), {
    message: "give the number printed in the list or, for an unnumbered list, the entry's position in it (one, not both)",
    path: ['number'],
  })
  .refine((entry) => entry.completeness !== 'complete' || (entry.authors !== undefined && entry.title !== undefined), {
    message: 'a complete entry needs its authors and title as printed',
    path: ['completeness'],
  })
  .refine((entry) => entry.completeness !== 'missing' || (!entry.authors && !entry.title && !entry.publication && !entry.url), {
    message: 'a missing entry has no text: leave authors, title, publication and url empty',
    path: ['completeness'],
  })
  .refine((entry) => entry.completeness === 'complete' || entry.note !== undefined, {
    message: 'a partial or missing entry needs a note saying what the copy held lacks',
    path: ['note'],
  });

export type Reference = z.output<typeof referenceSchema>;
