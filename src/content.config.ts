/**
 * The five content collections. Their schemas live in src/schemas/ (one file per
 * collection, every field documented); the folder is CONTENT_DIR or ./content so
 * tests can build fixture content. Each collection is spelled out so Astro can
 * infer its entry type from its schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './build/read-content.ts';
import type { CollectionName } from './core/vocabulary.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { exampleSchema } from './schemas/example.ts';
import { guideSchema } from './schemas/guide.ts';
import { offerSchema } from './schemas/offer.ts';
import { programmeSchema } from './schemas/programme.ts';

const files = (name: CollectionName) => glob({ pattern: '*.{md,mdx}', base: `${contentDir()}/${name}` });

export const collections = {
  programmes: defineCollection({ loader: files('programmes'), schema: programmeSchema }),
  offers: defineCollection({ loader: files('offers'), schema: offerSchema }),
  checklists: defineCollection({ loader: files('checklists'), schema: checklistSchema }),
  guides: defineCollection({ loader: files('guides'), schema: guideSchema }),
  examples: defineCollection({ loader: files('examples'), schema: exampleSchema }),
};
