import { describe, expect, it } from 'vitest';
import { structuredData } from '../../src/lib/structured-data.ts';

describe('structuredData', () => {
  it('describes a programme as a MonetaryGrant with funder and known amount only', () => {
    const grant = structuredData('programmes', { title: 'P', summary: 'S', provider: 'Bund', sourceUrl: 'https://a.example/', amount: { max: 15000 } }, 'https://site/p/') as Record<string, any>;
    expect(grant['@type']).toBe('MonetaryGrant');
    expect(grant.funder).toEqual({ '@type': 'Organization', name: 'Bund' });
    expect(grant.amount).toEqual({ '@type': 'MonetaryAmount', currency: 'EUR', maxValue: 15000 });
    const unknown = structuredData('programmes', { title: 'P', summary: 'S', provider: 'Bund', sourceUrl: 'https://a.example/' }, 'https://site/p/') as Record<string, any>;
    expect(unknown.amount).toBeUndefined();
  });
  it('describes guides as German articles and nothing for offers', () => {
    expect(structuredData('guides', { title: 'G', summary: 'S', updated: '2026-11-25' }, 'u')).toMatchObject({ '@type': 'Article', inLanguage: 'de', dateModified: '2026-11-25' });
    expect(structuredData('offers', {}, 'u')).toBeUndefined();
  });
});
