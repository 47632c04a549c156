import { describe, expect, it } from 'vitest';
import { NO_DEADLINE, searchData, transliteratedWords } from '../../src/lib/search-index.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';

const programme = programmeSchema.parse({
  title: 'Förderung für Bürgerbeteiligung',
  summary: 'Zuschüsse für digitale Beteiligung in Gemeinden; ein Testeintrag mit ausreichend langer Zusammenfassung.',
  provider: 'Ministerium',
  level: 'land',
  states: ['SN'],
  applicants: ['gemeinde'],
  stages: ['keine'],
  fields: ['beteiligung'],
  fundingTypes: ['zuschuss'],
  status: 'offen',
  deadlines: [{ date: '2027-03-31', label: 'Antragsschluss' }],
  sourceUrl: 'https://www.example.org/',
  lastChecked: '2026-11-20',
});

describe('transliteratedWords', () => {
  it('spells umlaut words the ASCII way, once each', () => {
    expect(transliteratedWords('Förderung für Förderung und Straße, nicht Kommune')).toEqual(['Foerderung', 'fuer', 'Strasse']);
    expect(transliteratedWords('ohne Sonderzeichen')).toEqual([]);
  });
});

describe('searchData', () => {
  const data = searchData('programmes', programme, '2026-11-25');

  it('gives programmes type, level, Land, funding type, status and field filters', () => {
    expect(data.filters).toEqual({
      typ: ['Förderprogramm'],
      handlungsfeld: ['Bürgerbeteiligung'],
      ebene: ['Land'],
      land: ['Sachsen'],
      foerderart: ['Zuschuss'],
      status: ['offen'],
    });
  });

  it('sorts by the next deadline and the check date', () => {
    expect(data.sort).toEqual({ frist: '2027-03-31', aktualisiert: '2026-11-20' });
    expect(data.meta.frist).toBe('31. März 2027');
  });

  it('files a programme for all Länder under one value, not sixteen', () => {
    const federal = searchData('programmes', { ...programme, states: 'all' }, '2026-11-25');
    expect(federal.filters.land).toEqual(['alle Länder']);
    expect(federal.meta.land).toBe('alle Länder');
  });

  it('gives entries without a deadline a sort key all the same', () => {
    expect(searchData('programmes', { ...programme, status: 'laufend', deadlines: [] }, '2026-11-25').sort.frist).toBe(NO_DEADLINE);
  });

  it('adds ASCII spellings of umlaut words from title and summary', () => {
    expect(data.extraTerms.split(' ')).toEqual(expect.arrayContaining(['Foerderung', 'fuer', 'Buergerbeteiligung', 'Zuschuesse']));
  });
});
