import { z } from 'astro/zod';
import { optionalCell, plainText, slugSchema, TEXT_LIMITS } from './common.ts';
import { treatmentIdSchema } from './vocabulary.ts';

/** A CSV cell listing several short texts separated by semicolons ("TACE; chemoembolization"). */
export const semicolonListSchema = z.preprocess(
  (raw) =>
    typeof raw === 'string'
      ? raw
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean)
      : raw,
  z.array(plainText(TEXT_LIMITS.name)),
);

/** One glossary entry (one row of content/glossary/*.csv); read by the glossary page and the first-use definitions on every page. */
export const glossaryTermSchema = z.object({
  /** Stable id; the entry's anchor on the glossary page. */
  id: slugSchema,
  /** The term as the glossary shows it. */
  term: plainText(TEXT_LIMITS.name),
  /** Other spellings and forms marked in page text, separated by semicolons; forms in capitals (MDT) match only in capitals. */
  aliases: z.preprocess((raw) => (raw === undefined || raw === null ? '' : raw), semicolonListSchema),
  /** Plain definition in one or two short sentences, with no figures. */
  definition: plainText(TEXT_LIMITS.sentences),
  /** Treatment page that says more, where there is one. */
  treatment: optionalCell(treatmentIdSchema),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
