/**
 * The Merkliste's catalogue, built once per build: the page takes the facts' labels
 * from it and /merkliste/<key>.json one file per entry. The public address is the
 * one astro.config.mjs gives the site (getStaticPaths has no Astro.site).
 */
import { readOperator, siteUrl } from '../build/operator.ts';
import type { SavedCatalogue } from '../core/saved-list.ts';
import { savedCatalogue } from '../projections/saved-list.ts';
import { entriesOf } from './entries.ts';
import { today } from './today.ts';

let cache: Promise<SavedCatalogue> | undefined;

export function savedList(): Promise<SavedCatalogue> {
  cache ??= (async () => savedCatalogue(await entriesOf('programmes'), await entriesOf('offers'), today, new URL(siteUrl(readOperator()))))();
  return cache;
}
