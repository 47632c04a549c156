import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatNumber, formatPercent, formatPopulation, formatRange, joinGerman } from '../../src/core/format.ts';

const NBSP = '\u00a0';

describe('German number formats', () => {
  it('writes euros with a thousands dot and the sign after a no-break space', () => {
    expect(formatEuro(1000)).toBe(`1.000${NBSP}€`);
    expect(formatEuro(2_500_000)).toBe(`2.500.000${NBSP}€`);
    expect(formatEuro(0)).toBe(`0${NBSP}€`);
  });
  it('rounds euros to whole amounts', () => {
    expect(formatEuro(1999.6)).toBe(`2.000${NBSP}€`);
  });
  it('writes inhabitants and percentages the German way', () => {
    expect(formatNumber(9675)).toBe('9.675');
    expect(formatPercent(90)).toBe(`90${NBSP}%`);
  });
});

describe('formatDate', () => {
  it('writes the day in words, independent of the machine time zone', () => {
    expect(formatDate('2026-11-25')).toBe('25. November 2026');
    expect(formatDate('2027-01-01')).toBe('1. Januar 2027');
    expect(formatDate('2026-03-01')).toBe('1. März 2026');
  });
});

describe('formatRange', () => {
  const euro = formatEuro;
  it('covers both ends, one end, equal ends and no ends', () => {
    expect(formatRange({ min: 5000, max: 20000 }, euro)).toBe(`5.000${NBSP}€ bis 20.000${NBSP}€`);
    expect(formatRange({ max: 20000 }, euro)).toBe(`bis 20.000${NBSP}€`);
    expect(formatRange({ min: 5000 }, euro)).toBe(`ab 5.000${NBSP}€`);
    expect(formatRange({ min: 75, max: 75 }, formatPercent)).toBe(`75${NBSP}%`);
    expect(formatRange({}, euro)).toBeUndefined();
    expect(formatRange(undefined, euro)).toBeUndefined();
  });
  it('keeps a zero minimum, which is a real bound', () => {
    expect(formatRange({ min: 0, max: 100 }, formatPercent)).toBe(`0${NBSP}% bis 100${NBSP}%`);
  });
});

describe('formatPopulation and joinGerman', () => {
  it('says when there is no size limit', () => {
    expect(formatPopulation(undefined)).toBe('keine Vorgabe zur Größe');
    expect(formatPopulation({ max: 20000 })).toBe('bis 20.000 Einwohner');
  });
  it('joins lists as German prose', () => {
    expect(joinGerman([])).toBe('');
    expect(joinGerman(['A'])).toBe('A');
    expect(joinGerman(['A', 'B'])).toBe('A und B');
    expect(joinGerman(['A', 'B', 'C'])).toBe('A, B und C');
  });
});
