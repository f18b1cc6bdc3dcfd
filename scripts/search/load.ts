import { readSearchData } from '../content/search-read.ts';
import { loadGlossary } from '../glossary/load.ts';
import type { Expansion } from './index-page.ts';
import { createExpander, groupPhrases, wordGroups, type WordGroup } from './reader-words.ts';

/**
 * The word groups search expands pages by, from the reader-words map and the glossary under a content folder.
 * Rows that fail their schema are left out here; the content gate reports them.
 */
export function loadWordGroups(root: string): WordGroup[] {
  return wordGroups(readSearchData(root).readerWords, loadGlossary(root));
}

/** How the index step expands each page by those groups (see Expansion). */
export function expansionOf(groups: readonly WordGroup[]): Expansion {
  return {
    expand: createExpander(groups),
    phrases: groupPhrases(groups),
    textPhrases: groupPhrases(groups.filter((group) => group.from === 'map')),
  };
}
