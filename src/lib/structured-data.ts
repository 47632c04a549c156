/** schema.org data for search engines: programmes as MonetaryGrant, guides and checklists as Article. */
import type { Checklist, Guide, Programme } from '../schemas/index.ts';
import type { CollectionName } from './vocabulary.ts';

export function structuredData(collection: CollectionName, data: unknown, url: string): object | undefined {
  if (collection === 'programmes') {
    const p = data as Programme;
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
  if (collection === 'guides' || collection === 'checklists') {
    const g = data as Guide | Checklist;
    return {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: g.title,
      description: g.summary,
      url,
      inLanguage: 'de',
      dateModified: g.updated,
    };
  }
  return undefined;
}
