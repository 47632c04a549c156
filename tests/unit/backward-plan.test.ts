import { describe, expect, it } from 'vitest';
import { backwardPlan, defaultLeadTimes, milestones, parseWeeks } from '../../src/core/backward-plan.ts';

describe('backward plan', () => {
  it('counts each step back from the deadline by its weeks and ends with the deadline', () => {
    const plan = backwardPlan('2027-03-31', 'Antragsfrist', { haushalt: 12, ratsbeschluss: 6, antrag: 2 }, '2026-12-01');
    expect(plan.map((step) => [step.id, step.date, step.past])).toEqual([
      ['haushalt', '2027-01-06', false],
      ['ratsbeschluss', '2027-02-17', false],
      ['antrag', '2027-03-17', false],
      ['frist', '2027-03-31', false],
    ]);
    expect(plan.at(-1)!.label).toBe('Antragsfrist');
  });

  it('orders steps by date when the user gives a longer lead to a later step, and marks passed days', () => {
    const plan = backwardPlan('2027-01-15', 'Stichtag', { haushalt: 1, ratsbeschluss: 8, antrag: 0 }, '2026-12-01');
    expect(plan.map((step) => step.id)).toEqual(['ratsbeschluss', 'haushalt', 'antrag', 'frist']);
    expect(plan[0]).toMatchObject({ date: '2026-11-20', past: true });
    expect(plan[2]).toMatchObject({ date: '2027-01-15', past: false });
  });

  it('has a default for every milestone', () => {
    expect(Object.keys(defaultLeadTimes).sort()).toEqual(milestones.map((m) => m.id).sort());
  });
});

describe('weeks typed into a field', () => {
  it('takes whole numbers from 0 to 104 and nothing else', () => {
    expect(parseWeeks(' 6 ')).toBe(6);
    expect(parseWeeks('0')).toBe(0);
    expect(parseWeeks('104')).toBe(104);
    for (const bad of ['105', '-1', '2,5', '1.5', 'sechs', '', '6 Wochen']) expect(parseWeeks(bad), bad).toBeUndefined();
  });
});
