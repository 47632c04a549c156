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

describe('an umbrella fund’s card', () => {
  it('links the programmes that spend it, or says it is not applied for directly', async () => {
    const { resultCardText } = await import('../../src/core/result-card.ts');
    const base = { collection: 'programmes' as const, id: 'efre', title: 'EFRE', summary: '', url: '/foerderprogramme/efre/', facts: [], help: ['geld' as const], umbrella: true };
    const spender = { ...base, id: 'th-efre', title: 'Thüringer EFRE-Programm', url: '/foerderprogramme/th-efre/', umbrella: false };
    const withSpender = resultCardText({ entry: base, score: 0, reasons: [], caveats: [], closed: false, spentThrough: [spender] });
    expect(withSpender.notes).toContainEqual({ kind: 'reasons', label: 'Beantragen über:', text: 'Thüringer EFRE-Programm', links: [{ title: 'Thüringer EFRE-Programm', url: '/foerderprogramme/th-efre/' }] });
    const alone = resultCardText({ entry: base, score: 0, reasons: [], caveats: [], closed: false });
    expect(alone.notes.map((note) => note.label)).toEqual(['Dachprogramm:']);
  });
});

describe('a line of the short answer', () => {
  it('names giver, money, own share, deadline and where to apply, in that order', async () => {
    const { bestLine } = await import('../../src/core/result-card.ts');
    const entry = {
      collection: 'programmes' as const, id: 'p', title: 'Programm', summary: '', url: '/foerderprogramme/p/', help: ['geld' as const],
      facts: ['Land: Ministerium', 'Zuschuss', 'bis 90\u00a0%', 'bis 20.000\u00a0€'], ownShare: 'mindestens 10 %', applyAt: 'Förderbank',
    };
    const line = bestLine({ entry, score: 0, reasons: [], caveats: [], closed: false, deadline: { status: 'laufend' } });
    expect(line).toEqual({
      title: 'Programm',
      url: '/foerderprogramme/p/',
      facts: 'Land: Ministerium · Zuschuss · bis 90\u00a0% · bis 20.000\u00a0€ · Eigenanteil: mindestens 10 % · laufend, ohne feste Frist · Antrag: Förderbank',
    });
  });
});
