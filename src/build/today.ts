/**
 * The day the site is built for. BUILD_DATE (YYYY-MM-DD) pins it, so tests and
 * reproducible builds do not depend on the clock.
 */
import { dayInBerlin } from '../core/dates.ts';

export const today: string = process.env.BUILD_DATE ?? dayInBerlin(new Date());

/**
 * The real calendar day, whatever BUILD_DATE pins: a check date after it is a
 * typing mistake even in a build pinned to the past.
 */
export const clockDay: string = dayInBerlin(new Date());
