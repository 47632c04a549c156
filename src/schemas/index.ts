/** The content contract: one schema per collection, keyed by collection name. */
import type { CollectionName } from '../core/vocabulary.ts';
import type { Checklist } from './checklist.ts';
import type { Example } from './example.ts';
import type { Guide } from './guide.ts';
import type { Offer } from './offer.ts';
import type { Programme } from './programme.ts';
import { checklistSchema } from './checklist.ts';
import { exampleSchema } from './example.ts';
import { guideSchema } from './guide.ts';
import { offerSchema } from './offer.ts';
import { programmeSchema } from './programme.ts';

export const schemas = {
  programmes: programmeSchema,
  offers: offerSchema,
  checklists: checklistSchema,
  guides: guideSchema,
  examples: exampleSchema,
} satisfies Record<CollectionName, unknown>;

/** Which fields of which collection point to entries of which other collection. */
export const referenceFields = {
  programmes: { checklists: 'checklists', guides: 'guides', examples: 'examples', fundedBy: 'programmes', cofinances: 'programmes' },
  offers: { checklists: 'checklists', guides: 'guides' },
  checklists: { guides: 'guides' },
  guides: { checklists: 'checklists' },
  examples: {},
} as const satisfies Record<CollectionName, Record<string, CollectionName>>;

export type { Checklist, Example, Guide, Offer, Programme };

/** The validated frontmatter of each collection. */
export interface DataOf {
  programmes: Programme;
  offers: Offer;
  checklists: Checklist;
  guides: Guide;
  examples: Example;
}

/**
 * A validated entry of one of the given collections, narrowed by `collection`.
 * Astro's CollectionEntry fits it, so projections take entries as pages load them.
 */
export type TypedEntry<C extends CollectionName = CollectionName> = {
  [K in C]: { collection: K; id: string; data: DataOf[K] };
}[C];
