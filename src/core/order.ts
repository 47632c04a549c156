/** The one order of titles site-wide: German, case- and accent-blind, numbers by value („Programm 2“ before „Programm 10“). */
import { lazy } from './lazy.ts';

const collator = lazy(() => new Intl.Collator('de', { sensitivity: 'base', numeric: true }));

export function compareTitles(a: { title: string }, b: { title: string }): number {
  return collator().compare(a.title, b.title);
}

/** Same order for plain strings, e.g. sorting by title inside a projection. */
export function compareText(a: string, b: string): number {
  return collator().compare(a, b);
}
