import { describe, expect, it } from 'vitest';
import { ownShare, type ProgrammeTerms } from '../../src/core/own-share.ts';
import { programmeTerms } from '../../src/projections/own-share-terms.ts';
import { entry } from '../helpers/entries.ts';

const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('ownShare', () => {
  it('computes a range of funding and own share from a range of rates', () => {
    const result = ownShare(200_000, { fundingRate: { min: 50, max: 70 }, loan: false });
    expect(result.kind).toBe('estimate');
    if (result.kind !== 'estimate') return;
    expect(result.funding).toEqual({ low: 100_000, high: 140_000 });
    expect(result.own).toEqual({ low: 60_000, high: 100_000 });
    expect(nbsp(result.text)).toBe('50 % bis 70 % von 200.000 € ergeben 100.000 € bis 140.000 € Förderung. Eigenanteil der Kommune: 60.000 € bis 100.000 €.');
  });

  it('caps the funding at the maximum amount and says so', () => {
    const result = ownShare(1_000_000, { fundingRate: { max: 90 }, amount: { max: 500_000 }, loan: false });
    if (result.kind !== 'estimate') throw new Error(result.text);
    expect(result.funding).toEqual({ low: 500_000, high: 500_000 });
    expect(result.own).toEqual({ low: 500_000, high: 500_000 });
    expect(result.capped).toBe(true);
    expect(nbsp(result.text)).toContain('90 % von 1.000.000 € ergeben 500.000 € Förderung. Das ist auf den Höchstbetrag von 500.000 € je Vorhaben begrenzt.');
  });

  it('warns when even the highest funding stays under the minimum amount', () => {
    const result = ownShare(10_000, { fundingRate: { min: 80 }, amount: { min: 25_000 }, loan: false });
    if (result.kind !== 'estimate') throw new Error(result.text);
    expect(result.belowMinimum).toBe(true);
    expect(nbsp(result.text)).toContain('Der Mindestbetrag je Vorhaben liegt bei 25.000 €');
  });

  it('calls a loan a loan, which is paid back', () => {
    const result = ownShare(300_000, { fundingRate: { max: 100 }, loan: true });
    if (result.kind !== 'estimate') throw new Error(result.text);
    expect(result.own).toEqual({ low: 0, high: 0 });
    expect(nbsp(result.text)).toContain('ergeben 300.000 € Darlehen');
    expect(result.text).toContain('Ein Darlehen wird zurückgezahlt');
  });

  it('gives no figure where no rate is published', () => {
    expect(ownShare(100_000, { amount: { max: 50_000 }, loan: false })).toEqual({ kind: 'no-rate', text: expect.stringContaining('keinen Fördersatz') });
  });
});

describe('ownShare with a rate stated only for some applicants', () => {
  // 80 % for everyone, 90 % for municipalities in Haushaltsnotlage: the shape of most sources.
  const terms: ProgrammeTerms = {
    fundingRate: { min: 80, max: 80 },
    loan: false,
    specialRates: [{ condition: 'haushaltsnotlage', label: 'Kommunen in Haushaltsnotlage', fundingRate: { min: 90, max: 90 } }],
  };

  it('uses the special rate when the user states the condition, and says so', () => {
    const result = ownShare(200_000, terms, { conditions: ['haushaltsnotlage'] });
    if (result.kind !== 'estimate') throw new Error(result.text);
    expect(result.funding).toEqual({ low: 180_000, high: 180_000 });
    expect(result.own).toEqual({ low: 20_000, high: 20_000 });
    expect(result.specialRate).toBe('haushaltsnotlage');
    expect(nbsp(result.text)).toBe(
      'Für Kommunen in Haushaltsnotlage gilt laut Quelle ein eigener Satz: 90 % von 200.000 € ergeben 180.000 € Förderung. Eigenanteil der Kommune: 20.000 €.',
    );
  });

  it('keeps the general rate when the condition is not ticked, and names the other rate in one sentence', () => {
    const result = ownShare(200_000, terms);
    if (result.kind !== 'estimate') throw new Error(result.text);
    expect(result.funding).toEqual({ low: 160_000, high: 160_000 });
    expect(result.specialRate).toBeUndefined();
    expect(nbsp(result.text)).toBe(
      '80 % von 200.000 € ergeben 160.000 € Förderung. Eigenanteil der Kommune: 40.000 €. Für Kommunen in Haushaltsnotlage nennt die Quelle 90 %.',
    );
  });

  it('computes a range when the special rate is a range', () => {
    const ranged: ProgrammeTerms = {
      fundingRate: { min: 60, max: 60 },
      loan: false,
      specialRates: [{ condition: 'finanzschwach', label: 'finanzschwache Kommunen', fundingRate: { min: 70, max: 85 } }],
    };
    const result = ownShare(100_000, ranged, { conditions: ['finanzschwach'] });
    if (result.kind !== 'estimate') throw new Error(result.text);
    expect(result.funding).toEqual({ low: 70_000, high: 85_000 });
    expect(result.own).toEqual({ low: 15_000, high: 30_000 });
    expect(nbsp(result.text)).toContain('70 % bis 85 % von 100.000 € ergeben 70.000 € bis 85.000 € Förderung.');
  });

  it('still caps the funding at the maximum amount with the special rate', () => {
    // 24.000 € at 80 % stays under the 20.000 € cap; at 90 % it would be 21.600 €.
    const capped: ProgrammeTerms = { ...terms, amount: { max: 20_000 } };
    const general = ownShare(24_000, capped);
    const special = ownShare(24_000, capped, { conditions: ['haushaltsnotlage'] });
    if (general.kind !== 'estimate' || special.kind !== 'estimate') throw new Error('no estimate');
    expect(general).toMatchObject({ funding: { low: 19_200, high: 19_200 }, capped: false });
    expect(special).toMatchObject({ funding: { low: 20_000, high: 20_000 }, own: { low: 4_000, high: 4_000 }, capped: true });
    expect(nbsp(special.text)).toContain('Das ist auf den Höchstbetrag von 20.000 € je Vorhaben begrenzt.');
  });

  it('ignores a condition the programme has no rate for', () => {
    const stated = ownShare(200_000, terms, { conditions: ['finanzschwach', 'raum-besonderer-handlungsbedarf'] });
    expect(stated).toEqual(ownShare(200_000, terms));
    expect(stated.text).not.toContain('finanzschwach');
    const plain: ProgrammeTerms = { fundingRate: { min: 50, max: 50 }, loan: false };
    expect(ownShare(100_000, plain, { conditions: ['haushaltsnotlage'] })).toEqual(ownShare(100_000, plain));
  });

  it('takes the highest of several stated special rates and names only the rest', () => {
    const two: ProgrammeTerms = {
      fundingRate: { min: 60, max: 60 },
      loan: false,
      specialRates: [
        { condition: 'finanzschwach', label: 'finanzschwache Kommunen', fundingRate: { min: 75, max: 75 } },
        { condition: 'haushaltsnotlage', label: 'Kommunen in Haushaltsnotlage', fundingRate: { min: 90, max: 90 } },
      ],
    };
    const both = ownShare(100_000, two, { conditions: ['finanzschwach', 'haushaltsnotlage'] });
    if (both.kind !== 'estimate') throw new Error(both.text);
    expect(both.specialRate).toBe('haushaltsnotlage');
    expect(both.funding.high).toBe(90_000);
    expect(nbsp(both.text)).toContain('Für finanzschwache Kommunen nennt die Quelle 75 %.');
    expect(nbsp(ownShare(100_000, two).text)).toContain('Für finanzschwache Kommunen nennt die Quelle 75 %, für Kommunen in Haushaltsnotlage 90 %.');
  });

  it('gives no figure without a general rate unless the condition is stated, and names the special one', () => {
    const onlySpecial: ProgrammeTerms = { loan: false, specialRates: terms.specialRates };
    const result = ownShare(100_000, onlySpecial);
    expect(result.kind).toBe('no-rate');
    expect(nbsp(result.text)).toContain('Für Kommunen in Haushaltsnotlage nennt die Quelle 90 %.');
    expect(ownShare(100_000, onlySpecial, { conditions: ['haushaltsnotlage'] })).toMatchObject({ kind: 'estimate', funding: { low: 90_000, high: 90_000 } });
  });
});

describe('programmeTerms', () => {
  it('builds the terms from a programme: rate, amount, grant, special rates with their German labels', () => {
    const p = entry('programmes', 'p', {
      fundingTypes: ['zuschuss', 'darlehen'],
      fundingRate: { min: 80, max: 80 },
      amount: { max: 20_000 },
      specialRates: [{ condition: 'raum-besonderer-handlungsbedarf', fundingRate: { min: 90, max: 90 }, note: 'überwiegend im RmbH' }],
    }).data;
    expect(programmeTerms(p)).toEqual({
      fundingRate: { min: 80, max: 80 },
      amount: { max: 20_000 },
      loan: false,
      specialRates: [
        { condition: 'raum-besonderer-handlungsbedarf', label: 'Kommunen im Raum mit besonderem Handlungsbedarf (Bayern)', fundingRate: { min: 90, max: 90 } },
      ],
    });
  });

  it('reads a programme that only lends as a loan, and leaves special rates out where there are none', () => {
    const terms = programmeTerms(entry('programmes', 'k', { fundingTypes: ['darlehen'], fundingRate: { max: 100 } }).data);
    expect(terms.loan).toBe(true);
    expect(terms).not.toHaveProperty('specialRates');
  });

  it('gives a calculation that follows the tick for a programme from content', () => {
    const p = entry('programmes', 'n', {
      fundingRate: { max: 80 },
      specialRates: [{ condition: 'haushaltsnotlage', fundingRate: { max: 90 } }],
    }).data;
    const result = ownShare(50_000, programmeTerms(p), { conditions: ['haushaltsnotlage'] });
    expect(nbsp(result.text)).toContain('Für Kommunen in Haushaltsnotlage oder Haushaltssicherung gilt laut Quelle ein eigener Satz: 90 % von 50.000 € ergeben 45.000 € Förderung.');
  });
});
