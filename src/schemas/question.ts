import { z } from 'astro/zod';
import { isoDateSchema, plainText, slugSchema, TEXT_LIMITS } from './common.ts';
import { audienceSchema } from './page-facets.ts';
import { cancerSchema, treatmentIdSchema } from './vocabulary.ts';

/** Headings the questions list groups pages under, in reading order. */
export const QUESTION_TOPICS = {
  outlook: 'Cure, survival and recurrence',
  operation: 'The operation and its risks',
  preparation: 'Before surgery',
  aftercare: 'After surgery',
  options: 'Other treatments',
} as const;
export type QuestionTopic = keyof typeof QUESTION_TOPICS;
const TOPIC_CODES = Object.keys(QUESTION_TOPICS) as [QuestionTopic, ...QuestionTopic[]];
export const questionTopicSchema = z.enum(TOPIC_CODES, { error: `must be one of: ${TOPIC_CODES.join(', ')}` });

/** Front matter of one quick-answer page (content/questions/<id>.mdx); read by the question pages, the questions list and search. */
export const questionSchema = z.object({
  /** The question in a caller's own words; the page heading and the strongest search match. */
  question: plainText(TEXT_LIMITS.name).refine((text) => text.endsWith('?'), 'must be a question ending with "?"'),
  /** One sentence for search results and link previews. */
  description: plainText(TEXT_LIMITS.sentences),
  /** Section of the questions list the page sits under. */
  topic: questionTopicSchema,
  /** Place within its section, lowest first. */
  order: z.number().int('must be a whole number').positive('must be 1 or more'),
  /** Primary cancers the answer is about; leave empty when it applies to all three. */
  cancers: z.array(cancerSchema).default([]),
  /** Readers the page is written for. */
  audiences: z.array(audienceSchema).min(1, 'must name at least one audience'),
  /** Outcome record ids shown in the key-figures table with their source and locator; empty where no source gives a figure. */
  figures: z.array(slugSchema).default([]),
  /** Treatment pages the answer links to. */
  treatments: z.array(treatmentIdSchema).default([]),
  /** Source pages the answer draws on. */
  sources: z.array(slugSchema).min(1, 'must name at least one source the answer draws on'),
  /** Other questions a reader may ask next. */
  related: z.array(slugSchema).default([]),
  /** Date the answer was last checked against its sources. */
  lastReviewed: isoDateSchema,
});

export type Question = z.output<typeof questionSchema>;
