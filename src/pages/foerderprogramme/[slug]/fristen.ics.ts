/** One programme's upcoming deadlines as an iCalendar file („In Kalender eintragen“). */
import type { APIContext } from 'astro';
import { hasUpcomingDates } from '../../../projections/deadline-events.ts';
import { calendarResponse } from '../../../data/feeds.ts';
import { entriesOf, type Entry } from '../../../data/entries.ts';
import { today } from '../../../data/today.ts';

export async function getStaticPaths() {
  return (await entriesOf('programmes'))
    .filter((programme) => hasUpcomingDates(programme, today))
    .map((programme) => ({ params: { slug: programme.id }, props: { programme } }));
}

export function GET({ props, site }: APIContext<{ programme: Entry<'programmes'> }>): Response {
  return calendarResponse(`Fristen: ${props.programme.data.title}`, [props.programme], site!);
}
