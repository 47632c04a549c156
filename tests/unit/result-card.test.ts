import { describe, expect, it } from 'vitest';
import type { WizardEntry } from '../../src/core/matching.ts';
import { resultCardText } from '../../src/core/result-card.ts';
import type { MatchResult } from '../../src/core/matching.ts';

const entry = (overrides: Partial<WizardEntry> = {}): WizardEntry => ({
  collection: 'programmes',
  id: 'gigabit',
  title: 'Gigabitförderung',
  summary: 'Zuschuss für den Glasfaserausbau.',
  url: '/foerderprogramme/gigabit/',
  facts: ['Bund: BMDS', 'Zuschuss'],
  help: ['geld'],
  lastChecked: '2026-11-25',
  ...overrides,
});
const result = (overrides: Partial<MatchResult<WizardEntry>> = {}): MatchResult<WizardEntry> => ({
  entry: entry(),
  score: 4,
  reasons: ['in Sachsen', 'für Gemeinden'],
  caveats: [],
  closed: false,
  ...overrides,
});

describe('resultCardText', () => {
  it('says what the entry is, why it fits, its facts and when it was checked', () => {
    const card = resultCardText(result());
    expect(card.kicker).toBe('Förderprogramm');
    expect(card.notes).toEqual([{ kind: 'reasons', label: 'Passt:', text: 'in Sachsen · für Gemeinden' }]);
    expect(card.meta).toEqual(['Bund: BMDS · Zuschuss', 'Zuletzt geprüft: 25. November 2026']);
    expect(card.status).toBeUndefined();
  });

  it('names the status and the next deadline with the days left when it is near', () => {
    const card = resultCardText(
      result({ deadline: { status: 'frist-bald', next: { date: '2026-12-15', label: 'Antragsschluss', daysLeft: 20 } } }),
    );
    expect(card.status?.id).toBe('frist-bald');
    expect(card.status?.label).toBe('Frist läuft bald ab');
    expect(card.status?.next).toMatch(/^Nächste Frist: .*15\. Dezember 2026/);
    expect(card.status?.next).toContain('20');
  });

  it('lists caveats after reasons and leaves out empty lines', () => {
    const card = resultCardText(result({ reasons: [], caveats: ['derzeit geschlossen'], entry: entry({ facts: [], lastChecked: undefined }) }));
    expect(card.notes).toEqual([{ kind: 'caveats', label: 'Einschränkungen:', text: 'derzeit geschlossen' }]);
    expect(card.meta).toEqual([]);
  });
});
