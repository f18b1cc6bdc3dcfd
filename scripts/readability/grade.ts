import readability from 'text-readability';

/** Plain-language blocks must read at this Flesch–Kincaid grade or lower. */
export const PLAIN_LANGUAGE_MAX_GRADE = 8;

/**
 * Flesch–Kincaid grade of prose given as blocks (paragraphs, list items). Each block ends a sentence
 * even without a full stop, so a list of short items is not read as one endless sentence.
 */
export function readingGrade(blocks: readonly string[]): number {
  const sentences = blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .map((block) => (/[.?!]["')\]]*$/.test(block) ? block : `${block.replace(/[:;,]$/, '')}.`));
  if (sentences.length === 0) return 0;
  return readability.fleschKincaidGrade(sentences.join(' '));
}
