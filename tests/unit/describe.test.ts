import { describe, expect, it } from 'vitest';
import { amountLabel, labelList, openProgrammesSentence, rateLabel, rateSpan, stateScopeLabel, yesNo } from '../../src/core/describe.ts';
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
  it('names the rates for some applicants after the general rate, before the published words', () => {
    const special = [{ label: 'Kommunen in Haushaltsnotlage', fundingRate: { min: 90, max: 90 } }];
    expect(rateLabel({ min: 75, max: 75 }, 'wie veröffentlicht', special)).toBe(`75${NBSP}%; 90${NBSP}% für Kommunen in Haushaltsnotlage (wie veröffentlicht)`);
    expect(rateLabel(undefined, undefined, special)).toBe(`90${NBSP}% für Kommunen in Haushaltsnotlage`);
  });
  it('spans the general and the special rates for lists, leaving an end open where any rate does', () => {
    expect(rateSpan({ min: 80, max: 80 }, [{ fundingRate: { min: 90, max: 90 } }])).toEqual({ min: 80, max: 90 });
    expect(rateSpan({ max: 80 }, [{ fundingRate: { max: 90 } }])).toEqual({ min: undefined, max: 90 });
    expect(rateSpan({ min: 50, max: 70 })).toEqual({ min: 50, max: 70 });
    expect(rateSpan(undefined)).toBeUndefined();
  });
  it('leaves an unknown yes/no unknown', () => {
    expect(yesNo(undefined, 'ja', 'nein')).toBeUndefined();
    expect(yesNo(false, 'ja', 'nein')).toBe('nein');
  });
});

describe('openProgrammesSentence', () => {
  it('counts the Land’s own programmes and those of EU and Bund, with spaces and without a zero', () => {
    expect(openProgrammesSentence('Thüringen', 4, 10)).toBe('In Thüringen stehen Kommunen derzeit 14 Förderprogramme offen: 4 davon vom Land Thüringen, 10 von EU und Bund.');
    expect(openProgrammesSentence('Hamburg', 0, 12)).toBe('In Hamburg stehen Kommunen derzeit 12 Förderprogramme offen: keines davon vom Land Hamburg selbst, 12 von EU und Bund.');
    expect(openProgrammesSentence('Bremen', 1, 0)).toBe('In Bremen steht Kommunen derzeit 1 Förderprogramm offen: 1 davon vom Land Bremen, keines von EU und Bund.');
    expect(openProgrammesSentence('Bremen', 0, 0)).toBe('In Bremen steht Kommunen derzeit kein Förderprogramm offen.');
  });
});
