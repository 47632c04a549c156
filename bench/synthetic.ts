/**
 * Deterministic synthetic catalogue for benchmarks: N programmes spread over all
 * Länder, sizes, stages and fields, like a grown real catalogue. Not content.
 */
import type { WizardEntry } from '../src/core/matching.ts';
import { programmeHelp } from '../src/core/matching.ts';
import { applicantTypes, fields, stages, stateCodes, type FundingType } from '../src/core/vocabulary.ts';

/** Small linear congruential generator, so every run sees the same catalogue. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticProgrammes(count: number, seed = 42): WizardEntry[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[], min = 1): T[] => {
    const chosen = items.filter(() => next() < 0.4);
    return chosen.length >= min ? chosen : items.slice(0, min);
  };
  const statuses = ['offen', 'laufend', 'geschlossen', 'angekuendigt'] as const;
  return Array.from({ length: count }, (_, index) => {
    const land = next() < 0.7;
    const status = statuses[Math.floor(next() * statuses.length)]!;
    const day = 1 + Math.floor(next() * 28);
    const fundingTypes: FundingType[] = next() < 0.8 ? ['zuschuss'] : ['darlehen'];
    return {
      collection: 'programmes',
      id: `programm-${index}`,
      title: `Förderprogramm ${index} für digitale Kommunen`,
      summary: 'Synthetischer Eintrag für Messungen der Suche und des Förder-Checks.',
      url: `/foerderprogramme/programm-${index}/`,
      facts: ['Land: Ministerium', 'Zuschuss'],
      states: land ? [stateCodes[Math.floor(next() * stateCodes.length)]!] : 'all',
      applicants: pick(applicantTypes.ids),
      population: next() < 0.3 ? { max: [5_000, 20_000, 100_000][Math.floor(next() * 3)] } : undefined,
      stages: pick(stages.ids),
      fields: pick(fields.ids),
      help: programmeHelp(fundingTypes),
      status,
      deadlines: status === 'laufend' ? [] : [{ date: `2027-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`, label: 'Antragsschluss' }],
      lastChecked: '2026-11-25',
    };
  });
}
