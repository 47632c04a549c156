/** All upcoming deadlines as one iCalendar file. */
import type { APIContext } from 'astro';
import { calendarFile } from '../projections/deadline-events.ts';
import { entriesOf } from '../data/entries.ts';
import { today } from '../data/today.ts';

export async function GET({ site }: APIContext): Promise<Response> {
  const body = calendarFile('Förderfinder: Fristen', await entriesOf('programmes'), today, site!);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
