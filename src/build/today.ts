/**
 * The day the site is built for. BUILD_DATE (YYYY-MM-DD) pins it, so tests and
 * reproducible builds do not depend on the clock.
 */
import { dayInBerlin, isCalendarDay } from '../core/dates.ts';

/** BUILD_DATE, checked: a mistyped one stops with one German line instead of a RangeError deep in a page. */
export function pinnedDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!isCalendarDay(value)) throw new Error(`BUILD_DATE „${value}“ ist kein Datum der Form JJJJ-MM-TT (etwa 2026-12-01).`);
  return value;
}

export const today: string = pinnedDay(process.env.BUILD_DATE) ?? dayInBerlin(new Date());

/**
 * The real calendar day, whatever BUILD_DATE pins: a check date after it is a
 * typing mistake even in a build pinned to the past.
 */
export const clockDay: string = dayInBerlin(new Date());
