/**
 * Reordering of Pagefind's answers, pure so it is tested without a browser.
 * Pagefind ranks by text alone and needs every query word on a page; a
 * municipal user needs open programmes first and an answer even when one word
 * of a phrase is not used anywhere.
 */

export interface Hit {
  id: string;
  score: number;
}

/** Status tiers: open and rolling (and everything that is not a programme) 0, announced 1, closed 2. */
export type Tier = 0 | 1 | 2;

/** Keeps Pagefind's order within each tier and puts the tiers in order, so a closed programme never leads a topic search. */
export function byStatusTier<H extends Hit>(hits: readonly H[], tiers: ReadonlyMap<string, Tier>): H[] {
  return hits
    .map((hit, position) => ({ hit, position, tier: tiers.get(hit.id) ?? 0 }))
    .sort((a, b) => a.tier - b.tier || a.position - b.position)
    .map(({ hit }) => hit);
}

/** The words of a query worth searching one by one: two letters or more, each once. */
export function queryWords(query: string): string[] {
  return [...new Set(query.split(/\s+/).filter((word) => word.length >= 2))];
}

/**
 * When no page has every word: the pages with the most words first, then by the
 * sum of their scores. `perWord` holds one search's hits per word.
 */
export function mostWordsFirst<H extends Hit>(perWord: ReadonlyArray<readonly H[]>): H[] {
  const merged = new Map<string, { hit: H; words: number; score: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      if (seen) {
        seen.words++;
        seen.score += hit.score;
      } else merged.set(hit.id, { hit, words: 1, score: hit.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map(({ hit }) => hit);
}

/** Whether the query is a piece of the title („digitalpakt schule“ in „DigitalPakt Schule 2019–2024“): a search by name. */
export function isSearchByName(title: string, query: string): boolean {
  const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = squeeze(query);
  return wanted.length > 0 && squeeze(title).includes(wanted);
}
