import { describe, expect, it } from 'vitest';
import { addMonths, dayInBerlin, daysBetween, isCalendarDay } from '../../src/core/dates.ts';

describe('dayInBerlin', () => {
  it('takes the calendar day in Germany, not in UTC', () => {
    // 23:30 UTC on 31 Dec is already New Year in Berlin (UTC+1 in winter).
    expect(dayInBerlin(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC in summer is 00:30 the next day in Berlin (UTC+2).
    expect(dayInBerlin(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(dayInBerlin(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
  });
});

describe('isCalendarDay', () => {
  it('accepts real days written YYYY-MM-DD only', () => {
    expect(isCalendarDay('2026-12-01')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '01.12.2026', '2026-12-1', 'heute', '']) expect(isCalendarDay(bad), bad).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative into the past', () => {
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysBetween('2026-11-25', '2026-12-25')).toBe(30);
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1);
  });
  it('is not thrown off by the change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
  it('knows leap years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });
});

describe('addMonths', () => {
  it('moves by calendar months and clamps to the end of shorter months', () => {
    expect(addMonths('2025-11-25', 12)).toBe('2026-11-25');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-02-29'.replace('29', '28'), 12)).toBe('2028-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});
