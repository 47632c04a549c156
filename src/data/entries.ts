/**
 * The content as pages use it: each collection loaded once and sorted explicitly
 * (getCollection() guarantees no order), plus lookups across collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { programmeStatus } from '../lib/deadlines.ts';
import { referencesOf, referrersOf } from '../lib/relations.ts';
import { collectionNames, type CollectionName } from '../lib/vocabulary.ts';
import { today } from './today.ts';
import { toWizardEntry, type WizardEntry } from '../lib/match-entry.ts';
import { compareTitles } from '../lib/matching.ts';

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;
export type AnyEntry = { [C in CollectionName]: CollectionEntry<C> }[CollectionName];

const byTitle = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Open programmes first (by nearest deadline), then announced, then closed; titles break ties. */
const statusOrder = { 'frist-bald': 0, offen: 1, laufend: 2, angekuendigt: 3, geschlossen: 4 } as const;

function sortEntries(entries: AnyEntry[]): AnyEntry[] {
  // Status once per programme, not once per comparison.
  const status = new Map<AnyEntry, ReturnType<typeof programmeStatus>>();
  for (const e of entries) if (e.collection === 'programmes') status.set(e, programmeStatus(e.data, today));
  return entries.sort((a, b) => {
    const sa = status.get(a);
    const sb = status.get(b);
    if (sa && sb) {
      const order = statusOrder[sa.status] - statusOrder[sb.status];
      if (order !== 0) return order;
      const days = (sa.next?.daysLeft ?? Infinity) - (sb.next?.daysLeft ?? Infinity);
      if (days !== 0 && Number.isFinite(days)) return days;
    }
    return byTitle.compare(a.data.title, b.data.title);
  });
}

let cache: Map<CollectionName, AnyEntry[]> | undefined;

async function load(): Promise<Map<CollectionName, AnyEntry[]>> {
  if (!cache) {
    const loaded = await Promise.all(
      collectionNames.map(async (name) => [name, sortEntries((await getCollection(name)) as AnyEntry[])] as const),
    );
    cache = new Map(loaded);
  }
  return cache;
}

export async function entriesOf<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  return (await load()).get(collection) as Entry<C>[];
}

export async function allEntries(): Promise<AnyEntry[]> {
  return [...(await load()).values()].flat();
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

/** Every entry as the Förder-Check sees it (matching fields plus display facts). */
/** The wizard's catalogue, in title order so that the browser need not sort it before ranking. */
export async function wizardEntries(): Promise<WizardEntry[]> {
  return (await allEntries()).map((entry) => toWizardEntry(entry.collection, entry.id, entry.data as never)).sort(compareTitles);
}
