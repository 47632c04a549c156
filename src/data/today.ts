/** The day the site is built for, for pages (see build/today.ts). */
export { today } from '../build/today.ts';
