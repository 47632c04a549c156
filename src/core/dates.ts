/**
 * Calendar days as YYYY-MM-DD strings. Deadlines are days in Germany, so „today“
 * is always taken in Europe/Berlin, whatever the time zone of the build machine.
 */
import { lazy } from './lazy.ts';

const berlinDay = lazy(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }),
);

/** The calendar day in Berlin at the given instant. */
export function dayInBerlin(instant: Date): string {
  return berlinDay().format(instant);
}

const MS_PER_DAY = 86_400_000;

function utcMidnight(day: string): number {
  // Plain arithmetic instead of Date.parse: this runs for every deadline of
  // every programme on each Förder-Check answer.
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
/** Whether `text` is a real calendar day written YYYY-MM-DD (not „2026-02-30“). */
export function isCalendarDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(Date.parse(text)).toISOString().startsWith(text);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** The day `months` calendar months after `day`, clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The day `days` calendar days after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return new Date(utcMidnight(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** German month names in lower case, January first: dates in content and source versions are written with them. */
export const germanMonths = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] as const;
