/** Public URLs of the site. German path segments come from the vocabulary. */
import { collections, states, type CollectionName, type StateCode } from './vocabulary.ts';

export function collectionUrl(collection: CollectionName): string {
  return `/${collections[collection].path}/`;
}

export function entryUrl(collection: CollectionName, id: string): string {
  return `${collectionUrl(collection)}${id}/`;
}

export function stateUrl(code: StateCode): string {
  return `/bundeslaender/${states[code].slug}/`;
}
