/** All upcoming deadlines as one iCalendar file. */
import type { APIContext } from 'astro';
import { deadlineItems, calendarStamp, toEvent } from '../data/deadline-events.ts';
import { entriesOf } from '../data/entries.ts';
import { today } from '../data/today.ts';
import { calendar } from '../core/ical.ts';

export async function GET({ site }: APIContext): Promise<Response> {
  const { upcoming } = deadlineItems(await entriesOf('programmes'), today);
  const body = calendar('Förderfinder: Fristen', upcoming.map((item) => toEvent(item, site!)), calendarStamp());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
