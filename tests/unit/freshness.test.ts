import { describe, expect, it } from 'vitest';
import { isReviewDue } from '../../src/core/freshness.ts';

describe('isReviewDue', () => {
  it('is due only after twelve full months', () => {
    expect(isReviewDue('2025-11-25', '2026-11-25')).toBe(false);
    expect(isReviewDue('2025-11-24', '2026-11-25')).toBe(true);
    expect(isReviewDue('2026-11-25', '2026-11-25')).toBe(false);
  });
  it('handles a check on 29 February', () => {
    expect(isReviewDue('2028-02-29', '2029-02-28')).toBe(false);
    expect(isReviewDue('2028-02-29', '2029-03-01')).toBe(true);
  });
});
