/** A stretch of excerpt text; marked stretches are the words that matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words shown around the matches. */
export const EXCERPT_WORDS = 28;
/** How far the excerpt may stretch to start or end on a sentence boundary rather than mid-sentence. */
const SENTENCE_REACH = 10;

const endsSentence = (word: string | undefined) => word === undefined || /[.?!:]["”’)]*$/.test(word);

/** A matching word's position in the text, and how much it counts when choosing the passage. */
export interface Located {
  at: number;
  weight: number;
}

/** Start of the window of `length` words whose matches weigh most; the first such window wins. */
function densestStart(located: readonly Located[], length: number): number {
  let best = 0;
  let bestWeight = 0;
  for (const [index, start] of located.entries()) {
    const weight = located
      .slice(index)
      .filter((word) => word.at < start.at + length)
      .reduce((sum, word) => sum + word.weight, 0);
    if (weight > bestWeight) {
      best = start.at;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * The passage of a page that holds most of the matching words, as parts to draw with text nodes. It starts at the
 * beginning of a sentence and ends at the end of one where that is near, so it reads as whole sentences;
 * otherwise an ellipsis marks the cut. Positions count the words of `content` split on whitespace, as Pagefind
 * counts them; with none (the page was found by a word it is known by, not one it prints) the page's opening is shown.
 */
export function buildExcerpt(content: string, located: readonly Located[], length = EXCERPT_WORDS): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const sorted = located.filter((word) => word.at < words.length).sort((a, b) => a.at - b.at);
  let start = Math.max(0, (sorted.length > 0 ? densestStart(sorted, length) : 0) - Math.floor(length / 4));
  for (let back = 0; back <= SENTENCE_REACH && start - back >= 0; back += 1) {
    if (endsSentence(words[start - back - 1])) {
      start -= back;
      break;
    }
  }
  let end = Math.min(words.length, start + length);
  for (let forward = 0; forward <= SENTENCE_REACH && end + forward <= words.length; forward += 1) {
    if (endsSentence(words[end + forward - 1])) {
      end += forward;
      break;
    }
  }
  const marked = new Set(sorted.map((word) => word.at));
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMarked && !isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (!endsSentence(words[start - 1])) push('… ', false);
  for (let index = start; index < end; index += 1) {
    if (index > start) push(' ', false);
    push(words[index] as string, marked.has(index));
  }
  if (!endsSentence(words[end - 1])) push(' …', false);
  return parts;
}

/**
 * Marks the words of a text that start with a searched word, as Pagefind matches the start of words. Used for
 * text Pagefind does not mark itself, such as a question's short answer.
 */
export function markWords(text: string, terms: readonly string[]): ExcerptPart[] {
  const stems = terms.map((term) => term.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter((stem) => stem.length >= 2);
  const parts: ExcerptPart[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (piece === '') continue;
    const plain = piece.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const isMarked = plain !== '' && stems.some((stem) => plain.startsWith(stem));
    const last = parts.at(-1);
    if (last && !last.marked && !isMarked) last.text += piece;
    else parts.push({ text: piece, marked: isMarked });
  }
  return parts;
}
