/**
 * Checks that a programme's dates agree with each other and with its text. A
 * status the dates contradict, or a check dated in the future, misleads everyone
 * who trusts the tag, so both fail the build like a missing field. A date that
 * lives only in prose never reaches the status, the Fristenkalender or a calendar
 * file; but prose also names payment days and project ends, which are not
 * deadlines, so those are notices for an editor to look at, not errors.
 */
import { germanMonths } from '../core/dates.ts';
import { occurrences, programmeStatus } from '../core/deadlines.ts';
import type { Programme } from '../schemas/programme.ts';

export interface DateProblem {
  field: string;
  message: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const NUMERIC = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g;
const WRITTEN = new RegExp(`\\b(\\d{1,2})\\.\\s?(${germanMonths.join('|')})\\s(\\d{4})\\b`, 'gi');

/** Every full date (day, month and year) written in a German text, as YYYY-MM-DD. */
export function datesInText(text: string): string[] {
  const found = [
    ...[...text.matchAll(NUMERIC)].map(([, d, m, y]) => `${y}-${pad(Number(m))}-${pad(Number(d))}`),
    ...[...text.matchAll(WRITTEN)].map(([, d, month, y]) => `${y}-${pad(germanMonths.indexOf(month!.toLowerCase() as (typeof germanMonths)[number]) + 1)}-${pad(Number(d))}`),
  ];
  return [...new Set(found)].sort();
}

export function checkProgrammeDates(programme: Programme, today: string): DateProblem[] {
  const problems: DateProblem[] = [];
  if (programme.lastChecked > today) {
    problems.push({ field: 'lastChecked', message: `liegt in der Zukunft (${programme.lastChecked}); eingetragen wird der Tag, an dem der Eintrag mit der Quelle verglichen wurde` });
  }
  if (programme.status !== 'geschlossen' && programmeStatus(programme, programme.lastChecked).status === 'geschlossen') {
    problems.push({
      field: 'status',
      message: `„${programme.status}“, aber am Prüfdatum ${programme.lastChecked} lagen alle Fristen schon zurück: Status „geschlossen“ eintragen oder die neue Frist ergänzen`,
    });
  }
  return problems;
}

/**
 * Dates after the check that the text of a programme still open names but its
 * dates do not hold. Older dates are history („Richtlinie vom 12.03.2025“), and a
 * closed programme's dates drive nothing.
 */
export function datesOnlyInText(programme: Programme, body: string): DateProblem[] {
  if (programme.status === 'geschlossen') return [];
  const listed = (date: string) =>
    programme.deadlines.some((deadline) => deadline.date === date) ||
    programme.recurringDeadlines.some((recurring) => recurring.until === date || occurrences(recurring, date, date).length > 0);
  const texts: Array<[string, string]> = [['Text', body], ['deadlineNote', programme.deadlineNote ?? '']];
  return texts.flatMap(([field, text]) =>
    datesInText(text)
      .filter((date) => date > programme.lastChecked && !listed(date))
      .map((date) => ({
        field,
        message: `nennt den ${date.split('-').reverse().join('.')}, der in keiner Frist steht. Ist es eine Frist, ein Stichtag, das Ende der Richtlinie oder ein erwarteter Aufruf, gehört er in deadlines (mit kind) oder recurringDeadlines`,
      })),
  );
}
