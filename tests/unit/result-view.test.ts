import { describe, expect, it } from 'vitest';
import type { WizardEntry } from '../../src/core/matching.ts';
import { resultView, SHORT_LIST, type Result } from '../../src/core/result-view.ts';
import type { CollectionName } from '../../src/core/vocabulary.ts';

const result = (collection: CollectionName, title: string, closed = false, summary = 'Zuschuss für Kommunen.'): Result => ({
  entry: { collection, id: title, title, summary, url: `/${title}/`, facts: [], help: [] } as WizardEntry,
  score: 0,
  reasons: [],
  caveats: [],
  closed,
});
const titles = (items: Result[]) => items.map((item) => item.entry.title);
const options = { showClosed: false, filter: '', expanded: [], purposes: [] };

describe('resultView', () => {
  it('groups results by kind in a fixed order, checklists together with guides', () => {
    const view = resultView([result('guides', 'Leitfaden'), result('programmes', 'Programm'), result('checklists', 'Checkliste'), result('examples', 'Beispiel')], options);
    expect(view.groups.map((group) => [group.id, titles(group.items)])).toEqual([
      ['programmes', ['Programm']],
      ['umbrellas', []],
      ['offers', []],
      ['guides', ['Leitfaden', 'Checkliste']],
      ['examples', ['Beispiel']],
    ]);
  });

  it('hides closed programmes unless asked, and counts what it hides', () => {
    const results = [result('programmes', 'offen'), result('programmes', 'zu', true)];
    const hidden = resultView(results, options);
    expect(titles(hidden.groups[0]!.items)).toEqual(['offen']);
    expect(hidden.hiddenClosed).toBe(1);
    expect(hidden.visible).toBe(1);
    const shown = resultView(results, { ...options, showClosed: true });
    expect(titles(shown.groups[0]!.items)).toEqual(['offen', 'zu']);
    expect(shown.hiddenClosed).toBe(0);
  });

  it('cuts each group to a short list and gives the full count, unless the group is opened', () => {
    const many = Array.from({ length: SHORT_LIST + 5 }, (_, i) => result('programmes', `P${i}`));
    const short = resultView(many, options).groups[0]!;
    expect(short.items).toHaveLength(SHORT_LIST);
    expect(short.total).toBe(SHORT_LIST + 5);
    expect(titles(short.items)).toEqual(titles(many.slice(0, SHORT_LIST)));
    expect(resultView(many, { ...options, expanded: ['programmes'] }).groups[0]!.items).toHaveLength(SHORT_LIST + 5);
  });

  it('narrows by free text, forgiving a typo, and keeps the ranking order', () => {
    const results = [result('programmes', 'Gigabitförderung'), result('programmes', 'Schulbudget'), result('programmes', 'Gigabit-Pilot')];
    const view = resultView(results, { ...options, filter: 'Gigabti' });
    expect(titles(view.groups[0]!.items)).toEqual(['Gigabitförderung', 'Gigabit-Pilot']);
    expect(view.visible).toBe(2);
  });

  it('treats a filter of only spaces as no filter', () => {
    expect(resultView([result('programmes', 'A'), result('programmes', 'B')], { ...options, filter: '   ' }).visible).toBe(2);
  });
});

describe('the short answer, the next steps and an honest gap', () => {
  const programme = (title: string, status: 'laufend' | 'angekuendigt' | 'geschlossen', fields: WizardEntry['fields'], extra: Partial<WizardEntry> = {}): Result => ({
    entry: { collection: 'programmes', id: title, title, summary: '', url: `/${title}/`, facts: [], help: ['geld'], fields, ...extra } as WizardEntry,
    score: 0,
    reasons: [],
    caveats: [],
    closed: status === 'geschlossen',
    deadline: status === 'angekuendigt' ? { status, next: { date: '2027-03-01', label: 'Aufruf', daysLeft: 90 } } : { status },
  });

  it('names at most three open direct programmes, in rank order, never an umbrella fund or a closed one', () => {
    const results = [
      programme('EFRE', 'laufend', ['verwaltung'], { umbrella: true }),
      programme('A', 'laufend', ['verwaltung']),
      programme('Zu', 'geschlossen', ['verwaltung']),
      programme('Bald', 'angekuendigt', ['verwaltung']),
      programme('B', 'laufend', ['energie']),
      programme('C', 'laufend', ['bildung']),
      programme('D', 'laufend', ['bildung']),
    ];
    expect(titles(resultView(results, options).best)).toEqual(['A', 'B', 'C']);
  });

  it('puts umbrella funds in a group of their own', () => {
    const view = resultView([programme('EFRE', 'laufend', [], { umbrella: true }), programme('A', 'laufend', [])], options);
    expect(view.groups.find((group) => group.id === 'umbrellas')!.items.map((item) => item.entry.title)).toEqual(['EFRE']);
    expect(view.groups.find((group) => group.id === 'programmes')!.items.map((item) => item.entry.title)).toEqual(['A']);
  });

  it('offers the best advice offer, checklist and guide as next steps', () => {
    const view = resultView([result('guides', 'Leitfaden'), result('offers', 'Beratung'), result('checklists', 'Checkliste'), result('offers', 'Zweite')], options);
    expect(titles(view.steps)).toEqual(['Beratung', 'Checkliste', 'Leitfaden']);
  });

  it('says which chosen purpose no open programme serves, with the announced ones for it', () => {
    const results = [programme('Schule', 'laufend', ['bildung']), programme('Strategie bald', 'angekuendigt', ['verwaltung']), programme('Strategie alt', 'geschlossen', ['verwaltung'])];
    const strategy = { label: 'eine Digitalstrategie erarbeiten', fields: ['verwaltung'] as const };
    const school = { label: 'Schule und Bildung', fields: ['bildung'] as const };
    const view = resultView(results, { ...options, purposes: [strategy, school] });
    expect(view.gap?.purposes).toEqual(['eine Digitalstrategie erarbeiten']);
    expect(titles(view.gap!.announced)).toEqual(['Strategie bald']);
    expect(resultView(results, { ...options, purposes: [school] }).gap).toBeUndefined();
  });
});
