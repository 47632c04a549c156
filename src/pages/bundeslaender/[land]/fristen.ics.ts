/** Upcoming deadlines of the programmes open to municipalities of one Land, as an iCalendar file. */
import { calendarEndpoint, scopePaths } from '../../../data/feeds.ts';

export const getStaticPaths = () => scopePaths('land');
export const GET = calendarEndpoint;
