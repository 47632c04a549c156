import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearch, resultCountText, searchToQuery } from '../../src/core/search-params.ts';

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe('search URL state', () => {
  it('reads the example of the issue', () => {
    const state = parse('q=Breitband&typ=foerderprogramm&land=BY');
    expect(state.query).toBe('Breitband');
    expect(state.selected.typ).toEqual(['foerderprogramm']);
    expect(state.selected.land).toEqual(['BY']);
    // A Land also finds what is open in every Land.
    expect(pagefindFilters(state)).toEqual({ typ: { any: ['Förderprogramm'] }, land: { any: ['Bayern', 'alle Länder'] } });
  });

  it('drops unknown ids and sort values, keeps the rest', () => {
    const state = parse('q=x&land=XX,sn&feld=verwaltung,kaffee&sortierung=zufall&status=offen,frist-bald');
    expect(state.selected.land).toEqual(['SN']);
    expect(state.selected.feld).toEqual(['verwaltung']);
    expect(state.selected.status).toEqual(['offen', 'frist-bald']);
    expect(state.sort).toBe('relevanz');
    expect(pagefindFilters(state).status).toEqual({ any: ['offen', 'Frist läuft bald ab'] });
  });

  it('ignores inherited property names as ids', () => {
    expect(parse('typ=constructor&ebene=toString').selected).toMatchObject({ typ: [], ebene: [] });
  });

  it('round-trips through the query string', () => {
    const query = 'q=Smart City&typ=foerderprogramm,leitfaden&ebene=eu&sortierung=frist';
    expect(searchToQuery(parse(query))).toBe('q=Smart+City&typ=foerderprogramm,leitfaden&ebene=eu&sortierung=frist');
  });

  it('allows browsing by filter alone', () => {
    const state = parse('feld=bildung');
    expect(state.query).toBe('');
    expect(pagefindFilters(state)).toEqual({ handlungsfeld: { any: ['Bildung'] } });
  });
});

describe('resultCountText', () => {
  it('says one result in the singular and names the query', () => {
    expect(resultCountText(1, 'Breitband')).toBe('1 Ergebnis für „Breitband“.');
    expect(resultCountText(0, 'xyz')).toBe('0 Ergebnisse für „xyz“.');
    expect(resultCountText(12, '')).toBe('12 Ergebnisse.');
  });
});
