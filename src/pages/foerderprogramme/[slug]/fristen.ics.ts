/** One programme's upcoming deadlines as an iCalendar file („In Kalender eintragen“). */
import type { APIContext } from 'astro';
import { calendarFile, hasUpcomingDates } from '../../../projections/deadline-events.ts';
import { entriesOf, type Entry } from '../../../data/entries.ts';
import { today } from '../../../data/today.ts';

export async function getStaticPaths() {
  return (await entriesOf('programmes'))
    .filter((programme) => hasUpcomingDates(programme, today))
    .map((programme) => ({ params: { slug: programme.id }, props: { programme } }));
}

export async function GET({ props, site }: APIContext<{ programme: Entry<'programmes'> }>): Promise<Response> {
  const body = calendarFile(`Fristen: ${props.programme.data.title}`, [props.programme], today, site!);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
