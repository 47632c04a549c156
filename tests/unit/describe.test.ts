import { describe, expect, it } from 'vitest';
import { amountLabel, labelList, rateLabel, stateScopeLabel, yesNo } from '../../src/core/describe.ts';
import { fundingTypes } from '../../src/core/vocabulary.ts';

const NBSP = '\u00a0';

describe('describe', () => {
  it('names Länder or all of them', () => {
    expect(stateScopeLabel('all')).toBe('alle Länder');
    expect(stateScopeLabel(['SN', 'TH'])).toBe('Sachsen und Thüringen');
  });
  it('labels vocabulary lists', () => {
    expect(labelList(['zuschuss', 'darlehen'], fundingTypes.label)).toBe('Zuschuss und Darlehen');
  });
  it('combines a rate with its note, or gives either alone', () => {
    expect(rateLabel({ max: 90 }, 'für finanzschwache Kommunen')).toBe(`bis 90${NBSP}% (für finanzschwache Kommunen)`);
    expect(rateLabel(undefined, 'je nach Land')).toBe('je nach Land');
    expect(rateLabel(undefined)).toBeUndefined();
    expect(amountLabel({ max: 15000 })).toBe(`bis 15.000${NBSP}€`);
  });
  it('leaves an unknown yes/no unknown', () => {
    expect(yesNo(undefined, 'ja', 'nein')).toBeUndefined();
    expect(yesNo(false, 'ja', 'nein')).toBe('nein');
  });
});
