import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/core/answers.ts';
import { clusterFor, clusterSentence } from '../../src/core/clusters.ts';

const place = (population: number, stage: 'keine' | 'geplant' | 'erarbeitung' | 'umsetzung') =>
  clusterFor({ ...emptyAnswers(), population, stage });

describe('clusterFor', () => {
  it('needs both size and stage', () => {
    expect(clusterFor({ ...emptyAnswers(), population: 5000 })).toBeUndefined();
    expect(clusterFor({ ...emptyAnswers(), stage: 'keine' })).toBeUndefined();
  });
  it('places small municipalities by stage', () => {
    expect(place(3000, 'umsetzung')).toBe('vorreiter');
    expect(place(3000, 'erarbeitung')).toBe('follower');
    expect(place(19_999, 'keine')).toBe('verweigerer');
  });
  it('places large municipalities, with the study cut at 100,000', () => {
    expect(place(100_001, 'geplant')).toBe('grosskommunen');
    expect(place(100_000, 'geplant')).toBe('nachzuegler');
    expect(place(250_000, 'keine')).toBe('nachzuegler');
  });
  it('uses the lower end of a size band', () => {
    expect(clusterFor({ ...emptyAnswers(), size: 'unter-5000', stage: 'umsetzung' })).toBe('vorreiter');
    expect(clusterFor({ ...emptyAnswers(), size: 'ueber-100000', stage: 'erarbeitung' })).toBe('grosskommunen');
  });
  it('words every cluster as „Kommunen wie Ihre“', () => {
    for (const cluster of ['vorreiter', 'grosskommunen', 'follower', 'nachzuegler', 'verweigerer'] as const) {
      expect(clusterSentence(cluster)).toMatch(/^Kommunen wie Ihre/);
    }
  });
});
