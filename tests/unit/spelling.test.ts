import { describe, expect, it } from 'vitest';
import { dictionaryWords, isKnown, speller } from '../../src/core/spelling.ts';

const words = dictionaryWords([
  'Breitbandausbau in der Gemeinde planen',
  'Breitband, Glasfaser und Gigabit für Kommunen',
  'Digitalstrategie entwickeln',
  'Förderantrag vorbereiten',
  'Onlinedienste einführen',
]);

describe('dictionaryWords', () => {
  it('keeps distinct words of four letters or more, lower case, sorted', () => {
    expect(words).toContain('breitband');
    expect(words).toContain('förderantrag');
    expect(words).not.toContain('in');
    expect([...words].sort()).toEqual(words);
  });
});

describe('isKnown', () => {
  it('knows a word and the start of a word', () => {
    expect(isKnown('Breitband', words)).toBe(true);
    expect(isKnown('digitalstrat', words)).toBe(true);
    expect(isKnown('breitbnad', words)).toBe(false);
  });
});

describe('speller', () => {
  const spell = speller(words);
  it('corrects a misspelt word to the closest known one, keeping the capital', () => {
    expect(spell.correct('Breitbnad')).toBe('Breitband');
    expect(spell.correct('Förderantarg')).toBe('Förderantrag');
    expect(spell.correct('Digitalstrateige')).toBe('Digitalstrategie');
  });

  it('leaves known words, short words and nonsense alone', () => {
    expect(spell.correct('Glasfaser Gemeinde')).toBeUndefined();
    expect(spell.correct('OZG')).toBeUndefined();
    expect(spell.correct('Quxwerpelzahn')).toBeUndefined();
  });
});

describe('dictionaryWords from body texts', () => {
  it('takes a body word only when the texts use it twice', () => {
    const list = dictionaryWords(['Titel'], ['Bezirksregierung prüft. Die Bezirksregierung bewilligt.', 'Ein Tippfheler.']);
    expect(list).toContain('bezirksregierung');
    expect(list).not.toContain('tippfheler');
    expect(list).toContain('titel');
  });
});
