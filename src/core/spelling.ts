/**
 * „Meinten Sie …?“ from the site's own words. The build writes a small word list
 * (titles, summaries, synonyms, Land names); the search checks each query word
 * against it and, for an unknown word, proposes the closest known one with
 * fuse.js. Pure, so the rules are tested without a browser.
 */
import Fuse from 'fuse.js';

/** Shorter words are abbreviations or fragments more often than typos. */
const MIN_LENGTH = 4;

const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}][\p{L}\d-]*[\p{L}\d]/gu) ?? []).filter((word) => word.length >= MIN_LENGTH);

/**
 * Distinct words, lower case, at least four letters, sorted: every word of
 * `always` (titles, summaries, synonyms) and the words of `often` (body texts)
 * that occur at least twice there, so one-off words and slips in the texts do
 * not become suggestions while the list stays small.
 */
export function dictionaryWords(always: readonly string[], often: readonly string[] = []): string[] {
  const counts = new Map<string, number>();
  for (const word of often.flatMap(wordsOf)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const frequent = [...counts].filter(([, count]) => count >= 2).map(([word]) => word);
  return [...new Set([...always.flatMap(wordsOf), ...frequent])].sort();
}

/** A word is known when the dictionary has it or a word starting with it (the search matches prefixes). */
export function isKnown(word: string, sorted: readonly string[]): boolean {
  const key = word.toLowerCase();
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]!.startsWith(key);
}

export interface Speller {
  /** The query with each unknown word replaced by its closest known word, or undefined when nothing was replaced. */
  correct(query: string): string | undefined;
}

export function speller(sorted: readonly string[]): Speller {
  const fuse = new Fuse(sorted as string[], { threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 3 });
  const suggestion = (word: string) => {
    if (word.length < MIN_LENGTH || isKnown(word, sorted)) return undefined;
    // Closest first; among equally close, the one of nearly the same length (not a long compound).
    const [best] = fuse
      .search(word.toLowerCase(), { limit: 8 })
      .sort((a, b) => a.score! - b.score! || Math.abs(a.item.length - word.length) - Math.abs(b.item.length - word.length));
    return best?.item;
  };
  return {
    correct(query) {
      let changed = false;
      const words = query.split(/\s+/).map((word) => {
        const better = suggestion(word);
        if (!better) return word;
        changed = true;
        // Keep the user's capitalisation of the first letter: „Breitbnad“ → „Breitband“.
        return word[0] === word[0]!.toUpperCase() ? better[0]!.toUpperCase() + better.slice(1) : better;
      });
      return changed ? words.join(' ') : undefined;
    },
  };
}
