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
    expect(report.perState.SN).toEqual({ own: 2, available: 4 });
    expect(report.perState.BY).toEqual({ own: 0, available: 2 });
  });

  it('judges status on each check date and on today', () => {
    // eu-alt was open when checked (deadline ahead then) and is closed today.
    expect(report.perStatus.offen).toEqual({ atCheck: 2, today: 1 });
    expect(report.perStatus.geschlossen).toEqual({ atCheck: 1, today: 2 });
    expect(report.openAtCheck).toBe(3);
  });

  it('lists entries checked more than twelve months ago, oldest first', () => {
    expect(report.stale).toEqual([
      { file: 'liste.mdx', checked: '2024-05-01' },
      { file: 'eu-alt.mdx', checked: '2025-01-10' },
    ]);
  });

  it('prints Markdown tables with German labels', () => {
    const text = formatReport(report);
    expect(text).toContain('| Sachsen | 2 | 4 |');
    expect(text).toContain('| Förderprogramme | 4 |');
    expect(text).toContain('- liste.mdx (2024-05-01)');
  });
});
