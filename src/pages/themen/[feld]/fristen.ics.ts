/** Upcoming deadlines of the programmes of one field of action, as an iCalendar file. */
import { calendarEndpoint, scopePaths } from '../../../data/feeds.ts';

export const getStaticPaths = () => scopePaths('feld');
export const GET = calendarEndpoint;
