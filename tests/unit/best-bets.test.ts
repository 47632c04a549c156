import { describe, expect, it } from 'vitest';
import { stateForQuery } from '../../src/core/best-bets.ts';
import { stateCodes, states } from '../../src/core/vocabulary.ts';

describe('stateForQuery', () => {
  it('knows every Land by its name', () => {
    for (const code of stateCodes) expect(stateForQuery(states[code].name)).toBe(code);
  });

  it('accepts the spellings people type', () => {
    expect(stateForQuery('thueringen')).toBe('TH');
    expect(stateForQuery('  SACHSEN ')).toBe('SN');
    expect(stateForQuery('Baden Württemberg')).toBe('BW');
    expect(stateForQuery('Freistaat Bayern')).toBe('BY');
    expect(stateForQuery('Land Brandenburg')).toBe('BB');
    expect(stateForQuery('NRW')).toBe('NW');
  });

  it('tells Sachsen from Sachsen-Anhalt and Niedersachsen', () => {
    expect(stateForQuery('Sachsen')).toBe('SN');
    expect(stateForQuery('Sachsen Anhalt')).toBe('ST');
    expect(stateForQuery('niedersachsen')).toBe('NI');
  });

  it('stays out of the way of other queries', () => {
    expect(stateForQuery('')).toBeUndefined();
    expect(stateForQuery('Breitband Sachsen')).toBeUndefined();
    expect(stateForQuery('Sachs')).toBeUndefined();
    expect(stateForQuery('Land')).toBeUndefined();
  });
});
