/** The content contract: one schema per collection, keyed by collection name. */
import type { CollectionName } from '../lib/vocabulary.ts';
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

export type { Checklist } from './checklist.ts';
export type { Example } from './example.ts';
export type { Guide } from './guide.ts';
export type { Offer } from './offer.ts';
export type { Programme } from './programme.ts';
