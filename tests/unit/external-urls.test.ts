import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/core/external-urls.ts';
import { httpsUrl } from '../../src/schemas/common.ts';

// The KfW address as it stands in content/programmes/kfw-investitionskredit-kommunen.mdx.
const kfw = 'https://www.kfw.de/inlandsfoerderung/Öffentliche-Einrichtungen/Kommunen/Infrastruktur/Förderprodukte/Investitionskredit-Kommunen-(208)/';
const kfwEncoded = 'https://www.kfw.de/inlandsfoerderung/%C3%96ffentliche-Einrichtungen/Kommunen/Infrastruktur/F%C3%B6rderprodukte/Investitionskredit-Kommunen-(208)/';

/** RFC 3986 characters only: what a strict JSON Schema `uri` check accepts. */
const rfc3986 = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]*$/;

describe('normalizeUrl', () => {
  it('percent-encodes umlauts in path, query and fragment as UTF-8', () => {
    expect(normalizeUrl(kfw)).toBe(kfwEncoded);
    expect(normalizeUrl('https://example.org/suche?q=Förderung für Kommunen#Übersicht')).toBe(
      'https://example.org/suche?q=F%C3%B6rderung%20f%C3%BCr%20Kommunen#%C3%9Cbersicht',
    );
  });

  it('lowercases the host and writes international names in Punycode', () => {
    expect(normalizeUrl('https://WWW.Foerderdatenbank.DE/Programm')).toBe('https://www.foerderdatenbank.de/Programm');
    expect(normalizeUrl('https://Bürgerservice.example/')).toBe('https://xn--brgerservice-dlb.example/');
  });

  it('escapes what RFC 3986 forbids but URL parsing leaves raw, and keeps existing escapes', () => {
    expect(normalizeUrl('https://example.org/a|b?x[]=1&y={2}')).toBe('https://example.org/a%7Cb?x%5B%5D=1&y=%7B2%7D');
    expect(normalizeUrl('https://example.org/100%/%C3%A4')).toBe('https://example.org/100%25/%C3%A4');
  });

  it('is idempotent and yields RFC 3986 characters only', () => {
    for (const input of [kfw, 'https://example.org/a b?c=d e#f#g', 'https://example.org/`^']) {
      const once = normalizeUrl(input);
      expect(normalizeUrl(once)).toBe(once);
      expect(once).toMatch(rfc3986);
    }
  });

  it('hands back what is no absolute URL, for the schema to reject', () => {
    expect(normalizeUrl('kfw.de/foerderung')).toBe('kfw.de/foerderung');
  });

  it('is applied by the content schema, so published data holds the normal form', () => {
    expect(httpsUrl.parse(kfw)).toBe(kfwEncoded);
    expect(httpsUrl.safeParse('http://www.kfw.de/').success).toBe(false);
    expect(httpsUrl.safeParse('www.kfw.de').success).toBe(false);
  });
});
