import { describe, expect, it } from 'vitest';
import { contentReport, formatReport, type ReportEntry } from '../../src/build/content-report.ts';
import { entry } from '../helpers/entries.ts';

function programme(file: string, data: Record<string, unknown>): ReportEntry {
  return { ...entry('programmes', file, { status: 'laufend', deadlines: [], level: 'land', states: ['SN'], lastChecked: '2026-11-25', ...data }), file };
}

const entries: ReportEntry[] = [
  programme('sn-a.mdx', {}),
  programme('sn-b.mdx', { status: 'geschlossen' }),
  programme('bund.mdx', { level: 'bund', states: 'all', status: 'offen', deadlines: [{ date: '2026-12-31', label: 'Frist' }] }),
  programme('eu-alt.mdx', { level: 'eu', states: 'all', status: 'offen', deadlines: [{ date: '2025-06-30', label: 'Frist' }], lastChecked: '2025-01-10' }),
  { ...entry('checklists', 'liste', { updated: '2024-05-01' }), file: 'liste.mdx' },
  { ...entry('offers', 'angebot', { lastChecked: '2026-01-01' }), file: 'angebot.mdx' },
];

describe('contentReport', () => {
  const report = contentReport(entries, '2026-11-25');

  it('counts entries per collection and programmes per level', () => {
    expect(report.perCollection).toMatchObject({ programmes: 4, checklists: 1, offers: 1, guides: 0, examples: 0 });
    expect(report.perLevel).toEqual({ eu: 1, bund: 1, land: 2, stiftung: 0 });
  });

  it('counts own Land programmes apart from those open everywhere', () => {
    expect(report.perState.SN).toEqual({ own: 2, ownOpen: 1, ownBeyondBroadband: 2, available: 4, offers: 0 });
    expect(report.perState.BY).toEqual({ own: 0, ownOpen: 0, ownBeyondBroadband: 0, available: 2, offers: 0 });
  });

  it('judges status on each check date and on today', () => {
    // eu-alt was open when checked (deadline ahead then) and is closed today.
    expect(report.perStatus.offen).toEqual({ atCheck: 2, today: 1 });
    expect(report.perStatus.geschlossen).toEqual({ atCheck: 1, today: 2 });
    expect(report.openAtCheck).toBe(3);
  });

  it('lists entries checked more than twelve months ago, oldest first', () => {
    expect(report.stale).toEqual([
      { file: 'liste.mdx', checked: '2024-05-01', reason: 'check' },
      { file: 'eu-alt.mdx', checked: '2025-01-10', reason: 'check' },
    ]);
  });

  it('prints Markdown tables with German labels', () => {
    const text = formatReport(report);
    expect(text).toContain('| Sachsen | 2 | 1 | 2 | 4 | 0 |');
    expect(text).toContain('| Förderprogramme | 4 |');
    expect(text).toContain('- liste.mdx (zuletzt geprüft 2024-05-01)');
    expect(text).toContain('| Förderprogramme ≥ 160 | 4 | nein |');
  });
});

describe('contentReport on the goals that matter to a municipality', () => {
  const today = '2026-12-01';
  const report = contentReport(
    [
      programme('sn-breitband.mdx', { fields: ['infrastruktur'], lastChecked: today }),
      programme('sn-stichtag.mdx', { status: 'offen', recurringDeadlines: [{ day: '03-31', label: 'Stichtag', until: '2027-12-31' }], lastChecked: today }),
      programme('sn-angekuendigt.mdx', { status: 'angekuendigt', deadlines: [{ date: '2027-02-01', label: 'Aufruf', kind: 'aufruf-erwartet' }], lastChecked: today }),
      programme('sn-ohne-datum.mdx', { status: 'angekuendigt', lastChecked: today }),
      programme('sn-alte-fassung.mdx', { lastChecked: today, sourceVersion: 'Richtlinie vom 03.05.2024' }),
      { ...entry('offers', 'sn-angebot', { states: ['SN'], lastChecked: today }), file: 'sn-angebot.mdx' },
    ],
    today,
  );

  it('counts programmes a municipality can plan with: open, rolling, or announced with a date', () => {
    // breitband, stichtag, alte-fassung (rolling or open) and the announced call with a date; not the one without.
    expect(report.current).toBe(4);
  });

  it('counts each yearly cut-off once per year within eighteen months, and announced calls', () => {
    // 31.03.2027 (31.03.2028 is past the guideline's end) and the expected call on 01.02.2027.
    expect(report.upcomingEvents).toBe(2);
  });

  it('counts a Land’s own open programmes, those beyond broadband and its offers', () => {
    expect(report.perState.SN).toMatchObject({ own: 5, ownOpen: 3, ownBeyondBroadband: 4, offers: 1 });
  });

  it('flags an entry whose source version is older than the review period, even when checked today', () => {
    expect(report.stale).toEqual([{ file: 'sn-alte-fassung.mdx', checked: today, reason: 'source' }]);
  });
});
