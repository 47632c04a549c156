import { describe, expect, it } from 'vitest';
import { synonymGroups, synonymTerms } from '../../src/core/synonyms.ts';
import { searchData } from '../../src/projections/search-index.ts';
import { entry } from '../helpers/entries.ts';

describe('synonymTerms', () => {
  it('adds the other words of a group a text uses, also inside compounds', () => {
    const terms = synonymTerms('Zuschuss für den Glasfaserausbau in unterversorgten Gebieten.');
    expect(terms).toEqual(expect.arrayContaining(['Breitband', 'Gigabit', 'schnelles Internet']));
    expect(terms).not.toContain('Glasfaser');
  });

  it('finds an abbreviation only as a whole word in capitals', () => {
    expect(synonymTerms('Umsetzung des OZG in der Kreisverwaltung')).toEqual(expect.arrayContaining(['Onlinezugangsgesetz', 'Onlinedienste']));
    expect(synonymTerms('Kita und Kinder')).not.toContain('Künstliche Intelligenz');
    expect(synonymTerms('KI-Anwendungen im Rathaus')).toContain('Künstliche Intelligenz');
    expect(synonymTerms('kostenfreie Beratung')).toEqual(expect.arrayContaining(['kostenlos', 'ohne Kosten']));
  });

  it('adds nothing to a text that uses no group', () => {
    expect(synonymTerms('Ein Text über nichts Bestimmtes.')).toEqual([]);
  });

  it('has at least 40 groups, none with a member twice', () => {
    expect(synonymGroups.length).toBeGreaterThanOrEqual(40);
    const members = synonymGroups.flat().map((member) => member.toLowerCase());
    expect(new Set(members).size).toBe(members.length);
  });

  it('goes into the index data of an entry, with ASCII spellings', () => {
    const data = searchData(entry('programmes', 'p', { title: 'Förderung öffentlicher Bibliotheken', summary: 'Zuschuss für Stadtbibliotheken und ihre digitale Ausstattung mit WLAN und Geräten im Land.' }));
    expect(data.synonyms.split(' ')).toEqual(expect.arrayContaining(['Bücherei', 'Buecherei', 'Hotspot']));
  });
});
