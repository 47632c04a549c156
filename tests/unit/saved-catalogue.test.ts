import { describe, expect, it } from 'vitest';
import { savedCatalogue } from '../../src/projections/saved-list.ts';
import { entry } from '../helpers/entries.ts';

const site = new URL('https://foerderfinder.example');

describe('the Merkliste catalogue', () => {
  const programme = entry('programmes', 'testprogramm', {
    fundingRate: { min: 50, max: 70 },
    amount: { max: 100000 },
    status: 'offen',
    deadlines: [
      { date: '2026-11-01', label: 'Frist, die schon vorbei ist' },
      { date: '2027-03-31', label: 'Einreichung der Projektskizze' },
    ],
    applicationSteps: ['Skizze schreiben', 'Beschluss fassen', 'Antrag stellen', 'Bescheid abwarten'],
  });
  const sparse = entry('programmes', 'ohne-angaben');
  const offer = entry('offers', 'testangebot', { cost: 'kostenfrei' });
  const catalogue = savedCatalogue([programme, sparse], [offer], '2026-12-01', site);

  it('keys every entry by its public address and keeps what the page shows', () => {
    expect(Object.keys(catalogue.entries)).toEqual(['foerderprogramme/testprogramm', 'foerderprogramme/ohne-angaben', 'unterstuetzung/testangebot']);
    const saved = catalogue.entries['foerderprogramme/testprogramm']!;
    expect(saved).toMatchObject({ collection: 'programmes', title: 'Testprogramm', url: '/foerderprogramme/testprogramm/' });
    expect(saved.facts.fundingRate).toBe('50\u00a0% bis 70\u00a0%');
    expect(catalogue.entries['unterstuetzung/testangebot']!.facts.cost).toBe('kostenfrei');
  });

  it('leaves out what the source does not state, so the page can say „nicht angegeben“', () => {
    const facts = catalogue.entries['foerderprogramme/ohne-angaben']!.facts;
    expect(facts.fundingRate).toBeUndefined();
    expect(facts.amount).toBeUndefined();
    expect(catalogue.labels.programmes.fundingRate).toBe('Förderquote');
    expect(Object.keys(catalogue.labels.programmes)).not.toContain('nextDeadline');
  });

  it('carries only upcoming dates with their calendar UIDs, the terms for the sum and the first three steps', () => {
    const saved = catalogue.entries['foerderprogramme/testprogramm']!;
    if (saved.collection !== 'programmes') throw new Error('expected a programme');
    expect(saved.events.map((e) => [e.event.date, e.kind, e.event.uid])).toEqual([
      ['2027-03-31', 'antragsfrist', 'testprogramm-2027-03-31@foerderfinder-digitale-kommune'],
    ]);
    expect(saved.terms).toMatchObject({ fundingRate: { min: 50, max: 70 }, amount: { max: 100000 }, loan: false });
    expect(saved.steps).toEqual(['Skizze schreiben', 'Beschluss fassen', 'Antrag stellen']);
  });
});
