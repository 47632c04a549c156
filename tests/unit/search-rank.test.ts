import { describe, expect, it } from 'vitest';
import { byReach, byStatusTier, mostWordsFirst, queryWords, unansweredWords, wordsAt } from '../../src/core/search-rank.ts';

const hit = (id: string, score = 1) => ({ id, score });

describe('byStatusTier', () => {
  it('puts open entries before announced before closed, keeping the text order within each', () => {
    const hits = [hit('zu-a'), hit('offen-a'), hit('bald'), hit('zu-b'), hit('offen-b')];
    const tiers = new Map([['zu-a', 2], ['zu-b', 2], ['bald', 1]] as const);
    expect(byStatusTier(hits, tiers).map((h) => h.id)).toEqual(['offen-a', 'offen-b', 'bald', 'zu-a', 'zu-b']);
  });
});

describe('byReach', () => {
  it('scales down the scores of entries limited to some Länder and re-sorts, ties kept in order', () => {
    const hits = [hit('land-a', 10), hit('land-b', 8), hit('land-c', 8), hit('bund', 6), hit('leitfaden', 4)];
    const oneLand = new Set(['land-a', 'land-b', 'land-c']);
    expect(byReach(hits, oneLand, 0.5).map((h) => h.id)).toEqual(['bund', 'land-a', 'land-b', 'land-c', 'leitfaden']);
    expect(byReach(hits, oneLand, 1).map((h) => h.id)).toEqual(hits.map((h) => h.id));
  });
});

describe('mostWordsFirst', () => {
  it('ranks pages with more of the words first, then by summed score', () => {
    const perWord = [[hit('a', 5), hit('b', 1)], [hit('b', 2), hit('c', 9)], [hit('b', 1)]];
    expect(mostWordsFirst(perWord).map((h) => h.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('queryWords', () => {
  it('splits a phrase into distinct words of two letters or more', () => {
    expect(queryWords('Beratung  für  kleine Gemeinden für a')).toEqual(['Beratung', 'für', 'kleine', 'Gemeinden']);
  });
});

describe('isSearchByName', () => {
  it('tells a search by name (the query is part of the title) from a topic search', async () => {
    const { isSearchByName } = await import('../../src/core/search-rank.ts');
    expect(isSearchByName('DigitalPakt Schule 2019–2024', 'digitalpakt schule')).toBe(true);
    expect(isSearchByName('Glasfaser/WLAN-Richtlinie (GWLANR) – Glasfaser für Schulen', 'Schulen WLAN')).toBe(false);
    expect(isSearchByName('DigitalPakt Schule Berlin', 'Schule digital')).toBe(false);
    expect(isSearchByName('Gigabitförderung des Bundes', 'gigabitförderung')).toBe(true);
  });
});

describe('wordsAt', () => {
  it('picks the hit words by their place in the fragment text, split on any white space', () => {
    expect(wordsAt('Der Bund fördert\nGlasfaser  in Gemeinden.', [3, 5, 9])).toEqual(['Glasfaser', 'Gemeinden.']);
  });
});

describe('unansweredWords', () => {
  it('finds a word that Pagefind only answered with a shorter word it starts with', () => {
    expect(unansweredWords('Breitbnad', ['breit', 'Breite'])).toEqual(['Breitbnad']);
    expect(unansweredWords('Digitalstrateige Bayern', ['Digitale', 'digital', 'Bayern'])).toEqual(['Digitalstrateige']);
  });
  it('accepts hits that continue the word, with an ending cut by stemming, other case, umlauts or their ASCII spelling', () => {
    expect(unansweredWords('Breitband', ['Breitbandausbau,'])).toEqual([]);
    expect(unansweredWords('Förderanträge', ['Förderantrag'])).toEqual([]);
    expect(unansweredWords('Foerderung Schulen', ['Förderung', 'Schule'])).toEqual([]);
    expect(unansweredWords('kommunen', ['Kommunale'])).toEqual([]);
  });
  it('leaves short words, abbreviations and words with hyphens or digits alone', () => {
    expect(unansweredWords('OZG WLAN E-Akte 2026 IT', ['Onlinezugangsgesetz'])).toEqual([]);
  });
  it('names every unanswered word of a phrase, once', () => {
    expect(unansweredWords('Quxwerp Breitband Quxwerp', ['Breitband'])).toEqual(['Quxwerp']);
  });
});
