/**
 * What a feed or calendar file covers: every programme, the programmes open to
 * municipalities of one Land, or those of one field of action. Their addresses
 * sit beside the page of the same Land or field and reuse its public slug, so a
 * subscription survives as long as the page does:
 *
 *   /rss.xml                              /fristen.ics
 *   /bundeslaender/<land-slug>/rss.xml    /bundeslaender/<land-slug>/fristen.ics
 *   /themen/<feld-id>/rss.xml             /themen/<feld-id>/fristen.ics
 */
import { stateUrl, fieldUrl } from './urls.ts';
import { fields, states, type Field, type StateCode } from './vocabulary.ts';

export type FeedScope = { kind: 'alle' } | { kind: 'land'; code: StateCode } | { kind: 'feld'; field: Field };

export const ALL: FeedScope = { kind: 'alle' };

/** The page the scope's files live beside: „/“, „/bundeslaender/bayern/“, „/themen/mobilitaet/“. */
export function scopePage(scope: FeedScope): string {
  switch (scope.kind) {
    case 'alle':
      return '/';
    case 'land':
      return stateUrl(scope.code);
    case 'feld':
      return fieldUrl(scope.field);
  }
}

export const rssUrl = (scope: FeedScope): string => `${scopePage(scope)}rss.xml`;
export const calendarUrl = (scope: FeedScope): string => `${scopePage(scope)}fristen.ics`;

/** „in Bayern“, „im Handlungsfeld Mobilität“; empty for all programmes. */
export function scopePhrase(scope: FeedScope): string {
  switch (scope.kind) {
    case 'alle':
      return '';
    case 'land':
      return `in ${states[scope.code].name}`;
    case 'feld':
      return `im Handlungsfeld ${fields.label(scope.field)}`;
  }
}

/**
 * Whether a programme belongs in the scope's feed: for a Land, every programme its
 * municipalities may apply for (all Länder, or this one named); for a field, every
 * programme tagged with it. Closed ones stay in, as on the pages: a programme
 * closing is news to a subscriber.
 */
export function inScope(scope: FeedScope, programme: { states: 'all' | readonly StateCode[]; fields: readonly Field[] }): boolean {
  switch (scope.kind) {
    case 'alle':
      return true;
    case 'land':
      return programme.states === 'all' || programme.states.includes(scope.code);
    case 'feld':
      return programme.fields.includes(scope.field);
  }
}
