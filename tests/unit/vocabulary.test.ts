import { describe, expect, it } from 'vitest';
import { sizeBounds, sizes, stateCodes, states, isStateCode, barriers, helpForBarrier, helpTypes, fields, stages, applicantTypes, purposes, purposeFields, rateConditions, rateConditionStatements } from '../../src/core/vocabulary.ts';
import { collectionUrl, entryUrl, stateUrl } from '../../src/core/urls.ts';

describe('vocabulary', () => {
  it('keeps the public ids of DESIGN.md', () => {
    expect(stateCodes).toEqual(['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']);
    expect(sizes.ids).toEqual(['unter-5000', '5000-20000', '20000-100000', 'ueber-100000']);
    expect(stages.ids).toEqual(['keine', 'geplant', 'erarbeitung', 'umsetzung']);
    expect(fields.ids).toEqual(['verwaltung', 'bildung', 'mobilitaet', 'energie', 'gesundheit', 'infrastruktur', 'stadtentwicklung', 'beteiligung', 'wirtschaft']);
    expect(helpTypes.ids).toEqual(['geld', 'beratung', 'austausch', 'arbeitshilfen', 'beispiele']);
    expect(barriers.ids).toEqual(['expertise', 'mittel', 'prioritaet', 'nutzen', 'nachfrage']);
    expect(applicantTypes.ids.slice(0, 4)).toEqual(['gemeinde', 'stadt', 'landkreis', 'zweckverband']);
    // `zweck` in the Förder-Check URL, published 1 December 2026.
    expect(purposes.ids).toEqual([
      'strategie', 'breitband', 'onlinedienste', 'it-sicherheit', 'schule', 'smart-city', 'beteiligung', 'mobilitaet', 'energie', 'gesundheit', 'ortskern', 'qualifizierung',
    ]);
  });

  it('keeps the public ids of the rate conditions, each with the sentence a municipality ticks', () => {
    // In content and open data since 1 December 2026 (specialRates); URLs may follow.
    expect(rateConditions.ids).toEqual(['haushaltsnotlage', 'finanzschwach', 'geringe-steuereinnahmekraft', 'raum-besonderer-handlungsbedarf']);
    for (const id of rateConditions.ids) expect(rateConditionStatements[id]).toMatch(/^Unsere Kommune /);
  });

  it('serves every purpose by at least one field of action', () => {
    for (const purpose of purposes.ids) expect(purposeFields[purpose].length).toBeGreaterThan(0);
  });

  it('gives Land slugs without umlauts', () => {
    expect(states.BW.slug).toBe('baden-wuerttemberg');
    expect(states.TH.slug).toBe('thueringen');
    for (const code of stateCodes) expect(states[code].slug).toMatch(/^[a-z-]+$/);
  });

  it('answers has() only for real ids, not for inherited properties', () => {
    expect(sizes.has('unter-5000')).toBe(true);
    expect(sizes.has('toString')).toBe(false);
    expect(isStateCode('SN')).toBe(true);
    expect(isStateCode('XX')).toBe(false);
    expect(isStateCode('constructor')).toBe(false);
  });

  it('has size bands that touch without gaps or overlaps', () => {
    const bands = sizes.ids.map((id) => sizeBounds[id]);
    expect(bands[0]!.min).toBe(0);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBe(bands[i - 1]!.max! + 1);
    expect(bands.at(-1)!.max).toBeNull();
  });

  it('maps every barrier to some help', () => {
    for (const barrier of barriers.ids) expect(helpForBarrier[barrier].length).toBeGreaterThan(0);
  });

  it('builds German URLs', () => {
    expect(collectionUrl('programmes')).toBe('/foerderprogramme/');
    expect(entryUrl('offers', 'gigabitbuero')).toBe('/unterstuetzung/gigabitbuero/');
    expect(stateUrl('SN')).toBe('/bundeslaender/sachsen/');
  });
});
