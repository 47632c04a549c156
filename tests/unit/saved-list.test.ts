import { describe, expect, it } from 'vitest';
import { collectionOfKey, keyFromUrl, MAX_SAVED, merge, parseShareQuery, readStored, serialise, shareQuery, toggle } from '../../src/core/saved-list.ts';

describe('keys of savable entries', () => {
  it('takes programme and offer pages, relative or absolute, and nothing else', () => {
    expect(keyFromUrl('/foerderprogramme/kommunalrichtlinie/')).toBe('foerderprogramme/kommunalrichtlinie');
    expect(keyFromUrl('https://example.org/unterstuetzung/bb-dikom/?x=1#a')).toBe('unterstuetzung/bb-dikom');
    expect(keyFromUrl('/checklisten/foerderantrag-vorbereiten/')).toBeUndefined();
    expect(keyFromUrl('/foerderprogramme/')).toBeUndefined();
    expect(keyFromUrl('/foerderprogramme/a/b/')).toBeUndefined();
    expect(keyFromUrl('/foerderprogramme/Grossbuchstaben/')).toBeUndefined();
    expect(collectionOfKey('unterstuetzung/bb-dikom')).toBe('offers');
    expect(collectionOfKey('foerderprogramme/../x')).toBeUndefined();
  });
});

describe('picking', () => {
  it('adds at the end, removes wherever, and stops at the limit', () => {
    expect(toggle(['foerderprogramme/a'], 'foerderprogramme/b')).toEqual(['foerderprogramme/a', 'foerderprogramme/b']);
    expect(toggle(['foerderprogramme/a', 'foerderprogramme/b'], 'foerderprogramme/a')).toEqual(['foerderprogramme/b']);
    const full = Array.from({ length: MAX_SAVED }, (_, i) => `foerderprogramme/p${i}`);
    expect(toggle(full, 'foerderprogramme/neu')).toEqual(full);
  });

  it('merges a shared list behind the own one without repeats', () => {
    expect(merge(['foerderprogramme/a', 'foerderprogramme/b'], ['foerderprogramme/b', 'unterstuetzung/c'])).toEqual([
      'foerderprogramme/a',
      'foerderprogramme/b',
      'unterstuetzung/c',
    ]);
  });
});

describe('stored value', () => {
  it('reads back what it wrote', () => {
    const keys = ['foerderprogramme/a', 'unterstuetzung/c'];
    expect(readStored(serialise(keys))).toEqual({ keys, damaged: false });
    expect(readStored(null)).toEqual({ keys: [], damaged: false });
  });

  it('treats anything unreadable as damaged, keeping the keys it can use', () => {
    expect(readStored('{kaputt')).toEqual({ keys: [], damaged: true });
    expect(readStored('"foerderprogramme/a"')).toEqual({ keys: [], damaged: true });
    expect(readStored('null')).toEqual({ keys: [], damaged: true });
    expect(readStored(JSON.stringify({ keys: ['foerderprogramme/a', 7, 'leitfaeden/x'] }))).toEqual({ keys: ['foerderprogramme/a'], damaged: true });
  });
});

describe('share links', () => {
  it('writes one readable parameter per collection and reads it back in the same order', () => {
    const keys = ['foerderprogramme/a', 'unterstuetzung/c', 'foerderprogramme/b'];
    const query = shareQuery(keys);
    expect(query).toBe('foerderprogramme=a,b&unterstuetzung=c');
    expect(parseShareQuery(`?${query}`)).toEqual({ keys: ['foerderprogramme/a', 'foerderprogramme/b', 'unterstuetzung/c'], malformed: [] });
  });

  it('names what cannot be an id, ignores other parameters, and drops repeats', () => {
    expect(parseShareQuery('?foerderprogramme=a,,<script>,a&foerderprogramme=b&utm_source=x&leitfaeden=y')).toEqual({
      keys: ['foerderprogramme/a', 'foerderprogramme/b'],
      malformed: ['<script>'],
    });
    expect(parseShareQuery('?foerderprogramme=%E2%80%9Ekaputt')).toEqual({ keys: [], malformed: ['„kaputt'] });
  });
});
