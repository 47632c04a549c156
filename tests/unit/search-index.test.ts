import { describe, expect, it } from 'vitest';
import { NO_DEADLINE, searchData, transliteratedWords } from '../../src/projections/search-index.ts';
import { programmeStatus } from '../../src/core/deadlines.ts';
import { entry } from '../helpers/entries.ts';

const fields = {
  title: 'Förderung für Bürgerbeteiligung',
  summary: 'Zuschüsse für digitale Beteiligung in Gemeinden; ein Testeintrag mit ausreichend langer Zusammenfassung.',
  fields: ['beteiligung'],
  status: 'offen',
  deadlines: [{ date: '2027-03-31', label: 'Antragsschluss' }],
};
const programme = entry('programmes', 'p', fields);
const indexed = (overrides: Record<string, unknown>) => {
  const changed = entry('programmes', 'p', { ...fields, ...overrides });
  return searchData(changed, programmeStatus(changed.data, '2026-11-25'));
};

describe('transliteratedWords', () => {
  it('spells umlaut words the ASCII way, once each', () => {
    expect(transliteratedWords('Förderung für Förderung und Straße, nicht Kommune')).toEqual(['Foerderung', 'fuer', 'Strasse']);
    expect(transliteratedWords('ohne Sonderzeichen')).toEqual([]);
  });
});

describe('searchData', () => {
  const data = searchData(programme, programmeStatus(programme.data, '2026-11-25'));

  it('gives programmes type, level, Land, funding type, status and field filters', () => {
    expect(data.filters).toEqual({
      typ: ['Förderprogramm'],
      handlungsfeld: ['Bürgerbeteiligung'],
      ebene: ['Land'],
      land: ['Sachsen'],
      foerderart: ['Zuschuss'],
      antragsberechtigt: ['Gemeinden'],
      groesse: ['unter 5.000 Einwohner', '5.000 bis 20.000 Einwohner', '20.000 bis 100.000 Einwohner', 'über 100.000 Einwohner'],
      status: ['offen'],
      rang: ['laender'],
    });
  });

  it('marks for the ranking what is limited to some Länder, announced or closed, and nothing else', () => {
    expect(indexed({ states: 'all', status: 'geschlossen', deadlines: [] }).filters.rang).toEqual(['geschlossen']);
    expect(indexed({ states: ['SN'], status: 'angekuendigt', deadlines: [] }).filters.rang).toEqual(['laender', 'angekuendigt']);
    expect(indexed({ states: 'all', status: 'laufend', deadlines: [] }).filters.rang).toBeUndefined();
    expect(searchData(entry('examples', 'e', { states: ['SN'] })).filters.rang).toBeUndefined();
  });

  it('files a programme with a population range under the size bands it admits', () => {
    expect(indexed({ population: { max: 10_000 } }).filters.groesse).toEqual(['unter 5.000 Einwohner', '5.000 bis 20.000 Einwohner']);
    expect(indexed({ population: { min: 100_001 } }).filters.groesse).toEqual(['über 100.000 Einwohner']);
  });

  it('sorts by the next deadline and the check date', () => {
    expect(data.sort).toEqual({ frist: '2027-03-31', aktualisiert: '2026-11-20' });
    expect(data.meta.frist).toBe('31. März 2027');
  });

  it('files a programme for all Länder under one value, not sixteen', () => {
    const federal = indexed({ states: 'all' });
    expect(federal.filters.land).toEqual(['alle Länder']);
    expect(federal.meta.land).toBe('alle Länder');
  });

  it('gives entries without a deadline a sort key all the same', () => {
    expect(indexed({ status: 'laufend', deadlines: [] }).sort.frist).toBe(NO_DEADLINE);
  });

  it('files offers and examples by Land, guides and checklists by their revision date', () => {
    const offer = searchData(entry('offers', 'o', { states: ['BY', 'NW'], lastChecked: '2026-10-01' }));
    expect(offer.filters).toEqual({ typ: ['Unterstützung'], handlungsfeld: ['Verwaltung'], antragsberechtigt: ['Landkreise'], land: ['Bayern', 'Nordrhein-Westfalen'], rang: ['laender'] });
    expect(offer.sort.aktualisiert).toBe('2026-10-01');
    const guide = searchData(entry('guides', 'g', { updated: '2026-09-15' }));
    expect(guide.filters).toEqual({ typ: ['Leitfaden'], handlungsfeld: ['Verwaltung'] });
    expect(guide.sort).toEqual({ frist: NO_DEADLINE, aktualisiert: '2026-09-15' });
  });

  it('adds ASCII spellings of umlaut words from title and summary', () => {
    expect(data.extraTerms.split(' ')).toEqual(expect.arrayContaining(['Foerderung', 'fuer', 'Buergerbeteiligung', 'Zuschuesse']));
  });
});
