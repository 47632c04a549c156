/**
 * The Merkliste: programmes and support offers a user picked, kept only in the
 * browser. An item's key is its public address without slashes
 * („foerderprogramme/kommunalrichtlinie“), so keys never change once published and
 * a shared link names the same entries on every computer. Pure, so the rules for
 * what a link or a stored value may contain are tested without a browser.
 */
import type { StatusSource } from './deadlines.ts';
import type { CalendarEvent } from './ical.ts';
import type { ProgrammeTerms } from './own-share.ts';
import { collections, type DeadlineKind } from './vocabulary.ts';

/** Collections a user can save: the ones with money or help to compare. */
export const savableCollections = ['programmes', 'offers'] as const;
export type SavableCollection = (typeof savableCollections)[number];

/** localStorage key; written only after the first „Merken“. */
export const STORAGE_KEY = 'foerderfinder-merkliste';
/** More than this is not a shortlist any more, and a link carrying it gets unwieldy. */
export const MAX_SAVED = 60;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const segments = savableCollections.map((name) => collections[name].path);

/** The collection a key belongs to, or undefined for anything that is not a savable key. */
export function collectionOfKey(key: string): SavableCollection | undefined {
  const [segment, slug, ...rest] = key.split('/');
  if (rest.length || !slug || !SLUG.test(slug)) return undefined;
  return savableCollections.find((name) => collections[name].path === segment);
}

/** The key of an entry page's address (relative or absolute), if it is a programme or offer page. */
export function keyFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, 'https://x.invalid').pathname;
  } catch {
    return undefined;
  }
  const match = /^\/([^/]+)\/([^/]+)\/$/.exec(path);
  const key = match ? `${match[1]}/${match[2]}` : '';
  return collectionOfKey(key) ? key : undefined;
}

/** Adds the key when it is missing, removes it when present; order of picking is kept. */
export function toggle(keys: readonly string[], key: string): string[] {
  return keys.includes(key) ? keys.filter((each) => each !== key) : [...keys, key].slice(0, MAX_SAVED);
}

/** Own list first, then what a shared link adds, without repeats. */
export function merge(own: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...own, ...added])].slice(0, MAX_SAVED);
}

/**
 * Reads the stored value. Anything unreadable (edited by hand, written by a future
 * version) counts as an empty list and is reported, rather than breaking the page.
 */
export function readStored(raw: string | null): { keys: string[]; damaged: boolean } {
  if (raw === null) return { keys: [], damaged: false };
  try {
    const value: unknown = JSON.parse(raw);
    const list = (value as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(list)) return { keys: [], damaged: true };
    const keys = list.filter((key): key is string => typeof key === 'string' && collectionOfKey(key) !== undefined);
    return { keys: merge([], keys), damaged: keys.length !== list.length };
  } catch {
    return { keys: [], damaged: true };
  }
}

export const serialise = (keys: readonly string[]): string => JSON.stringify({ version: 1, keys });

/** Query of a share link: one parameter per collection, its URL segment as name, ids comma-separated. */
export function shareQuery(keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const segment of segments) {
    const ids = keys.filter((key) => key.startsWith(`${segment}/`)).map((key) => key.slice(segment.length + 1));
    if (ids.length) params.set(segment, ids.join(','));
  }
  // Commas are safe in a query; left unescaped, the link stays readable in an e-mail.
  return params.toString().replace(/%2C/g, ',');
}

/**
 * The keys a share link carries. Ids that cannot be entry ids (wrong characters)
 * are returned as `malformed`, so the page can name them; ids of entries that do
 * not exist are for the caller to find, with the catalogue at hand.
 */
export function parseShareQuery(search: string): { keys: string[]; malformed: string[] } {
  const params = new URLSearchParams(search);
  const keys: string[] = [];
  const malformed: string[] = [];
  for (const segment of segments) {
    for (const id of params.getAll(segment).flatMap((value) => value.split(','))) {
      const trimmed = id.trim();
      if (!trimmed) continue;
      if (SLUG.test(trimmed)) keys.push(`${segment}/${trimmed}`);
      else malformed.push(trimmed.slice(0, 60));
    }
  }
  return { keys: merge([], keys), malformed };
}

/** A dated event of a programme, ready for a calendar file, with what kind of date it is. */
export interface SavedEvent {
  event: CalendarEvent;
  kind: DeadlineKind;
  label: string;
}

interface SavedBase {
  title: string;
  url: string;
  provider: string;
  /** Fact id → value in words; a fact missing here is not stated by the source. */
  facts: Record<string, string>;
}

export type SavedEntry =
  | (SavedBase & {
      collection: 'programmes';
      status: StatusSource;
      terms: ProgrammeTerms;
      events: SavedEvent[];
      /** The first steps of an application, as the entry lists them. */
      steps: string[];
      sourceUrl: string;
      lastChecked: string;
    })
  | (SavedBase & { collection: 'offers' });

/** Every savable entry by key (one file each under /merkliste/), and the facts' labels in order once (on the page). */
export interface SavedCatalogue {
  labels: Record<SavableCollection, Record<string, string>>;
  entries: Record<string, SavedEntry>;
}
