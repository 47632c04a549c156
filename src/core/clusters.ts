/**
 * Places a municipality among the five clusters of the study „Zukunft wird vor
 * Ort gemacht“ (2018) by size and strategy stage. The study formed the clusters
 * from many answers, so this is a rough placement and the wording says so
 * („Kommunen wie Ihre …“); it needs both a size and a stage.
 */
import type { Answers } from './answers.ts';
import { populationOf } from './matching.ts';

export type Cluster = 'vorreiter' | 'grosskommunen' | 'follower' | 'nachzuegler' | 'verweigerer';

export function clusterFor(answers: Answers): Cluster | undefined {
  const population = populationOf(answers);
  if (!population || !answers.stage) return undefined;
  const size = population.min; // a size band counts by its lower end
  const stage = answers.stage;
  if (size > 100_000) return stage === 'keine' ? 'nachzuegler' : 'grosskommunen';
  if (size < 20_000) {
    if (stage === 'umsetzung') return 'vorreiter';
    if (stage === 'keine') return 'verweigerer';
    return 'follower';
  }
  if (stage === 'keine' || stage === 'geplant') return 'nachzuegler';
  return stage === 'umsetzung' ? 'grosskommunen' : 'follower';
}

/** One sentence for the results page. */
export function clusterSentence(cluster: Cluster): string {
  const sentences: Record<Cluster, string> = {
    vorreiter: 'Kommunen wie Ihre zählt die Studie oft zu den „kleinen digitalen Vorreitern“: klein, aber mit einer Strategie in der Umsetzung.',
    grosskommunen: 'Kommunen wie Ihre zählt die Studie oft zu den „ambitionierten Großkommunen“: Fast alle planen oder setzen eine Digitalstrategie um.',
    follower: 'Kommunen wie Ihre zählt die Studie oft zu den „digitalen Followern“: Etwa drei Viertel von ihnen planen eine Strategie oder setzen sie um.',
    nachzuegler: 'Kommunen wie Ihre zählt die Studie oft zu den „digitalen Nachzüglern“: Über die Hälfte plant bislang keine Strategie – Beratung und Beispiele helfen beim Einstieg.',
    verweigerer: 'Kommunen wie Ihre zählt die Studie oft zu den „digitalen Verweigerern“: Nur 13 % haben begonnen. Der Einstieg gelingt am leichtesten mit Beratung und Beispielen.',
  };
  return sentences[cluster];
}
