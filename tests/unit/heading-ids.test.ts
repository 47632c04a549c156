import { describe, expect, it } from 'vitest';
import { headingIds } from '../../src/build/heading-ids.ts';

describe('headingIds', () => {
  it('gives the ids Astro gives: lower case, umlauts kept, punctuation dropped, repeats numbered, code fences skipped', () => {
    const body = '## Schritt 1: Die Ausgangslage erfassen\n\nText\n\n### Für **kleine** Gemeinden\n\n```\n# kein Titel\n```\n\n## Häufige Fragen\n\n## Häufige Fragen\n';
    expect([...headingIds(body)]).toEqual(['schritt-1-die-ausgangslage-erfassen', 'für-kleine-gemeinden', 'häufige-fragen', 'häufige-fragen-1']);
  });
});
