import { describe, expect, it } from 'vitest';
import { ownShare } from '../../src/core/own-share.ts';

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
