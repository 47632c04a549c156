/** Public URLs of the site. German path segments come from the vocabulary. */
import { collections, states, type CollectionName, type Field, type StateCode } from './vocabulary.ts';

export function collectionUrl(collection: CollectionName): string {
  return `/${collections[collection].path}/`;
}

export function entryUrl(collection: CollectionName, id: string): string {
  return `${collectionUrl(collection)}${id}/`;
}

export function stateUrl(code: StateCode): string {
  return `/bundeslaender/${states[code].slug}/`;
}

/** The topic page of a field of action; its id is its public URL segment. */
export function fieldUrl(field: Field): string {
  return `/themen/${field}/`;
}
