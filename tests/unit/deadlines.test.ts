import { describe, expect, it } from 'vitest';
import { deadlineWithDaysLeft, formatDaysLeft, isOpen, programmeStatus, upcomingCountText } from '../../src/core/deadlines.ts';
import type { ProgrammeStatus } from '../../src/core/vocabulary.ts';

const today = '2026-11-25';
const programme = (status: ProgrammeStatus, ...dates: string[]) => ({
  status,
  deadlines: dates.map((date) => ({ date, label: 'Antragsschluss' })),
});

describe('upcomingCountText', () => {
  it('says one deadline in the singular', () => {
    expect(upcomingCountText(1)).toBe('1 kommende Frist.');
    expect(upcomingCountText(0)).toBe('0 kommende Fristen.');
    expect(upcomingCountText(22)).toBe('22 kommende Fristen.');
  });
});

describe('programmeStatus', () => {
  it('keeps a programme open with a deadline far ahead and reports days left', () => {
    expect(programmeStatus(programme('offen', '2027-03-31'), today)).toEqual({
      status: 'offen',
      next: { date: '2027-03-31', label: 'Antragsschluss', daysLeft: 126 },
    });
  });

  it('flags a deadline within 30 days, including the deadline day itself', () => {
    expect(programmeStatus(programme('offen', '2026-12-25'), today).status).toBe('frist-bald');
    expect(programmeStatus(programme('offen', '2026-12-26'), today).status).toBe('offen');
    expect(programmeStatus(programme('offen', today), today)).toMatchObject({ status: 'frist-bald', next: { daysLeft: 0 } });
  });

  it('closes a programme whose every deadline has passed, even if recorded as open', () => {
    expect(programmeStatus(programme('offen', '2026-11-24'), today)).toEqual({ status: 'geschlossen' });
    expect(programmeStatus(programme('laufend', '2025-09-15'), today)).toEqual({ status: 'geschlossen' });
  });

  it('picks the nearest upcoming deadline, ignoring past and unordered ones', () => {
    const result = programmeStatus(programme('offen', '2027-06-30', '2026-10-01', '2027-02-01'), today);
    expect(result.next?.date).toBe('2027-02-01');
  });

  it('keeps rolling programmes without deadlines rolling', () => {
    expect(programmeStatus(programme('laufend'), today)).toEqual({ status: 'laufend' });
    expect(programmeStatus(programme('laufend', '2027-12-31'), today)).toMatchObject({ status: 'laufend' });
  });

  it('trusts a recorded close and keeps announced calls announced', () => {
    expect(programmeStatus(programme('geschlossen', '2027-01-01'), today)).toEqual({ status: 'geschlossen' });
    expect(programmeStatus(programme('angekuendigt'), today)).toEqual({ status: 'angekuendigt' });
    expect(programmeStatus(programme('angekuendigt', '2027-05-01'), today)).toMatchObject({
      status: 'angekuendigt',
      next: { date: '2027-05-01' },
    });
  });
});

describe('isOpen and formatDaysLeft', () => {
  it('counts open, closing-soon and rolling as open', () => {
    expect(['offen', 'frist-bald', 'laufend'].every((s) => isOpen(s as never))).toBe(true);
    expect(isOpen('geschlossen')).toBe(false);
    expect(isOpen('angekuendigt')).toBe(false);
  });
  it('words the days left', () => {
    expect(formatDaysLeft(0)).toBe('heute letzter Tag');
    expect(formatDaysLeft(1)).toBe('noch 1 Tag');
    expect(formatDaysLeft(12)).toBe('noch 12 Tage');
  });
});

describe('deadlineWithDaysLeft', () => {
  const day = (d: string) => `[${d}]`;
  it('adds the days left only within 60 days', () => {
    expect(deadlineWithDaysLeft({ date: '2027-01-24', label: 'x', daysLeft: 60 }, day)).toBe('[2027-01-24] (noch 60 Tage)');
    expect(deadlineWithDaysLeft({ date: '2027-01-25', label: 'x', daysLeft: 61 }, day)).toBe('[2027-01-25]');
    expect(deadlineWithDaysLeft({ date: '2026-11-25', label: 'x', daysLeft: 0 }, day)).toBe('[2026-11-25] (heute letzter Tag)');
  });
});
