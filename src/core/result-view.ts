/**
 * What the Förder-Check shows of its ranked results: grouped by kind, closed
 * programmes hidden unless asked for, narrowed by a free-text filter, and each
 * group cut to a short list unless opened in full. Pure, so the browser can run
 * it in a worker next to the catalogue and send only what is drawn.
 */
import Fuse from 'fuse.js';
import type { MatchResult, WizardEntry } from './matching.ts';
import type { CollectionName } from './vocabulary.ts';

export type Result = MatchResult<WizardEntry>;

export const resultGroups = [
  { id: 'programmes', title: 'Förderprogramme', collections: ['programmes'] },
  { id: 'offers', title: 'Unterstützungsangebote', collections: ['offers'] },
  { id: 'guides', title: 'Checklisten und Leitfäden', collections: ['checklists', 'guides'] },
  { id: 'examples', title: 'Praxisbeispiele', collections: ['examples'] },
] as const satisfies ReadonlyArray<{ id: string; title: string; collections: readonly CollectionName[] }>;
export type GroupId = (typeof resultGroups)[number]['id'];

/** Entries per group before „Alle … anzeigen“; enough for everything one Land offers today. */
export const SHORT_LIST = 30;

export interface ViewOptions {
  showClosed: boolean;
  /** Free text that narrows the results (fuzzy, over title, facts and summary). */
  filter: string;
  /** Groups shown in full. */
  expanded: readonly GroupId[];
}

export interface ResultView {
  groups: Array<{ id: GroupId; title: string; total: number; items: Result[] }>;
  /** Results left after the closed switch and the filter. */
  visible: number;
  /** Closed programmes that the switch hides. */
  hiddenClosed: number;
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
  return {
    groups: resultGroups.map((group) => {
      const items = visible.filter((result) => (group.collections as readonly CollectionName[]).includes(result.entry.collection));
      return { id: group.id, title: group.title, total: items.length, items: options.expanded.includes(group.id) ? items : items.slice(0, SHORT_LIST) };
    }),
    visible: visible.length,
    hiddenClosed: options.showClosed ? 0 : results.filter((result) => result.closed).length,
  };
}
