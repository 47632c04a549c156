/** Upcoming programme deadlines as calendar events, shared by the ICS files and the Fristenkalender. */
import type { TypedEntry } from '../schemas/index.ts';
import type { CalendarEvent } from '../core/ical.ts';
import { compareText } from '../core/order.ts';
import { entryUrl } from '../core/urls.ts';

export interface DeadlineItem {
  programme: TypedEntry<'programmes'>;
  date: string;
  label: string;
}

/** Dated deadlines in date order: upcoming ones of programmes not recorded as closed, and past ones. */
export function deadlineItems(programmes: readonly TypedEntry<'programmes'>[], today: string): { upcoming: DeadlineItem[]; past: DeadlineItem[] } {
  const all = programmes
    .flatMap((programme) => programme.data.deadlines.map((deadline) => ({ programme, ...deadline })))
    .sort((a, b) => a.date.localeCompare(b.date) || compareText(a.programme.data.title, b.programme.data.title));
  return {
    upcoming: all.filter((item) => item.date >= today && item.programme.data.status !== 'geschlossen'),
    past: all.filter((item) => item.date < today).reverse(),
  };
}

export function toEvent(item: DeadlineItem, site: URL): CalendarEvent {
  const url = new URL(entryUrl('programmes', item.programme.id), site).href;
  return {
    uid: `${item.programme.id}-${item.date}@foerderfinder-digitale-kommune`,
    date: item.date,
    summary: `Frist: ${item.programme.data.title}`,
    description: `${item.label}. ${item.programme.data.provider}. Bitte prüfen Sie die Frist in der amtlichen Quelle: ${item.programme.data.sourceUrl}`,
    url,
  };
}

/** DTSTAMP of the build, UTC. */
export function calendarStamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
