/**
 * The day the site is built for. BUILD_DATE (YYYY-MM-DD) pins it, so tests and
 * reproducible builds do not depend on the clock.
 */
import { dayInBerlin } from '../core/dates.ts';

export const today: string = process.env.BUILD_DATE ?? dayInBerlin(new Date());
