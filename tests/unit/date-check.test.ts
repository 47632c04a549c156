import { describe, expect, it } from 'vitest';
import { checkProgrammeDates, datesInText, datesOnlyInText } from '../../src/build/date-check.ts';
import { entry } from '../helpers/entries.ts';

const programme = (overrides: Record<string, unknown>) => entry('programmes', 'p', { lastChecked: '2026-12-01', ...overrides }).data;

describe('datesInText', () => {
  it('reads numeric and written German dates', () => {
    expect(datesInText('Anträge bis 31.03.2027 oder bis 1. Juli 2027; Richtlinie vom 5.5.2024.')).toEqual(['2024-05-05', '2027-03-31', '2027-07-01']);
  });
});

describe('checkProgrammeDates', () => {
  it('rejects a check date in the future', () => {
    expect(checkProgrammeDates(programme({ lastChecked: '2026-12-02' }), '2026-12-01')).toEqual([expect.objectContaining({ field: 'lastChecked' })]);
    expect(checkProgrammeDates(programme({}), '2026-12-01')).toEqual([]);
  });

  it('rejects „offen“ when every deadline had passed on the check date', () => {
    const stale = programme({ status: 'offen', deadlines: [{ date: '2026-11-30', label: 'Frist' }] });
    expect(checkProgrammeDates(stale, '2026-12-01')).toEqual([expect.objectContaining({ field: 'status' })]);
    const current = programme({ status: 'offen', deadlines: [{ date: '2026-11-30', label: 'Frist' }, { date: '2027-11-30', label: 'Frist' }] });
    expect(checkProgrammeDates(current, '2026-12-01')).toEqual([]);
  });
});

describe('datesOnlyInText', () => {
  it('names a future date of an open programme that its dates do not hold', () => {
    const notices = datesOnlyInText(programme({ deadlineNote: 'Anträge jederzeit bis 31.12.2027.' }), 'Die Richtlinie vom 12.03.2025 gilt.');
    expect(notices).toEqual([expect.objectContaining({ field: 'deadlineNote', message: expect.stringContaining('31.12.2027') })]);
  });

  it('accepts dates that are listed, yearly dates and their end, and says nothing for closed programmes', () => {
    const listed = programme({
      deadlines: [{ date: '2027-12-31', label: 'Richtlinie gilt bis 31.12.2027', kind: 'richtlinienende' }],
      recurringDeadlines: [{ day: '03-31', label: 'Stichtag', until: '2028-06-30' }],
    });
    expect(datesOnlyInText(listed, 'Stichtage: 31.03.2027 und 31. März 2028; Ende 31.12.2027; bis 30.06.2028.')).toEqual([]);
    expect(datesOnlyInText(programme({ status: 'geschlossen' }), 'Projekte laufen bis 31.12.2028.')).toEqual([]);
  });
});
