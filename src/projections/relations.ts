/**
 * Cross references between collections, read both ways: a programme names its
 * checklists, guides and examples; each of those lists what points back to it.
 */
import { referenceFields } from '../schemas/index.ts';
import type { CollectionName } from '../core/vocabulary.ts';

export interface Linkable {
  collection: CollectionName;
  id: string;
  data: object;
}

/** Ids that `entry` references in `target`, in the order the editor wrote them. */
export function referencesOf(entry: Linkable, target: CollectionName): string[] {
  const fields: Record<string, CollectionName> = referenceFields[entry.collection];
  const data = entry.data as Record<string, unknown>;
  return Object.entries(fields)
    .filter(([, collection]) => collection === target)
    .flatMap(([field]) => (data[field] as string[] | undefined) ?? []);
}

/** Entries among `candidates` that reference the entry `collection`/`id`. */
export function referrersOf<T extends Linkable>(candidates: readonly T[], collection: CollectionName, id: string): T[] {
  return candidates.filter((candidate) => referencesOf(candidate, collection).includes(id));
}
