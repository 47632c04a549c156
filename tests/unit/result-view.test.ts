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
const options = { showClosed: false, filter: '', expanded: [] };

describe('resultView', () => {
  it('groups results by kind in a fixed order, checklists together with guides', () => {
    const view = resultView([result('guides', 'Leitfaden'), result('programmes', 'Programm'), result('checklists', 'Checkliste'), result('examples', 'Beispiel')], options);
    expect(view.groups.map((group) => [group.id, titles(group.items)])).toEqual([
      ['programmes', ['Programm']],
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
