/**
 * Programme dates as events, shared by the Fristenkalender, the calendar files
 * and the programme pages. Fixed dates are listed as they are; a recurring date
 * („jedes Jahr zum 15. Januar“) appears on the Fristenkalender once per year
 * within the horizon, and in calendar files once, with a yearly rule.
 */
import type { TypedEntry } from '../schemas/index.ts';
import { calendar, stampOf, type CalendarEvent } from '../core/ical.ts';
import { addMonths } from '../core/dates.ts';
import { occurrences, type RecurringDeadline } from '../core/deadlines.ts';
import { compareText } from '../core/order.ts';
import { entryUrl } from '../core/urls.ts';
import type { DeadlineKind } from '../core/vocabulary.ts';

/** How far ahead the Fristenkalender unrolls recurring dates. */
export const HORIZON_MONTHS = 18;

export interface DeadlineItem {
  programme: TypedEntry<'programmes'>;
  date: string;
  label: string;
  kind: DeadlineKind;
  /** Set when the date is one occurrence of a yearly date. */
  recurring?: RecurringDeadline;
}

/**
 * Dated events in date order: upcoming ones of programmes not recorded as closed
 * (recurring ones up to the horizon), and past fixed ones.
 */
export function deadlineItems(programmes: readonly TypedEntry<'programmes'>[], today: string): { upcoming: DeadlineItem[]; past: DeadlineItem[] } {
  const horizon = addMonths(today, HORIZON_MONTHS);
  const byDate = (a: DeadlineItem, b: DeadlineItem) => a.date.localeCompare(b.date) || compareText(a.programme.data.title, b.programme.data.title);
  const fixed = programmes.flatMap((programme) => programme.data.deadlines.map((deadline) => ({ programme, ...deadline })));
  const yearly = programmes.flatMap((programme) =>
    programme.data.recurringDeadlines.flatMap((recurring) =>
      occurrences(recurring, today, horizon).map((occurrence) => ({ programme, date: occurrence.date, label: recurring.label, kind: recurring.kind, recurring })),
    ),
  );
  return {
    upcoming: [...fixed.filter((item) => item.date >= today), ...yearly].filter((item) => item.programme.data.status !== 'geschlossen').sort(byDate),
    past: fixed.filter((item) => item.date < today).sort(byDate).reverse(),
  };
}

/** Whether a programme has anything for a calendar file. */
export function hasUpcomingDates(programme: TypedEntry<'programmes'>, today: string): boolean {
  return deadlineItems([programme], today).upcoming.length > 0;
}

function toEvent(item: DeadlineItem, site: URL): CalendarEvent {
  const { programme } = item;
  const url = new URL(entryUrl('programmes', programme.id), site).href;
  const yearly = item.recurring;
  return {
    // A recurring date keeps one UID across years, so a re-import updates the series.
    uid: yearly ? `${programme.id}-jaehrlich-${yearly.day}@foerderfinder-digitale-kommune` : `${programme.id}-${item.date}@foerderfinder-digitale-kommune`,
    date: item.date,
    ...(yearly ? { yearlyUntil: yearly.until ?? null } : {}),
    summary: `${summaryLead[item.kind]}: ${programme.data.title}`,
    description: `${item.label}. ${programme.data.provider}. Bitte prüfen Sie den Termin in der amtlichen Quelle: ${programme.data.sourceUrl}`,
    url,
  };
}

const summaryLead: Record<DeadlineKind, string> = {
  antragsfrist: 'Frist',
  stichtag: 'Stichtag',
  richtlinienende: 'Richtlinie endet',
  'aufruf-erwartet': 'Aufruf erwartet',
};

/** The programmes' upcoming dates as calendar events; each recurring date once, as a yearly event from its next occurrence. */
export function calendarEvents(programmes: readonly TypedEntry<'programmes'>[], today: string, site: URL): Array<{ item: DeadlineItem; event: CalendarEvent }> {
  const seen = new Set<RecurringDeadline>();
  const items = deadlineItems(programmes, today).upcoming.filter((item) => {
    if (!item.recurring) return true;
    if (seen.has(item.recurring)) return false;
    seen.add(item.recurring);
    return true;
  });
  return items.map((item) => ({ item, event: toEvent(item, site) }));
}

/** A calendar file of the programmes' upcoming dates. */
export function calendarFile(name: string, programmes: readonly TypedEntry<'programmes'>[], today: string, site: URL, stamp = calendarStamp()): string {
  return calendar(name, calendarEvents(programmes, today, site).map(({ event }) => event), stamp);
}

/** DTSTAMP of the build, UTC. */
export function calendarStamp(): string {
  return stampOf(new Date());
}
