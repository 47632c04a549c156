/** All upcoming deadlines as one iCalendar file. */
import { calendarEndpoint } from '../data/feeds.ts';

export const GET = calendarEndpoint;
