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

/** The letter an A–Z list files a title under: „Ä“ under A, digits and signs under „0–9“. */
export function initialOf(title: string): string {
  const first = title.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0–9';
}
