import { describe, expect, it } from 'vitest';
import { answerInTop, ndcg } from '../helpers/ndcg.ts';
import { judgements } from '../search/judgements.ts';
import { validateContent } from '../../src/build/read-content.ts';
import { entryUrl, stateUrl } from '../../src/core/urls.ts';
import { stateCodes } from '../../src/core/vocabulary.ts';

describe('ndcg', () => {
  it('is 1 for the ideal order, less for a worse one, 0 without any judged page', () => {
    const grades = { a: 2, b: 1 };
    expect(ndcg(['a', 'b'], grades)).toBe(1);
    expect(ndcg(['b', 'a'], grades)).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 10);
    expect(ndcg(['x', 'y'], grades)).toBe(0);
  });

  it('knows whether an answer is in the first n', () => {
    expect(answerInTop(['x', 'x', 'x', 'x', 'a'], { a: 2 })).toBe(true);
    expect(answerInTop(['x', 'x', 'x', 'x', 'x', 'a'], { a: 2 })).toBe(false);
    expect(answerInTop(['b'], { b: 1 })).toBe(false);
  });
});

describe('the judged search test set', () => {
  it('has at least 50 queries, each with an answer, judging only pages that exist', () => {
    expect(judgements.length).toBeGreaterThanOrEqual(50);
    const pages = new Set([...validateContent().entries.map((entry) => entryUrl(entry.collection, entry.id)), ...stateCodes.map(stateUrl)]);
    for (const [query, grades] of judgements) {
      expect(Object.values(grades), query).toContain(2);
      for (const url of Object.keys(grades)) expect(pages.has(url), `${query}: ${url}`).toBe(true);
    }
  });
});
