import { describe, expect, it } from 'vitest';
import { reviewReason, sourceVersionDay } from '../../src/core/freshness.ts';

describe('sourceVersionDay', () => {
  it('takes the latest date a version text names, a month to its end and a year to 31 December', () => {
    expect(sourceVersionDay('Richtlinie vom 21.09.2023; gespeicherte Seite, Stand Mai 2026')).toBe('2026-05-31');
    expect(sourceVersionDay('Aufruf 2026; gespeicherte Seite ohne Datum')).toBe('2026-12-31');
    expect(sourceVersionDay('Richtlinie vom 12. März 2025')).toBe('2025-03-12');
    expect(sourceVersionDay('gespeicherte Seite ohne Datum')).toBeUndefined();
  });
});

describe('reviewReason', () => {
  it('puts an old check first, then an old source version', () => {
    expect(reviewReason('2025-10-01', 'Stand Mai 2026', '2026-12-01')).toBe('check');
    expect(reviewReason('2026-12-01', 'Richtlinie vom 12.03.2025', '2026-12-01')).toBe('source');
    expect(reviewReason('2026-12-01', 'Stand Mai 2026', '2026-12-01')).toBeUndefined();
    expect(reviewReason('2026-12-01', undefined, '2026-12-01')).toBeUndefined();
  });
});
