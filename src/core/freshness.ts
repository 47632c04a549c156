/**
 * Freshness of an entry. Stale entries are the most common complaint about
 * funding databases, so every entry shows its check date and is flagged
 * „Prüfung fällig“ once it is older than REVIEW_MONTHS.
 */
import { addMonths } from './dates.ts';

export const REVIEW_MONTHS = 12;

/** True when the entry was last checked more than REVIEW_MONTHS before `today`. */
export function isReviewDue(lastChecked: string, today: string): boolean {
  return addMonths(lastChecked, REVIEW_MONTHS) < today;
}
