/**
 * One data step per route: everything a detail page shows (status, relations,
 * history, PDF size, search-index data, structured data) is worked out here once
 * and handed to components as props. Components only render.
 */
import { isOpen, occurrences, statusSource, type DisplayStatus, type StatusResult, type StatusSource } from '../core/deadlines.ts';
import { isReviewDue, reviewReason, type ReviewReason } from '../core/freshness.ts';
import { collectionUrl, entryUrl } from '../core/urls.ts';
import { collections, type DeadlineKind } from '../core/vocabulary.ts';
import { addMonths } from '../core/dates.ts';
import { programmeHistory, type ChangeEntry } from '../build/history.ts';
import { searchData, type SearchData } from '../projections/search-index.ts';
import { structuredData } from '../projections/structured-data.ts';
import { hasUpcomingDates } from '../projections/deadline-events.ts';
import { entriesOf, referencedEntries, referringEntries, statusOf, type AnyEntry, type Entry } from './entries.ts';
import { pdfFor, pdfPath, sizeLabel } from './pdfs.ts';
import { today } from './today.ts';

/** A breadcrumb (same shape as Breadcrumbs.astro takes). */
interface Crumb {
  label: string;
  href?: string;
}

/** A link to another entry. */
export interface EntryLink {
  title: string;
  url: string;
}

export const linkTo = (entry: AnyEntry): EntryLink => ({ title: entry.data.title, url: entryUrl(entry.collection, entry.id) });

/** Where an entry's facts come from and how fresh they are. */
export interface SourceInfo {
  url?: string;
  checked: string;
  /** „Zuletzt geprüft“ for researched entries, „Stand“ for texts of our own. */
  label: string;
  /** The version of the source the entry reflects, e.g. „Richtlinie vom 12.03.2025“. */
  version?: string;
  /** Set when the entry is due for review, saying why. */
  review?: ReviewReason;
}

function researched(data: { sourceUrl: string; lastChecked: string; sourceVersion?: string | undefined }): SourceInfo {
  const info: SourceInfo = {
    url: data.sourceUrl,
    checked: data.lastChecked,
    label: 'Zuletzt geprüft',
    ...(data.sourceVersion ? { version: data.sourceVersion } : {}),
  };
  const review = reviewReason(data.lastChecked, data.sourceVersion, today);
  return review ? { ...info, review } : info;
}

function ownText(updated: string): SourceInfo {
  const info: SourceInfo = { checked: updated, label: 'Stand' };
  return isReviewDue(updated, today) ? { ...info, review: 'check' } : info;
}

/** A status shown on a page, with what the browser needs to refresh it. */
export interface StatusView {
  status: StatusResult;
  source: StatusSource;
}

export async function statusView(programme: Entry<'programmes'>): Promise<StatusView> {
  return { status: await statusOf(programme), source: statusSource(programme.data) };
}

export interface PdfInfo {
  href: string;
  /** „PDF, 84 KB“ */
  size: string;
}

async function pdfInfo(entry: Entry<'guides'> | Entry<'checklists'>, site: URL): Promise<PdfInfo> {
  return { href: pdfPath(entry), size: sizeLabel((await pdfFor(entry, site)).length) };
}

export type DetailBody =
  | {
      collection: 'programmes';
      entry: Entry<'programmes'>;
      status: StatusView;
      /** All dated deadlines in date order, past ones marked. */
      deadlines: Array<{ date: string; label: string; kind: DeadlineKind; past: boolean }>;
      /** Yearly dates with their next occurrence (none once the guideline has ended). */
      recurring: Array<{ day: string; label: string; kind: DeadlineKind; until?: string; next?: string }>;
      /** The programme's iCalendar file, when it has upcoming deadlines. */
      calendarUrl?: string;
      /** What changed when, newest first, from the repository; absent in a shallow clone. */
      history?: ChangeEntry[];
      checklists: EntryLink[];
      guides: EntryLink[];
      examples: EntryLink[];
      source: SourceInfo;
    }
  | { collection: 'offers'; entry: Entry<'offers'>; checklists: EntryLink[]; guides: EntryLink[]; source: SourceInfo }
  | {
      collection: 'checklists';
      entry: Entry<'checklists'>;
      pdf: PdfInfo;
      /** Per step that points to a guide section: its address and the guide's title. */
      see: Record<string, EntryLink>;
      guides: EntryLink[];
      referrers: EntryLink[];
      source: SourceInfo;
    }
  | { collection: 'guides'; entry: Entry<'guides'>; pdf: PdfInfo; minutes: number; checklists: EntryLink[]; referrers: EntryLink[]; source: SourceInfo }
  | { collection: 'examples'; entry: Entry<'examples'>; programmes: EntryLink[]; source: SourceInfo };

export interface DetailPage {
  title: string;
  description: string;
  kicker: string;
  breadcrumbs: Crumb[];
  structuredData: object | undefined;
  search: SearchData;
  body: DetailBody;
}

const links = async (entries: Promise<AnyEntry[]>) => (await entries).map(linkTo);

/** About 200 words a minute for a considered read of an official text. */
export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  return Math.max(1, Math.round(words / 200));
}

async function detailBody(entry: AnyEntry, site: URL): Promise<DetailBody> {
  switch (entry.collection) {
    case 'programmes': {
      const p = entry.data;
      const status = await statusView(entry);
      const deadlines = [...p.deadlines]
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((deadline) => ({ ...deadline, past: deadline.date < today }));
      const recurring = p.recurringDeadlines.map((each) => {
        const next = occurrences(each, today, addMonths(today, 12))[0]?.date;
        return { ...each, ...(next ? { next } : {}) };
      });
      // The same rule as the endpoint that writes the file, so the link never points at a missing calendar.
      const upcoming = hasUpcomingDates(entry, today);
      const history = entry.filePath ? programmeHistory(entry.filePath) : undefined;
      return {
        collection: 'programmes',
        entry,
        status,
        deadlines,
        recurring,
        ...(upcoming ? { calendarUrl: `${entryUrl('programmes', entry.id)}fristen.ics` } : {}),
        ...(history ? { history } : {}),
        checklists: await links(referencedEntries(entry, 'checklists')),
        guides: await links(referencedEntries(entry, 'guides')),
        examples: await links(referencedEntries(entry, 'examples')),
        source: researched(p),
      };
    }
    case 'offers':
      return {
        collection: 'offers',
        entry,
        checklists: await links(referencedEntries(entry, 'checklists')),
        guides: await links(referencedEntries(entry, 'guides')),
        source: researched(entry.data),
      };
    case 'checklists': {
      const guides = await entriesOf('guides');
      const see: Record<string, EntryLink> = {};
      for (const item of entry.data.items) {
        if (!item.see) continue;
        const [id, anchor] = item.see.split('#') as [string, string | undefined];
        const guide = guides.find((candidate) => candidate.id === id);
        if (guide) see[item.id] = { title: guide.data.title, url: `${entryUrl('guides', id)}${anchor ? `#${anchor}` : ''}` };
      }
      return {
        collection: 'checklists',
        entry,
        pdf: await pdfInfo(entry, site),
        see,
        guides: await links(referencedEntries(entry, 'guides')),
        referrers: await links(referringEntries(entry, ['programmes', 'offers', 'guides'])),
        source: ownText(entry.data.updated),
      };
    }
    case 'guides':
      return {
        collection: 'guides',
        entry,
        pdf: await pdfInfo(entry, site),
        minutes: readingMinutes(entry.body ?? ''),
        checklists: await links(referencedEntries(entry, 'checklists')),
        referrers: await links(referringEntries(entry, ['programmes', 'offers', 'checklists'])),
        source: ownText(entry.data.updated),
      };
    case 'examples':
      return {
        collection: 'examples',
        entry,
        programmes: await links(referringEntries(entry, ['programmes'])),
        source: researched(entry.data),
      };
  }
}

export async function detailPage(entry: AnyEntry, site: URL): Promise<DetailPage> {
  const meta = collections[entry.collection];
  const url = new URL(entryUrl(entry.collection, entry.id), site).href;
  return {
    title: entry.data.title,
    description: entry.data.summary,
    kicker: meta.singular,
    breadcrumbs: [{ label: meta.plural, href: collectionUrl(entry.collection) }, { label: entry.data.title }],
    structuredData: structuredData(entry, url),
    search: searchData(entry, entry.collection === 'programmes' ? await statusOf(entry) : undefined, entry.body ?? ''),
    body: await detailBody(entry, site),
  };
}

/** A card in a list: the entry and, for programmes, its status. */
export interface CardData {
  entry: AnyEntry;
  status?: StatusView;
}

export async function cardData(entry: AnyEntry): Promise<CardData> {
  return entry.collection === 'programmes' ? { entry, status: await statusView(entry) } : { entry };
}

/** Programme cards grouped by what a municipality can do now: apply, wait, or read up. */
export function programmeGroups(cards: readonly CardData[]): Array<{ title: string; cards: CardData[] }> {
  const statusIs = (test: (status: DisplayStatus) => boolean) => cards.filter((card) => card.status && test(card.status.status.status));
  return [
    { title: 'Jetzt beantragen', cards: statusIs(isOpen) },
    { title: 'Angekündigt', cards: statusIs((status) => status === 'angekuendigt') },
    { title: 'Geschlossen – zum Nachlesen', cards: statusIs((status) => status === 'geschlossen') },
  ].filter((group) => group.cards.length > 0);
}
