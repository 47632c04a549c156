/**
 * The status a user sees for a programme, derived from what an editor recorded
 * and the deadlines, relative to a given day. Deriving it (instead of trusting the
 * recorded status alone) means an expired deadline shows as expired even when
 * nobody touched the entry.
 */
import { daysBetween } from './dates.ts';
import type { ProgrammeStatus } from './vocabulary.ts';

/** A deadline within this many days is flagged „Frist läuft bald ab“. */
export const SOON_DAYS = 30;

/** Statuses a user sees, in the order lists show them: open first, closed last. */
export const displayStatuses = ['frist-bald', 'offen', 'laufend', 'angekuendigt', 'geschlossen'] as const;
export type DisplayStatus = (typeof displayStatuses)[number];

export const displayStatusLabels: Record<DisplayStatus, string> = {
  offen: 'offen',
  'frist-bald': 'Frist läuft bald ab',
  laufend: 'laufend, ohne feste Frist',
  angekuendigt: 'angekündigt',
  geschlossen: 'geschlossen',
};

export interface Deadline {
  date: string;
  label: string;
}

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

  const upcoming = programme.deadlines
    .map((deadline) => ({ ...deadline, daysLeft: daysBetween(today, deadline.date) }))
    .filter((deadline) => deadline.daysLeft >= 0)
    .sort((a, b) => a.daysLeft - b.daysLeft);
  const next = upcoming[0];

  // All dated deadlines are behind us: the call is over, whatever was recorded.
  if (!next && programme.deadlines.length > 0) return { status: 'geschlossen' };

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
  return style === 'card' ? `Nächste Frist: ${day}` : `${day}: ${status.next.label}`;
}

/** What the browser needs to recompute a status shown on a page (see status-refresh.ts). */
export interface StatusSource {
  status: ProgrammeStatus;
  deadlines: readonly Deadline[];
}

/** „noch 12 Tage“, „noch 1 Tag“, „heute letzter Tag“. */
export function formatDaysLeft(daysLeft: number): string {
  if (daysLeft === 0) return 'heute letzter Tag';
  return daysLeft === 1 ? 'noch 1 Tag' : `noch ${daysLeft} Tage`;
}
