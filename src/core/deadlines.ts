/**
 * The status a user sees for a programme, derived from what an editor recorded
 * and the deadlines, relative to a given day. Deriving it (instead of trusting the
 * recorded status alone) means an expired deadline shows as expired even when
 * nobody touched the entry.
 */
import { addDays, daysBetween } from './dates.ts';
import type { DeadlineKind, ProgrammeStatus } from './vocabulary.ts';

/** „1 kommende Frist.“, „3 kommende Fristen.“: the count line of the deadline calendar. */
export function upcomingCountText(count: number): string {
  return count === 1 ? '1 kommende Frist.' : `${count} kommende Fristen.`;
}

/** A deadline within this many days is flagged „Frist läuft bald ab“. */
export const SOON_DAYS = 30;

/** Statuses a user sees, in the order lists show them: open first, closed last. */
export const displayStatuses = ['frist-bald', 'offen', 'laufend', 'angekuendigt', 'geschlossen'] as const;
export type DisplayStatus = (typeof displayStatuses)[number];

export const displayStatusLabels: Record<DisplayStatus, string> = {
  offen: 'offen',
  'frist-bald': 'Frist läuft bald ab',
  laufend: 'laufend',
  angekuendigt: 'angekündigt',
  geschlossen: 'geschlossen',
};

export interface Deadline {
  date: string;
  label: string;
  /** Content gives every deadline a kind; a missing one reads as an application deadline. */
  kind?: DeadlineKind;
}

/** A date that comes back every year („jedes Jahr zum 15. Januar“), until the guideline ends. */
export interface RecurringDeadline {
  /** MM-DD */
  day: string;
  label: string;
  kind?: DeadlineKind;
  /** Last day on which an occurrence may fall. */
  until?: string;
}

/** The dates of a recurring deadline from `from` to `to` (both inclusive), never past its `until`. */
export function occurrences(recurring: RecurringDeadline, from: string, to: string): Deadline[] {
  const last = recurring.until && recurring.until < to ? recurring.until : to;
  const dates: Deadline[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    const date = dayInYear(year, recurring.day);
    if (date >= from && date <= last) dates.push({ date, label: recurring.label, kind: recurring.kind ?? 'stichtag' });
  }
  return dates;
}

/** 29 February falls back to the 28th in years without it. */
function dayInYear(year: number, monthDay: string): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/** Every dated event of a programme from `from` to `to`: fixed dates and the occurrences of recurring ones, in date order. */
export function datedEvents(source: StatusSource, from: string, to: string): Deadline[] {
  return [
    ...source.deadlines.filter((deadline) => deadline.date >= from && deadline.date <= to),
    ...(source.recurringDeadlines ?? []).flatMap((recurring) => occurrences(recurring, from, to)),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** A year and a day always hold the next occurrence of a yearly date. */
const NEXT_OCCURRENCE_WITHIN_DAYS = 366;


export interface NextDeadline extends Deadline {
  /** 0 on the deadline day itself. */
  daysLeft: number;
}

export interface StatusResult {
  status: DisplayStatus;
  /** The earliest deadline on or after the given day, if any. */
  next?: NextDeadline;
}

export function programmeStatus(
  programme: StatusSource,
  today: string,
): StatusResult {
  if (programme.status === 'geschlossen') return { status: 'geschlossen' };

  const recurring = programme.recurringDeadlines ?? [];
  const upcoming = [
    ...programme.deadlines.filter((deadline) => deadline.date >= today),
    ...recurring.flatMap((each) => occurrences(each, today, addDays(today, NEXT_OCCURRENCE_WITHIN_DAYS)).slice(0, 1)),
  ]
    .map((deadline) => ({ ...deadline, daysLeft: daysBetween(today, deadline.date) }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
  const next = upcoming[0];

  // Every date that ends something is behind us: the call or the guideline is
  // over, whatever was recorded. A past expected call ends nothing.
  const ending = programme.deadlines.some((deadline) => deadline.kind !== 'aufruf-erwartet') || recurring.length > 0;
  if (!next && ending) return { status: 'geschlossen' };

  if (programme.status === 'angekuendigt') return next ? { status: 'angekuendigt', next } : { status: 'angekuendigt' };
  if (!next) return { status: programme.status === 'laufend' ? 'laufend' : 'offen' };
  if (next.daysLeft <= SOON_DAYS) return { status: 'frist-bald', next };
  return { status: programme.status === 'laufend' ? 'laufend' : 'offen', next };
}

/** Open for applications now (open, closing soon or rolling). */
export function isOpen(status: DisplayStatus): boolean {
  return status === 'offen' || status === 'frist-bald' || status === 'laufend';
}

/** Days left are spelled out only this close to a deadline; further out the date says enough. */
export const DAYS_LEFT_SHOWN = 60;

/** „31. Dezember 2027“ far out, „15. Januar 2027 (noch 12 Tage)“ when close. */
export function deadlineWithDaysLeft(next: NextDeadline, formatDay: (day: string) => string): string {
  const day = formatDay(next.date);
  return next.daysLeft <= DAYS_LEFT_SHOWN ? `${day} (${formatDaysLeft(next.daysLeft)})` : day;
}

/** Said instead of a next deadline once a programme is closed. */
export const NO_DEADLINE_CLOSED = 'keine – das Programm ist geschlossen';

/**
 * Where a next deadline is shown: on a card („Nächste Frist: 15. Januar 2027
 * (noch 12 Tage)“) or as the value of a fact („15. Januar 2027 (noch 12 Tage):
 * Einreichung der Skizze“). The build and the browser's refresh both take the
 * words from here.
 */
export type DeadlineTextStyle = 'card' | 'fact';

export function nextDeadlineText(status: StatusResult, style: DeadlineTextStyle, formatDay: (day: string) => string): string | undefined {
  if (status.status === 'geschlossen') return style === 'fact' ? NO_DEADLINE_CLOSED : undefined;
  if (!status.next) return undefined;
  const day = deadlineWithDaysLeft(status.next, formatDay);
  return style === 'card' ? `${cardLead[status.next.kind ?? 'antragsfrist']}: ${day}` : `${day}: ${status.next.label}`;
}

/** A guideline's end and an expected call are not application deadlines, and a card says so. */
const cardLead: Record<DeadlineKind, string> = {
  antragsfrist: 'Nächste Frist',
  stichtag: 'Nächster Stichtag',
  richtlinienende: 'Richtlinie endet',
  'aufruf-erwartet': 'Aufruf erwartet',
};

/** The tag's words: a rolling programme without any date is the one case that says „ohne feste Frist“. */
export function statusLabel(status: StatusResult): string {
  return status.status === 'laufend' && !status.next ? 'laufend, ohne feste Frist' : displayStatusLabels[status.status];
}

/** What the browser needs to recompute a status shown on a page (see status-refresh.ts). */
export interface StatusSource {
  status: ProgrammeStatus;
  deadlines: readonly Deadline[];
  recurringDeadlines?: readonly RecurringDeadline[];
}

/** What the browser needs, from a programme's data: recurring dates only where there are any, to keep pages small. */
export function statusSource(programme: StatusSource): StatusSource {
  const { status, deadlines, recurringDeadlines } = programme;
  return recurringDeadlines?.length ? { status, deadlines, recurringDeadlines } : { status, deadlines };
}

/** „noch 12 Tage“, „noch 1 Tag“, „heute letzter Tag“. */
export function formatDaysLeft(daysLeft: number): string {
  if (daysLeft === 0) return 'heute letzter Tag';
  return daysLeft === 1 ? 'noch 1 Tag' : `noch ${daysLeft} Tage`;
}
