/**
 * Freshness of an entry. Stale entries are the most common complaint about
 * funding databases, so every entry shows its check date and is flagged
 * „Prüfung fällig“ once it is older than REVIEW_MONTHS.
 */
import { addMonths, germanMonths } from './dates.ts';

export const REVIEW_MONTHS = 12;

/** True when the entry was last checked more than REVIEW_MONTHS before `today`. */
export function isReviewDue(lastChecked: string, today: string): boolean {
  return addMonths(lastChecked, REVIEW_MONTHS) < today;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * The latest day a source-version text vouches for: „Richtlinie vom 12.03.2025;
 * gespeicherte Seite, Stand Mai 2026“ gives 2026-05-31. A month counts to its last
 * day and a bare year to 31 December, so a vague text is never called older than it
 * may be. Undefined when the text names no date at all.
 */
export function sourceVersionDay(version: string): string | undefined {
  let text = version.toLowerCase();
  const days: string[] = [];
  // Each pattern blanks what it read, so the year of „Mai 2026“ is not read again as a bare year.
  const take = (pattern: RegExp, read: (groups: string[]) => void) => {
    text = text.replace(pattern, (...match: string[]) => {
      read(match.slice(1));
      return ' ';
    });
  };
  take(/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g, ([d, m, y]) => days.push(day(Number(y), Number(m), Number(d))));
  take(new RegExp(`(?:\\b(\\d{1,2})\\.\\s)?(${germanMonths.join('|')})\\s(\\d{4})\\b`, 'g'), ([d, month, y]) => {
    const m = germanMonths.indexOf(month as (typeof germanMonths)[number]) + 1;
    // Day 0 of the next month is the last day of this one.
    days.push(d ? day(Number(y), m, Number(d)) : day(Number(y), m + 1, 0));
  });
  take(/(?<![.\d])((?:19|20)\d{2})(?![.\d])/g, ([y]) => days.push(`${y}-12-31`));
  return days.sort().at(-1);
}

/** A source version older than the review period needs a look, however recent the last check. */
export function isSourceVersionDue(version: string | undefined, today: string): boolean {
  const vouched = version && sourceVersionDay(version);
  return Boolean(vouched) && isReviewDue(vouched as string, today);
}

/** Why an entry is due for review: its last check, or the source it reflects, is older than the review period. */
export type ReviewReason = 'check' | 'source';

export function reviewReason(lastChecked: string, sourceVersion: string | undefined, today: string): ReviewReason | undefined {
  if (isReviewDue(lastChecked, today)) return 'check';
  return isSourceVersionDue(sourceVersion, today) ? 'source' : undefined;
}

/** What a page says about a due review, in the reader's words. */
export const reviewNotes: Record<ReviewReason, string> = {
  check: `Dieser Eintrag wurde seit über ${REVIEW_MONTHS} Monaten nicht geprüft. Bitte prüfen Sie die Angaben bei der Quelle.`,
  source: `Die Fassung der Quelle, auf der dieser Eintrag beruht, ist älter als ${REVIEW_MONTHS} Monate. Bitte prüfen Sie bei der Quelle, ob es eine neuere gibt.`,
};
