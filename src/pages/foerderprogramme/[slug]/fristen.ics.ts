/** One programme's upcoming deadlines as an iCalendar file („In Kalender eintragen“). */
import type { APIContext } from 'astro';
import { calendarStamp, deadlineItems, toEvent } from '../../../data/deadline-events.ts';
import { entriesOf, type Entry } from '../../../data/entries.ts';
import { today } from '../../../data/today.ts';
import { calendar } from '../../../core/ical.ts';

export async function getStaticPaths() {
  return (await entriesOf('programmes'))
    .filter((programme) => deadlineItems([programme], today).upcoming.length > 0)
    .map((programme) => ({ params: { slug: programme.id }, props: { programme } }));
}

export async function GET({ props, site }: APIContext<{ programme: Entry<'programmes'> }>): Promise<Response> {
  const { upcoming } = deadlineItems([props.programme], today);
  const body = calendar(`Fristen: ${props.programme.data.title}`, upcoming.map((item) => toEvent(item, site!)), calendarStamp());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
