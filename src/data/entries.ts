/**
 * The content as pages use it: each collection loaded once and sorted explicitly
 * (getCollection() guarantees no order), each programme's status on the build
 * day computed once, and lookups across collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { programmeStatus, type StatusResult } from '../core/deadlines.ts';
import { sortEntries } from '../projections/list-order.ts';
import { compareTitles } from '../core/order.ts';
import { collectionNames, type CollectionName } from '../core/vocabulary.ts';
import { toWizardEntry } from '../projections/match-entry.ts';
import { referencesOf, referrersOf } from '../projections/relations.ts';
import type { WizardEntry } from '../core/matching.ts';
import { today } from './today.ts';

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;
export type AnyEntry = { [C in CollectionName]: CollectionEntry<C> }[CollectionName];

interface Loaded {
  lists: Map<CollectionName, AnyEntry[]>;
  statuses: Map<string, StatusResult>;
}

let cache: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  cache ??= (async () => {
    const programmes = await getCollection('programmes');
    const statuses = new Map(programmes.map((entry) => [entry.id, programmeStatus(entry.data, today)]));
    const lists = new Map<CollectionName, AnyEntry[]>();
    for (const name of collectionNames) {
      const entries: AnyEntry[] = name === 'programmes' ? programmes : await getCollection(name);
      lists.set(name, sortEntries(entries, statuses));
    }
    return { lists, statuses };
  })();
  return cache;
}

export async function entriesOf<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  return (await load()).lists.get(collection) as Entry<C>[];
}

export async function allEntries(): Promise<AnyEntry[]> {
  return [...(await load()).lists.values()].flat();
}

/** A programme's status on the build day; the one value every page shows. */
export async function statusOf(programme: { id: string }): Promise<StatusResult> {
  const status = (await load()).statuses.get(programme.id);
  if (!status) throw new Error(`Kein Förderprogramm mit der Kennung ${programme.id}`);
  return status;
}

/**
 * Entries of `target` that `entry` references. The build validated every reference
 * beforehand; a miss here means that check was bypassed, so fail loudly.
 */
export async function referencedEntries<C extends CollectionName>(entry: AnyEntry, target: C): Promise<Entry<C>[]> {
  const pool = await entriesOf(target);
  return referencesOf(entry, target).map((id) => {
    const found = pool.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`${entry.collection}/${entry.id}: Verweis auf fehlenden Eintrag ${target}/${id}`);
    return found;
  });
}

/** Entries of the given collections that reference `entry`. */
export async function referringEntries(entry: AnyEntry, from: readonly CollectionName[]): Promise<AnyEntry[]> {
  const all = await allEntries();
  return referrersOf(
    all.filter((candidate) => from.includes(candidate.collection)),
    entry.collection,
    entry.id,
  );
}

/** The wizard's catalogue, in title order so that the browser need not sort it before ranking. */
export async function wizardEntries(): Promise<WizardEntry[]> {
  return (await allEntries()).map(toWizardEntry).sort(compareTitles);
}
