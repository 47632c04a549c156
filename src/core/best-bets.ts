/**
 * Best bets for the search: a query that names a Land gets that Land's page
 * pinned above the results. Full-text ranking cannot promise that, because
 * pages that repeat the word (Sachsen-Anhalt for „Sachsen“) outscore the hub.
 */
import { transliterate } from './format.ts';
import { states, stateCodes, type StateCode } from './vocabulary.ts';

/** Everyday names that are not the official one. */
const aliases: Record<string, StateCode> = { nrw: 'NW', 'meck-pomm': 'MV' };

/** Lower case, ASCII umlauts, words joined by single hyphens: the form of the Land slugs. */
function normalise(text: string): string {
  return transliterate(text.trim().toLowerCase())
    .replace(/^(bundesland|freistaat|land)\s+/, '')
    .replace(/[\s_-]+/g, '-');
}

/** The Land a query names, if the whole query is a Land's name, its ASCII spelling or a common alias. */
export function stateForQuery(query: string): StateCode | undefined {
  const key = normalise(query);
  if (!key) return undefined;
  return stateCodes.find((code) => states[code].slug === key) ?? aliases[key];
}
