/**
 * The seams between content and pages: what the Förder-Check can match of each
 * collection, the cross references read both ways, and the order of every list.
 */
import { describe, expect, it } from 'vitest';
import { programmeStatus } from '../../src/core/deadlines.ts';
import { compareTitles } from '../../src/core/order.ts';
import { refreshedStatus } from '../../src/core/status-view.ts';
import { calendarFile, deadlineItems } from '../../src/projections/deadline-events.ts';
import { parseCalendar } from '../../src/core/ical.ts';
import { sortEntries } from '../../src/projections/list-order.ts';
import { toWizardEntry } from '../../src/projections/match-entry.ts';
import { referencesOf, referrersOf } from '../../src/projections/relations.ts';
import { entry } from '../helpers/entries.ts';

const day = (date: string) => date.split('-').reverse().join('.');

describe('toWizardEntry', () => {
  it('gives a programme its Land, applicants, size, status, deadlines and money as help', () => {
    const wizard = toWizardEntry(entry('programmes', 'p', {
      states: ['TH'], applicants: ['gemeinde', 'landkreis'], population: { max: 5000 }, fundingTypes: ['zuschuss', 'beratung'],
      status: 'offen', deadlines: [{ date: '2027-01-15', label: 'Stichtag' }], fundingRate: { max: 90 }, amount: { max: 20000 },
    }));
    expect(wizard).toMatchObject({
      collection: 'programmes', id: 'p', url: '/foerderprogramme/p/', states: ['TH'], applicants: ['gemeinde', 'landkreis'],
      population: { max: 5000 }, help: ['geld', 'beratung'], status: 'offen', deadlines: [{ date: '2027-01-15', label: 'Stichtag' }],
    });
    expect(wizard.facts).toEqual(['Land: Ministerium', 'Zuschuss und Beratung', 'bis 90\u00a0%', 'bis 20.000\u00a0€']);
  });

  it('matches an offer by its audience and its kinds of help', () => {
    const wizard = toWizardEntry(entry('offers', 'o', { audience: ['landkreis', 'zweckverband'], help: ['beratung', 'austausch'], cost: 'kostenfrei' }));
    expect(wizard.applicants).toEqual(['landkreis', 'zweckverband']);
    expect(wizard.help).toEqual(['beratung', 'austausch']);
    expect(wizard.facts).toEqual(['Beratung', 'Kompetenzzentrum', 'kostenfrei']);
    expect(wizard.status).toBeUndefined();
  });

  it('offers checklists and guides as work aids everywhere, and examples as examples from their Land', () => {
    for (const aid of [entry('checklists', 'c'), entry('guides', 'g')]) {
      const wizard = toWizardEntry(aid);
      expect(wizard.help).toEqual(['arbeitshilfen']);
      expect(wizard.states).toBeUndefined();
      expect(wizard.applicants).toBeUndefined();
    }
    const example = toWizardEntry(entry('examples', 'e', { states: ['BY'], place: 'Musterstadt' }));
    expect(example).toMatchObject({ help: ['beispiele'], states: ['BY'], facts: ['Musterstadt'] });
  });
});

describe('relations', () => {
  const programme = entry('programmes', 'p', { checklists: ['c1', 'c2'], guides: ['g1'], examples: ['e1'], fundedBy: ['efre'] });
  const guide = entry('guides', 'g1', { checklists: ['c1'] });

  it('reads the references of an entry per target collection, in the order written', () => {
    expect(referencesOf(programme, 'checklists')).toEqual(['c1', 'c2']);
    expect(referencesOf(programme, 'examples')).toEqual(['e1']);
    expect(referencesOf(programme, 'programmes')).toEqual(['efre']);
    expect(referencesOf(guide, 'programmes')).toEqual([]);
  });

  it('finds who points back to an entry', () => {
    expect(referrersOf([programme, guide], 'checklists', 'c1')).toEqual([programme, guide]);
    expect(referrersOf([programme, guide], 'checklists', 'c2')).toEqual([programme]);
    expect(referrersOf([programme, guide], 'guides', 'g2')).toEqual([]);
  });
});

describe('list order', () => {
  const today = '2026-12-01';
  const programmes = [
    entry('programmes', 'zu', { title: 'A geschlossen', status: 'geschlossen' }),
    entry('programmes', 'bald', { title: 'Z bald', status: 'offen', deadlines: [{ date: '2026-12-10', label: 'Frist' }] }),
    entry('programmes', 'spaeter', { title: 'B später', status: 'offen', deadlines: [{ date: '2027-06-30', label: 'Frist' }] }),
    entry('programmes', 'frueher', { title: 'C früher', status: 'offen', deadlines: [{ date: '2027-03-31', label: 'Frist' }] }),
    entry('programmes', 'laufend', { title: 'A laufend', status: 'laufend' }),
    entry('programmes', 'an', { title: 'A angekündigt', status: 'angekuendigt' }),
  ];
  const statuses = new Map(programmes.map((p) => [p.id, programmeStatus(p.data, today)]));

  it('puts programmes closing soon first, then open by nearest deadline, rolling, announced, closed', () => {
    expect(sortEntries([...programmes], statuses).map((p) => p.id)).toEqual(['bald', 'frueher', 'spaeter', 'laufend', 'an', 'zu']);
  });

  it('orders other lists by title, numbers by value', () => {
    const guides = ['Programm 10', 'programm 2', 'Ärger vermeiden', 'Zuschuss'].map((title, i) => entry('guides', `g${i}`, { title }));
    expect(sortEntries(guides, new Map()).map((g) => g.data.title)).toEqual(['Ärger vermeiden', 'programm 2', 'Programm 10', 'Zuschuss']);
    expect([{ title: 'Programm 10' }, { title: 'Programm 2' }].sort(compareTitles).map((t) => t.title)).toEqual(['Programm 2', 'Programm 10']);
  });

  it('lists deadlines by date, then title; upcoming ones of open programmes, past ones newest first', () => {
    const withDates = [
      entry('programmes', 'b', { title: 'Programm B', status: 'offen', deadlines: [{ date: '2027-01-15', label: 'Frist B' }, { date: '2026-06-01', label: 'alt B' }] }),
      entry('programmes', 'a', { title: 'Programm A', status: 'offen', deadlines: [{ date: '2027-01-15', label: 'Frist A' }, { date: '2026-03-01', label: 'alt A' }] }),
      entry('programmes', 'c', { title: 'Programm C', status: 'geschlossen', deadlines: [{ date: '2027-02-01', label: 'Frist C' }] }),
    ];
    const { upcoming, past } = deadlineItems(withDates, today);
    expect(upcoming.map((item) => `${day(item.date)} ${item.label}`)).toEqual(['15.01.2027 Frist A', '15.01.2027 Frist B']);
    expect(past.map((item) => item.label)).toEqual(['alt B', 'alt A']);
  });

  const yearly = entry('programmes', 'y', {
    title: 'Jährlich', status: 'offen', recurringDeadlines: [{ day: '03-31', label: 'Stichtag für Anträge', until: '2028-12-31' }],
    deadlines: [{ date: '2027-12-31', label: 'Richtlinie gilt bis 31.12.2027', kind: 'richtlinienende' }],
  });

  it('unrolls a yearly cut-off within eighteen months for the Fristenkalender, with the kind of each date', () => {
    const { upcoming } = deadlineItems([yearly], '2026-12-01');
    expect(upcoming.map((item) => `${item.date} ${item.kind}`)).toEqual(['2027-03-31 stichtag', '2027-12-31 richtlinienende', '2028-03-31 stichtag']);
  });

  it('writes a yearly cut-off into a calendar file once, as a yearly rule ending with the guideline', () => {
    const events = parseCalendar(calendarFile('Test', [yearly], '2026-12-01', new URL('https://example.org'), '20261201T000000Z'));
    expect(events.map((event) => [event.DTSTART, event.RRULE, event.SUMMARY])).toEqual([
      ['20270331', 'FREQ=YEARLY;UNTIL=20281231', 'Stichtag: Jährlich'],
      ['20271231', undefined, 'Richtlinie endet: Jährlich'],
    ]);
    expect(events[0]!.UID).toBe('y-jaehrlich-03-31@foerderfinder-digitale-kommune');
  });
});

describe('refreshedStatus', () => {
  const source = { status: 'offen' as const, deadlines: [{ date: '2027-01-15', label: 'Stichtag' }] };
  const format = (date: string) => day(date);

  it('counts down to the next deadline in both styles', () => {
    expect(refreshedStatus(source, '2026-12-20', format)).toEqual({
      id: 'frist-bald',
      label: 'Frist läuft bald ab',
      next: { card: 'Nächste Frist: 15.01.2027 (noch 26 Tage)', fact: '15.01.2027 (noch 26 Tage): Stichtag' },
    });
  });

  it('closes the programme once the last deadline has passed', () => {
    expect(refreshedStatus(source, '2027-01-16', format)).toEqual({
      id: 'geschlossen', label: 'geschlossen', next: { card: undefined, fact: 'keine – das Programm ist geschlossen' },
    });
  });
});
