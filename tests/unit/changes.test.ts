/**
 * The change history in words. Expected sentences are written out as a reader
 * would read them (no-break spaces where German number formats put them), not
 * assembled from the module's own helpers.
 */
import { describe, expect, it } from 'vitest';
import { CHECKED, changeLog, changeText, CREATED, describeChanges, latestNews, REVISED, type VersionFacts } from '../../src/core/changes.ts';
import { versionFacts } from '../../src/projections/version-facts.ts';

const NBSP = '\u00a0';

const base: VersionFacts = {
  status: 'angekuendigt',
  fundingRate: { max: 80 },
  amount: { max: 100_000 },
  deadlines: [{ date: '2027-03-31', label: 'Einreichung der Projektskizze', kind: 'antragsfrist' }],
  recurringDeadlines: [],
  sourceVersion: 'Aufruf 2026',
  lastChecked: '2026-11-20',
};
const v = (overrides: Partial<VersionFacts>): VersionFacts => ({ ...base, ...overrides });

describe('describeChanges', () => {
  it('says nothing when nothing a reader acts on changed', () => {
    expect(describeChanges(base, { ...base, lastChecked: '2026-12-01' })).toEqual([]);
    // Equal content in new objects is no change either.
    expect(describeChanges(base, JSON.parse(JSON.stringify(base)))).toEqual([]);
  });

  it('names the funding rate with German percentages, quoting open ranges', () => {
    expect(describeChanges(v({ fundingRate: { min: 80, max: 80 } }), v({ fundingRate: { min: 90, max: 90 } }))).toEqual([`Förderquote von 80${NBSP}% auf 90${NBSP}% geändert`]);
    expect(describeChanges(base, v({ fundingRate: { max: 90 } }))).toEqual([`Förderquote von „bis 80${NBSP}%“ auf „bis 90${NBSP}%“ geändert`]);
    expect(describeChanges(v({ fundingRate: undefined }), base)).toEqual([`Förderquote „bis 80${NBSP}%“ angegeben`]);
    expect(describeChanges(base, v({ fundingRate: undefined }))).toEqual([`Förderquote (bisher „bis 80${NBSP}%“) nicht mehr angegeben`]);
  });

  it('names minimum and maximum amounts apart, in euros with thousands dots', () => {
    expect(describeChanges(base, v({ amount: { max: 150_000 } }))).toEqual([`Höchstbetrag von 100.000${NBSP}€ auf 150.000${NBSP}€ geändert`]);
    expect(describeChanges(base, v({ amount: { min: 5_000, max: 100_000 } }))).toEqual([`Mindestbetrag 5.000${NBSP}€ angegeben`]);
  });

  it('names the status with the vocabulary labels in German quotation marks', () => {
    expect(describeChanges(base, v({ status: 'offen' }))).toEqual(['Status von „angekündigt“ auf „offen“ geändert']);
    expect(describeChanges(v({ status: 'offen' }), v({ status: 'laufend' }))).toEqual(['Status von „offen“ auf „laufend, ohne feste Frist“ geändert']);
  });

  it('tells added, removed, moved and reworded deadlines apart', () => {
    const added = { date: '2027-09-30', label: 'Zweiter Stichtag', kind: 'stichtag' as const };
    expect(describeChanges(base, v({ deadlines: [...base.deadlines, added] }))).toEqual(['Stichtag 30. September 2027 hinzugekommen: Zweiter Stichtag']);
    expect(describeChanges(base, v({ deadlines: [] }))).toEqual(['Antragsfrist 31. März 2027 entfallen: Einreichung der Projektskizze']);
    expect(describeChanges(base, v({ deadlines: [{ ...base.deadlines[0]!, date: '2027-04-30' }] }))).toEqual([
      'Antragsfrist vom 31. März 2027 auf den 30. April 2027 verschoben: Einreichung der Projektskizze',
    ]);
    expect(describeChanges(base, v({ deadlines: [{ ...base.deadlines[0]!, label: 'Einreichung des Antrags' }] }))).toEqual([
      'Antragsfrist am 31. März 2027 neu beschrieben: „Einreichung des Antrags“',
    ]);
    // Another kind on another date with another label is not a move.
    expect(describeChanges(base, v({ deadlines: [added] }))).toEqual([
      'Antragsfrist 31. März 2027 entfallen: Einreichung der Projektskizze',
      'Stichtag 30. September 2027 hinzugekommen: Zweiter Stichtag',
    ]);
  });

  it('names yearly dates with their day and end', () => {
    const yearly = { day: '01-15', label: 'Stichtag für Anträge', kind: 'stichtag' as const, until: '2028-12-31' };
    expect(describeChanges(base, v({ recurringDeadlines: [yearly] }))).toEqual(['Stichtag jedes Jahr zum 15. Januar bis 31. Dezember 2028 hinzugekommen: Stichtag für Anträge']);
    expect(describeChanges(v({ recurringDeadlines: [yearly] }), base)).toEqual(['Stichtag jedes Jahr zum 15. Januar bis 31. Dezember 2028 entfallen: Stichtag für Anträge']);
  });

  it('quotes the new wording of free texts and the source version', () => {
    expect(describeChanges(base, v({ sourceVersion: 'Richtlinie vom 12.03.2027' }))).toEqual(['Stand der Quelle geändert: „Richtlinie vom 12.03.2027“']);
    expect(describeChanges(base, v({ ownContribution: 'mindestens 10 %' }))).toEqual(['Eigenanteil angegeben: „mindestens 10 %“']);
    expect(describeChanges(v({ fundingRateNote: '90 % für finanzschwache Kommunen' }), base)).toEqual(['Hinweis zur Förderquote nicht mehr angegeben']);
    // Whitespace alone is no new wording.
    expect(describeChanges(v({ ownContribution: 'zehn Prozent' }), v({ ownContribution: ' zehn Prozent ' }))).toEqual([]);
  });

  it('lists several changes in the order of the page’s facts', () => {
    expect(describeChanges(base, v({ status: 'offen', amount: { max: 150_000 }, fundingRate: { max: 90 } }))).toEqual([
      'Status von „angekündigt“ auf „offen“ geändert',
      `Förderquote von „bis 80${NBSP}%“ auf „bis 90${NBSP}%“ geändert`,
      `Höchstbetrag von 100.000${NBSP}€ auf 150.000${NBSP}€ geändert`,
    ]);
  });
});

describe('changeLog', () => {
  it('starts with „Eintrag angelegt“ and lists the newest day first', () => {
    const log = changeLog([
      { date: '2026-01-10', facts: base },
      { date: '2026-03-01', facts: v({ status: 'offen' }) },
    ]);
    expect(log).toEqual([
      { date: '2026-03-01', notes: ['Status von „angekündigt“ auf „offen“ geändert'] },
      { date: '2026-01-10', notes: [CREATED] },
    ]);
  });

  it('skips a version that could not be read and compares across it', () => {
    const log = changeLog([
      { date: '2026-01-10', facts: base },
      { date: '2026-02-01', facts: undefined },
      { date: '2026-03-01', facts: v({ amount: { max: 150_000 } }) },
    ]);
    expect(log.map((entry) => entry.date)).toEqual(['2026-03-01', '2026-01-10']);
    expect(log[0]!.notes).toEqual([`Höchstbetrag von 100.000${NBSP}€ auf 150.000${NBSP}€ geändert`]);
    expect(changeLog([{ date: '2026-01-10', facts: undefined }])).toEqual([]);
  });

  it('makes one line of a day, so a change undone the same day is none', () => {
    const log = changeLog([
      { date: '2026-01-10', facts: base },
      { date: '2026-03-01', facts: v({ status: 'offen' }) },
      { date: '2026-03-01', facts: v({ status: 'angekuendigt', amount: { max: 120_000 } }) },
    ]);
    expect(log[0]).toEqual({ date: '2026-03-01', notes: [`Höchstbetrag von 100.000${NBSP}€ auf 120.000${NBSP}€ geändert`] });
    expect(log).toHaveLength(2);
  });

  it('says what kind of edit a day without changed facts was', () => {
    const log = changeLog([
      { date: '2026-01-10', facts: base },
      { date: '2026-02-01', facts: v({ lastChecked: '2026-02-01' }) },
      { date: '2026-03-01', facts: v({ lastChecked: '2026-02-01' }) },
    ]);
    expect(log.map((entry) => entry.notes)).toEqual([[REVISED], [CHECKED], [CREATED]]);
  });
});

describe('latestNews', () => {
  const log = changeLog([
    { date: '2026-01-10', facts: base },
    { date: '2026-03-01', facts: v({ status: 'offen', amount: { max: 150_000 } }) },
  ]);

  it('dates a programme by its latest change and says what changed', () => {
    expect(latestNews('2026-02-15', log)).toEqual({
      date: '2026-03-01',
      text: `Stand vom 1. März 2026: Status von „angekündigt“ auf „offen“ geändert. Höchstbetrag von 100.000${NBSP}€ auf 150.000${NBSP}€ geändert.`,
    });
    expect(changeText(log[0]!)).toBe(`Status von „angekündigt“ auf „offen“ geändert. Höchstbetrag von 100.000${NBSP}€ auf 150.000${NBSP}€ geändert.`);
  });

  it('dates it by its last check when that is later, or when there is no history', () => {
    expect(latestNews('2026-04-01', log)).toEqual({ date: '2026-04-01', text: 'Mit der amtlichen Quelle abgeglichen am 1. April 2026.' });
    expect(latestNews('2026-04-01', undefined).date).toBe('2026-04-01');
  });

  it('calls a programme whose only line is its creation new', () => {
    expect(latestNews('2026-01-01', [{ date: '2026-01-10', notes: [CREATED] }])).toEqual({ date: '2026-01-10', text: 'Neu aufgenommen am 10. Januar 2026.' });
  });
});

describe('versionFacts', () => {
  it('reads a version with the schema’s rules: defaults, and dates YAML turned into Date objects', () => {
    const facts = versionFacts({ status: 'offen', lastChecked: new Date('2026-11-20T00:00:00Z'), deadlines: [{ date: new Date('2027-03-31T00:00:00Z'), label: 'Antrag stellen' }] });
    expect(facts).toEqual({ status: 'offen', lastChecked: '2026-11-20', deadlines: [{ date: '2027-03-31', label: 'Antrag stellen', kind: 'antragsfrist' }], recurringDeadlines: [] });
  });

  it('rejects a version whose facts break the schema, and ignores fields it does not compare', () => {
    expect(versionFacts({ status: 'vielleicht', lastChecked: '2026-11-20' })).toBeUndefined();
    expect(versionFacts({ status: 'offen', lastChecked: '2026-11-20', fundingRate: { min: 90, max: 80 } })).toBeUndefined();
    expect(versionFacts('kein Objekt')).toBeUndefined();
    expect(versionFacts({ status: 'offen', lastChecked: '2026-11-20', title: 1 })).toBeDefined();
  });
});
