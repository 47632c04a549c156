/**
 * What the Förder-Check shows of its ranked results: grouped by kind, closed
 * programmes hidden unless asked for, narrowed by a free-text filter, and each
 * group cut to a short list unless opened in full. Pure, so the browser can run
 * it in a worker next to the catalogue and send only what is drawn.
 */
import Fuse from 'fuse.js';
import { isOpen } from './deadlines.ts';
import type { MatchResult, WizardEntry } from './matching.ts';
import type { CollectionName, Field } from './vocabulary.ts';

export type Result = MatchResult<WizardEntry>;

const isUmbrella = (result: Result) => result.entry.collection === 'programmes' && Boolean(result.entry.umbrella);
const inCollections = (...names: CollectionName[]) => (result: Result) => names.includes(result.entry.collection);

export const resultGroups = [
  { id: 'programmes', title: 'Förderprogramme', belongs: (result: Result) => result.entry.collection === 'programmes' && !isUmbrella(result) },
  {
    id: 'umbrellas',
    title: 'Dachprogramme: EU- und Bundesmittel, die über eigene Programme verteilt werden',
    belongs: isUmbrella,
  },
  { id: 'offers', title: 'Unterstützungsangebote', belongs: inCollections('offers') },
  { id: 'guides', title: 'Checklisten und Leitfäden', belongs: inCollections('checklists', 'guides') },
  { id: 'examples', title: 'Praxisbeispiele', belongs: inCollections('examples') },
] as const;
export type GroupId = (typeof resultGroups)[number]['id'];

/** How many programmes the short answer names. */
export const BEST_COUNT = 3;

/** Direct programmes one can apply to now, best first: the short answer above the full list. */
export function bestMatches(results: readonly Result[]): Result[] {
  return results
    .filter((result) => result.entry.collection === 'programmes' && !isUmbrella(result) && result.deadline && isOpen(result.deadline.status))
    .slice(0, BEST_COUNT);
}

/** The next steps beside the answer: the best advice offer, checklist and guide for these answers. */
export function nextSteps(results: readonly Result[]): Result[] {
  return (['offers', 'checklists', 'guides'] as const)
    .map((collection) => results.find((result) => result.entry.collection === collection))
    .filter((result): result is Result => Boolean(result));
}

/**
 * A purpose the user chose that no open direct programme serves: said plainly,
 * with the announced programmes for it (and their dates) as the nearest help.
 */
export interface Gap {
  /** Labels of what no open programme serves. */
  purposes: string[];
  announced: Result[];
}

export function purposeGap(results: readonly Result[], purposes: ViewOptions['purposes']): Gap | undefined {
  const serves = (result: Result, purpose: ViewOptions['purposes'][number]) => purpose.fields.some((field) => result.entry.fields?.includes(field));
  const direct = results.filter((result) => result.entry.collection === 'programmes' && !isUmbrella(result));
  const unserved = purposes.filter((purpose) => !direct.some((result) => result.deadline && isOpen(result.deadline.status) && serves(result, purpose)));
  if (!unserved.length) return undefined;
  return {
    purposes: unserved.map((purpose) => purpose.label),
    announced: direct.filter((result) => result.deadline?.status === 'angekuendigt' && unserved.some((purpose) => serves(result, purpose))),
  };
}

/** Entries per group before „Alle … anzeigen“; enough for everything one Land offers today. */
export const SHORT_LIST = 30;

export interface ViewOptions {
  showClosed: boolean;
  /** Free text that narrows the results (fuzzy, over title, facts and summary). */
  filter: string;
  /** Groups shown in full. */
  expanded: readonly GroupId[];
  /** What the user asked for, each with the fields that serve it (see askedFor): what a gap is judged against. */
  purposes: ReadonlyArray<{ label: string; fields: readonly Field[] }>;
}

export interface ResultView {
  groups: Array<{ id: GroupId; title: string; total: number; items: Result[] }>;
  /** Results left after the closed switch and the filter. */
  visible: number;
  /** Closed programmes that the switch hides. */
  hiddenClosed: number;
  /** The short answer: the best direct programmes open now (never narrowed by the filter). */
  best: Result[];
  /** Advice offer, checklist and guide to go on with. */
  steps: Result[];
  gap?: Gap;
}

/** Longest filter text used: fuse.js's bitap search works on at most 32 characters. */
const FILTER_LENGTH = 32;

export function resultView(results: readonly Result[], options: ViewOptions): ResultView {
  let visible = results.filter((result) => options.showClosed || !result.closed);
  const query = options.filter.trim().slice(0, FILTER_LENGTH);
  if (query) {
    const fuse = new Fuse(visible, {
      keys: [
        { name: 'entry.title', weight: 3 },
        { name: 'entry.facts', weight: 2 },
        { name: 'entry.summary', weight: 1 },
      ],
      threshold: 0.35,
      ignoreLocation: true,
    });
    const kept = new Set(fuse.search(query).map((hit) => hit.item));
    visible = visible.filter((result) => kept.has(result));
  }
  const gap = purposeGap(results, options.purposes);
  return {
    groups: resultGroups.map((group) => {
      const items = visible.filter(group.belongs);
      return { id: group.id, title: group.title, total: items.length, items: options.expanded.includes(group.id) ? items : items.slice(0, SHORT_LIST) };
    }),
    visible: visible.length,
    hiddenClosed: options.showClosed ? 0 : results.filter((result) => result.closed).length,
    best: bestMatches(results),
    steps: nextSteps(results),
    ...(gap ? { gap } : {}),
  };
}
