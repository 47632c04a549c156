import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, parseCalendar } from '../../src/core/ical.ts';

describe('iCalendar', () => {
  const text = calendar(
    'Fristen',
    [
      {
        uid: 'kommunalrichtlinie-2027-12-31@foerderfinder',
        date: '2027-12-31',
        summary: 'Frist: Kommunalrichtlinie; Anträge, letzter Tag',
        description: 'Zeile eins\nZeile zwei mit Backslash \\ und Umlauten äöü '.repeat(3),
        url: 'https://example.org/foerderprogramme/kommunalrichtlinie/',
      },
    ],
    '20261125T120000Z',
  );

  it('uses CRLF line ends and folds every line to 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses back to the same values', () => {
    const [event] = parseCalendar(text);
    expect(event!.SUMMARY).toBe('Frist: Kommunalrichtlinie; Anträge, letzter Tag');
    expect(event!.DESCRIPTION).toBe('Zeile eins\nZeile zwei mit Backslash \\ und Umlauten äöü '.repeat(3));
    expect(event!.UID).toBe('kommunalrichtlinie-2027-12-31@foerderfinder');
    expect(event!.DTSTART).toBe('20271231');
    expect(event!.DTEND).toBe('20280101');
  });

  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    // A lone carriage return would end the content line early in strict readers.
    expect(escapeText('eins\rzwei\r\ndrei')).toBe('eins\\nzwei\\ndrei');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`SUMMARY:${'ü'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ü'.repeat(60)}`);
    expect(() => folded.split('\r\n').forEach((line) => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line)))).not.toThrow();
  });

  it('has the calendar frame a calendar program expects', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20271231');
  });
});
