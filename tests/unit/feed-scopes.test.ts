import { describe, expect, it } from 'vitest';
import { ALL, calendarUrl, inScope, rssUrl, scopePhrase } from '../../src/core/feed-scopes.ts';

describe('feed scopes', () => {
  it('puts feeds and calendars beside the page of their Land or field, under its public slug', () => {
    expect(rssUrl(ALL)).toBe('/rss.xml');
    expect(calendarUrl(ALL)).toBe('/fristen.ics');
    expect(rssUrl({ kind: 'land', code: 'BW' })).toBe('/bundeslaender/baden-wuerttemberg/rss.xml');
    expect(calendarUrl({ kind: 'land', code: 'TH' })).toBe('/bundeslaender/thueringen/fristen.ics');
    expect(rssUrl({ kind: 'feld', field: 'mobilitaet' })).toBe('/themen/mobilitaet/rss.xml');
    expect(calendarUrl({ kind: 'feld', field: 'infrastruktur' })).toBe('/themen/infrastruktur/fristen.ics');
  });

  it('says where in German', () => {
    expect(scopePhrase({ kind: 'land', code: 'BW' })).toBe('in Baden-Württemberg');
    expect(scopePhrase({ kind: 'feld', field: 'infrastruktur' })).toBe('im Handlungsfeld digitale Infrastruktur');
    expect(scopePhrase(ALL)).toBe('');
  });

  it('counts a programme in a Land when all Länder or that Land may apply, and in a field when tagged with it', () => {
    const federal = { states: 'all' as const, fields: ['verwaltung' as const] };
    const saxon = { states: ['SN' as const, 'TH' as const], fields: ['energie' as const, 'mobilitaet' as const] };
    expect(inScope({ kind: 'land', code: 'BY' }, federal)).toBe(true);
    expect(inScope({ kind: 'land', code: 'TH' }, saxon)).toBe(true);
    expect(inScope({ kind: 'land', code: 'BY' }, saxon)).toBe(false);
    expect(inScope({ kind: 'feld', field: 'mobilitaet' }, saxon)).toBe(true);
    expect(inScope({ kind: 'feld', field: 'mobilitaet' }, federal)).toBe(false);
    expect(inScope(ALL, saxon)).toBe(true);
  });
});
