/**
 * RSS feeds and calendar files of programmes, one way for every scope (all,
 * per Land, per field of action; see core/feed-scopes.ts), so the endpoints in
 * src/pages only say which scope they serve.
 *
 * A feed item is a programme. Its date is its latest change or its last check,
 * whichever is later, and its text says what changed that day; its guid carries
 * that date, so a feed reader shows a programme again when it changed rather
 * than treating it as already read.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { latestNews } from '../core/changes.ts';
import { ALL, calendarUrl, inScope, rssUrl, scopePage, scopePhrase, type FeedScope } from '../core/feed-scopes.ts';
import { compareText } from '../core/order.ts';
import { entryUrl } from '../core/urls.ts';
import { stateCodes, states, fields } from '../core/vocabulary.ts';
import { programmeHistory } from '../build/history.ts';
import { calendarFile } from '../projections/deadline-events.ts';
import { entriesOf, type Entry } from './entries.ts';
import { siteName } from './site.ts';
import { today } from './today.ts';

/** The static paths of the feed and calendar of every Land (`kind: 'land'`) or every field of action. */
export function scopePaths(kind: 'land' | 'feld'): Array<{ params: Record<string, string>; props: { scope: FeedScope } }> {
  return kind === 'land'
    ? stateCodes.map((code) => ({ params: { land: states[code].slug }, props: { scope: { kind, code } } }))
    : fields.ids.map((field) => ({ params: { feld: field }, props: { scope: { kind, field } } }));
}

async function programmesIn(scope: FeedScope): Promise<Entry<'programmes'>[]> {
  return (await entriesOf('programmes')).filter((programme) => inScope(scope, programme.data));
}

/** What a page of a Land or field links for subscribing: its feed (with the name page heads give it) and its calendar. */
export interface Subscription {
  rss: string;
  calendar: string;
  /** „Förderprogramme in Bayern: neu und geändert“ */
  title: string;
}

export function subscription(scope: FeedScope): Subscription {
  return { rss: rssUrl(scope), calendar: calendarUrl(scope), title: `${['Förderprogramme', scopePhrase(scope)].filter(Boolean).join(' ')}: neu und geändert` };
}

/** One feed item per programme; the description says what changed on its date, when the history knows. */
function feedItem(programme: Entry<'programmes'>, site: URL) {
  const history = programme.filePath ? programmeHistory(programme.filePath) : undefined;
  const { date, text } = latestNews(programme.data.lastChecked, history);
  const link = new URL(entryUrl('programmes', programme.id), site).href;
  return {
    title: programme.data.title,
    description: `${programme.data.summary} ${text}`,
    link,
    pubDate: new Date(`${date}T00:00:00Z`),
    customData: `<guid isPermaLink="false">${link}#stand-${date}</guid>`,
  };
}

export async function rssResponse(scope: FeedScope, site: URL): Promise<Response> {
  const items = (await programmesIn(scope))
    .map((programme) => feedItem(programme, site))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || compareText(a.title, b.title));
  const where = scopePhrase(scope);
  return rss({
    title: `${siteName}: Förderprogramme${where ? ` ${where}` : ''}`,
    description: `Neue und geänderte Förderprogramme für die Digitalisierung von Kommunen${where ? ` ${where}` : ''}.`,
    // The channel links the page of the same scope; items carry absolute links of their own.
    site: new URL(scopePage(scope), site).href,
    customData: '<language>de-de</language>',
    items,
  });
}

/** An iCalendar file as a response. */
export function calendarResponse(name: string, programmes: readonly Entry<'programmes'>[], site: URL): Response {
  const body = calendarFile(name, programmes, today, site);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

export async function scopeCalendarResponse(scope: FeedScope, site: URL): Promise<Response> {
  return calendarResponse(['Förderfinder: Fristen', scopePhrase(scope)].filter(Boolean).join(' '), await programmesIn(scope), site);
}

type ScopeContext = APIContext<{ scope?: FeedScope }>;

/** GET of a feed endpoint: the scope from its static path, or all programmes. */
export const rssEndpoint = ({ props, site }: ScopeContext) => rssResponse(props.scope ?? ALL, site!);
export const calendarEndpoint = ({ props, site }: ScopeContext) => scopeCalendarResponse(props.scope ?? ALL, site!);
