/** schema.org data for search engines: programmes as MonetaryGrant, guides and checklists as Article. */
import type { TypedEntry } from '../schemas/index.ts';

export function structuredData(entry: TypedEntry, url: string): object | undefined {
  switch (entry.collection) {
    case 'programmes': {
      const p = entry.data;
      const amount = p.amount && (p.amount.min !== undefined || p.amount.max !== undefined)
        ? { amount: { '@type': 'MonetaryAmount', currency: 'EUR', ...(p.amount.min !== undefined ? { minValue: p.amount.min } : {}), ...(p.amount.max !== undefined ? { maxValue: p.amount.max } : {}) } }
        : {};
      return {
        '@context': 'https://schema.org',
        '@type': 'MonetaryGrant',
        name: p.title,
        description: p.summary,
        url,
        sameAs: p.sourceUrl,
        funder: { '@type': 'Organization', name: p.provider },
        ...amount,
      };
    }
    case 'guides':
    case 'checklists':
      return {
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: entry.data.title,
        description: entry.data.summary,
        url,
        inLanguage: 'de',
        dateModified: entry.data.updated,
      };
    default:
      return undefined;
  }
}
