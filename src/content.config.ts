/**
 * The five content collections. Their schemas live in src/schemas/ (one file per
 * collection, every field documented); the folder is CONTENT_DIR or ./content so
 * tests can build fixture content.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './integrations/read-content.ts';
import { schemas } from './schemas/index.ts';
import type { CollectionName } from './lib/vocabulary.ts';

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir()}/${name}` }),
    schema: schemas[name],
  });
}

export const collections = {
  programmes: collection('programmes'),
  offers: collection('offers'),
  checklists: collection('checklists'),
  guides: collection('guides'),
  examples: collection('examples'),
};
