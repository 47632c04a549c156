import { describe, expect, it } from 'vitest';
import { datedEvents, nextDeadlineText, occurrences, programmeStatus, statusLabel } from '../../src/core/deadlines.ts';
import { statusWords } from '../../src/core/status-view.ts';

const march = { day: '03-31', label: 'Stichtag für Anträge', kind: 'stichtag' as const };
const format = (day: string) => day.split('-').reverse().join('.');

describe('occurrences of a yearly date', () => {
  it('lists each year’s date within the range, both ends included', () => {
    expect(occurrences(march, '2026-12-01', '2028-06-01').map((d) => d.date)).toEqual(['2027-03-31', '2028-03-31']);
    expect(occurrences(march, '2027-03-31', '2027-03-31')).toHaveLength(1);
  });

  it('stops at the guideline’s end', () => {
    expect(occurrences({ ...march, until: '2027-12-31' }, '2026-12-01', '2030-01-01').map((d) => d.date)).toEqual(['2027-03-31']);
  });

  it('falls back to 28 February outside leap years', () => {
    expect(occurrences({ ...march, day: '02-29' }, '2027-01-01', '2028-12-31').map((d) => d.date)).toEqual(['2027-02-28', '2028-02-29']);
  });

  it('merges with fixed dates in date order', () => {
    const events = datedEvents({ status: 'offen', deadlines: [{ date: '2027-01-15', label: 'Skizze' }], recurringDeadlines: [march] }, '2026-12-01', '2027-12-31');
    expect(events.map((e) => e.date)).toEqual(['2027-01-15', '2027-03-31']);
  });
});

describe('status with kinds of dates and yearly cut-offs', () => {
  it('takes the next occurrence of a yearly cut-off as the next deadline', () => {
    const status = programmeStatus({ status: 'offen', deadlines: [], recurringDeadlines: [march] }, '2027-04-01');
    expect(status).toMatchObject({ status: 'offen', next: { date: '2028-03-31', kind: 'stichtag' } });
    expect(programmeStatus({ status: 'offen', deadlines: [], recurringDeadlines: [march] }, '2027-03-10').status).toBe('frist-bald');
  });

  it('closes a programme whose yearly cut-offs ended with its guideline', () => {
    expect(programmeStatus({ status: 'laufend', deadlines: [], recurringDeadlines: [{ ...march, until: '2026-12-31' }] }, '2027-04-01')).toEqual({ status: 'geschlossen' });
  });

  it('does not close an announced programme because its expected call date has passed', () => {
    const source = { status: 'angekuendigt' as const, deadlines: [{ date: '2026-10-01', label: 'Aufruf erwartet', kind: 'aufruf-erwartet' as const }] };
    expect(programmeStatus(source, '2026-12-01').status).toBe('angekuendigt');
  });

  it('never calls a rolling programme with an end date „ohne feste Frist“, and names the kind of date', () => {
    const ending = programmeStatus({ status: 'laufend', deadlines: [{ date: '2027-12-31', label: 'Richtlinie gilt bis 31.12.2027', kind: 'richtlinienende' }] }, '2026-12-01');
    expect(statusLabel(ending)).toBe('laufend');
    expect(nextDeadlineText(ending, 'card', format)).toBe('Richtlinie endet: 31.12.2027');
    expect(statusLabel(programmeStatus({ status: 'laufend', deadlines: [] }, '2026-12-01'))).toBe('laufend, ohne feste Frist');
  });

  it('shows a guideline ending within 30 days like a deadline', () => {
    const words = statusWords(
      programmeStatus({ status: 'laufend', deadlines: [{ date: '2026-12-31', label: 'Richtlinie gilt bis 31.12.2026', kind: 'richtlinienende' }] }, '2026-12-01'),
      format,
    );
    expect(words).toMatchObject({ id: 'frist-bald', label: 'Frist läuft bald ab', next: { card: 'Richtlinie endet: 31.12.2026 (noch 30 Tage)' } });
  });
});
