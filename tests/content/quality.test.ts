/**
 * Standards for the real content beyond what the schema enforces: enough entries
 * to be useful, every Land covered, sources on the provider's site over https,
 * guides of real length. Status is judged on each programme's own check date, so
 * the test does not flip when a deadline passes; `npm run content:report` shows
 * today's picture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/build/read-content.ts';
import { contentReport } from '../../src/build/content-report.ts';
import { stateCodes, states } from '../../src/core/vocabulary.ts';
import { ownShare } from '../../src/core/own-share.ts';
import { programmeTerms } from '../../src/projections/own-share-terms.ts';

const { entries: parsed, problems } = validateContent();
const report = contentReport(parsed, '2026-11-25');
const of = (collection: string) => parsed.filter((entry) => entry.collection === collection);

function words(file: string): number {
  const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---/, '');
  return body.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

describe('content quality', () => {
  it('validates without problems', () => {
    expect(problems).toEqual([]);
  });

  it('has the amounts a municipality can work with', () => {
    expect(report.perCollection.programmes).toBeGreaterThanOrEqual(60);
    expect(report.openAtCheck).toBeGreaterThanOrEqual(25);
    expect(report.perCollection.offers).toBeGreaterThanOrEqual(20);
    expect(report.perCollection.checklists).toBeGreaterThanOrEqual(10);
    expect(report.perCollection.guides).toBeGreaterThanOrEqual(8);
  });

  it('gives a special rate only where ticking its condition changes the calculation', () => {
    // A special rate equal to the general one is a copy slip, and the calculator's checkbox would do nothing.
    // 10.000 € stays under every maximum amount, so a cap cannot hide the difference.
    const withSpecial = parsed.flatMap((entry) => (entry.collection === 'programmes' && entry.data.specialRates.length > 0 ? [entry] : []));
    expect(withSpecial.length).toBeGreaterThanOrEqual(4);
    for (const entry of withSpecial) {
      if (entry.collection !== 'programmes') continue;
      const terms = programmeTerms(entry.data);
      for (const rate of entry.data.specialRates) {
        const general = ownShare(10_000, terms);
        const special = ownShare(10_000, terms, { conditions: [rate.condition] });
        expect(special, entry.file).toMatchObject({ kind: 'estimate', specialRate: rate.condition });
        expect('funding' in special && special.funding, entry.file).not.toEqual('funding' in general && general.funding);
      }
    }
  });

  it('gives every Land at least two programmes of its own', () => {
    const thin = stateCodes.filter((code) => report.perState[code].own < 2).map((code) => states[code].name);
    expect(thin).toEqual([]);
  });

  it('has EU and Bund programmes', () => {
    expect(report.perLevel.eu).toBeGreaterThanOrEqual(3);
    expect(report.perLevel.bund).toBeGreaterThanOrEqual(10);
  });

  it('sources every programme, offer and example over https with a check date', () => {
    for (const entry of parsed) {
      if (entry.collection === 'guides' || entry.collection === 'checklists') continue;
      expect(entry.data.sourceUrl, entry.file).toMatch(/^https:\/\/[^/\s]+\.[a-z]{2,}(\/|$)/);
      expect(entry.data.lastChecked, entry.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps every summary between 80 and 400 characters', () => {
    for (const entry of parsed) {
      const length = String(entry.data.summary).length;
      expect(length, entry.file).toBeGreaterThanOrEqual(80);
      expect(length, entry.file).toBeLessThanOrEqual(400);
    }
  });

  it('keeps the seven examples the study describes', () => {
    expect(of('examples').map((entry) => entry.id)).toEqual(expect.arrayContaining(
      ['bad-hersfeld', 'brandis', 'digitale-doerfer-bayern', 'jena', 'kaiserslautern', 'paderborn-owl', 'rhein-neckar-kreis']),
    );
  });

  it('writes guides of real substance (about 1,200 words or more)', () => {
    for (const entry of of('guides')) expect(words(entry.file), entry.file).toBeGreaterThanOrEqual(1150);
  });

  it('gives checklists enough steps', () => {
    for (const entry of parsed) if (entry.collection === 'checklists') expect(entry.data.items.length, entry.file).toBeGreaterThanOrEqual(8);
  });
});
