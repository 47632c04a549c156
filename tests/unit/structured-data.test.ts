import { describe, expect, it } from 'vitest';
import { structuredData } from '../../src/projections/structured-data.ts';
import { entry } from '../helpers/entries.ts';

describe('structuredData', () => {
  it('describes a programme as a MonetaryGrant with funder and known amount only', () => {
    const grant = structuredData(entry('programmes', 'p', { provider: 'Bund', amount: { max: 15000 } }), 'https://site/p/') as Record<string, any>;
    expect(grant['@type']).toBe('MonetaryGrant');
    expect(grant.funder).toEqual({ '@type': 'Organization', name: 'Bund' });
    expect(grant.sameAs).toBe('https://www.example.org/programm');
    expect(grant.amount).toEqual({ '@type': 'MonetaryAmount', currency: 'EUR', maxValue: 15000 });
    expect((structuredData(entry('programmes', 'p'), 'https://site/p/') as Record<string, any>).amount).toBeUndefined();
  });
  it('describes guides and checklists as German articles and nothing for offers or examples', () => {
    expect(structuredData(entry('guides', 'g', { updated: '2026-11-25' }), 'u')).toMatchObject({ '@type': 'Article', inLanguage: 'de', dateModified: '2026-11-25' });
    expect(structuredData(entry('checklists', 'c'), 'u')).toMatchObject({ '@type': 'Article', headline: 'Testliste' });
    expect(structuredData(entry('offers', 'o'), 'u')).toBeUndefined();
    expect(structuredData(entry('examples', 'e'), 'u')).toBeUndefined();
  });
});
