/**
 * iCalendar (RFC 5545) output for deadlines: all-day events, stable UIDs (so a
 * re-import updates instead of duplicating), text escaping, lines folded at 75
 * octets and CRLF line ends, which calendar programs insist on.
 */
import { addDays } from './dates.ts';

export interface CalendarEvent {
  /** Stable across builds, e.g. „kommunalrichtlinie-2027-12-31@foerderfinder“. */
  uid: string;
  /** All-day event on this day (YYYY-MM-DD). */
  date: string;
  /** Repeats every year from `date`: until this day (YYYY-MM-DD), or without end when null. */
  yearlyUntil?: string | null;
  summary: string;
  description?: string;
  url?: string;
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per physical line, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');

/** A DTSTAMP (UTC, YYYYMMDDTHHMMSSZ) for an instant. */
export function stampOf(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}


/** A whole VCALENDAR. `stamp` is the DTSTAMP (UTC, YYYYMMDDTHHMMSSZ), passed in so output is reproducible. */
export function calendar(name: string, events: readonly CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Förderfinder Digitale Kommune//Fristen//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/Berlin',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      ...(event.yearlyUntil === undefined ? [] : [`RRULE:FREQ=YEARLY${event.yearlyUntil ? `;UNTIL=${compact(event.yearlyUntil)}` : ''}`]),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Reads a calendar back (unfolds, splits events, unescapes): for tests and tools. */
export function parseCalendar(text: string): Array<Record<string, string>> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | undefined;
  for (const line of unfolded.split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).split(';')[0]!;
      current[key] = line.slice(colon + 1).replace(/\\n/g, '\n').replace(/\\([;,\\])/g, '$1');
    }
  }
  return events;
}
