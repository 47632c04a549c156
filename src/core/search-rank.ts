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

/**
 * A filter only the ranking uses: it marks announced and closed programmes and
 * programmes and offers limited to some Länder. One small filter index answers
 * all three questions, where the status, Land and type filters would need three.
 */
export const rankFilter = { name: 'rang', announced: 'angekuendigt', closed: 'geschlossen', someLaender: 'laender' } as const;

/** Status tiers: open and rolling (and everything that is not a programme) 0, announced 1, closed 2. */
export type Tier = 0 | 1 | 2;

/** Keeps Pagefind's order within each tier and puts the tiers in order, so a closed programme never leads a topic search. */
export function byStatusTier<H extends Hit>(hits: readonly H[], tiers: ReadonlyMap<string, Tier>): H[] {
  return hits
    .map((hit, position) => ({ hit, position, tier: tiers.get(hit.id) ?? 0 }))
    .sort((a, b) => a.tier - b.tier || a.position - b.position)
    .map(({ hit }) => hit);
}

/**
 * Scales down the scores of entries limited to one or a few Länder and re-sorts
 * by the result. A query that names no Land comes from a reader in any of
 * sixteen: an entry open to all of them (a federal programme, a guide, a
 * checklist) answers every such reader, one Land's programme a sixteenth.
 * Entries stay in Pagefind's order where the scaled scores tie.
 */
export function byReach<H extends Hit>(hits: readonly H[], landSpecific: ReadonlySet<string>, weight: number): H[] {
  return hits
    .map((hit, position) => ({ hit, position, score: hit.score * (landSpecific.has(hit.id) ? weight : 1) }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
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

/** Lower case without accents, umlauts and their ASCII spelling alike („Förder“, „Foerder“ → „forder“), letters and digits only. */
function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/([aou])e/g, '$1')
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words Pagefind marked as hits: `locations` count words of the fragment's text, split as Pagefind splits it. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[\r\n\s]+/g);
  return locations.map((location) => words[location] ?? '').filter(Boolean);
}

/**
 * The query words that none of the hit words continues. Pagefind answers a word
 * it does not know with the longest indexed word it starts with („breit“ for
 * „Breitbnad“, „digital“ for „Digitalstrateige“), so such a word gets results
 * that are not about it. A hit continues a query word when it starts with all
 * of it but an ending of up to two letters, which the stemming may have cut.
 * Short words, abbreviations and words with digits or hyphens are left alone.
 */
export function unansweredWords(query: string, hits: readonly string[]): string[] {
  const folded = hits.map(fold);
  return queryWords(query).filter((word) => {
    if (!/^\p{L}{4,}$/u.test(word) || word === word.toUpperCase()) return false;
    const key = fold(word);
    const stem = key.slice(0, Math.max(4, key.length - 2));
    return !folded.some((hit) => hit.startsWith(stem));
  });
}
