/**
 * The words on one Förder-Check result card. The Land pages draw it at build
 * time (ResultCard.astro) and the wizard in the browser (foerder-check.ts); both
 * take their text from here, so a card says the same wherever it appears.
 */
import type { DisplayStatus } from './deadlines.ts';
import { formatDate } from './format.ts';
import type { MatchResult, WizardEntry } from './matching.ts';
import { statusWords } from './status-view.ts';
import { collections } from './vocabulary.ts';

export interface ResultCardText {
  /** Kind of entry, e.g. „Förderprogramm“. */
  kicker: string;
  title: string;
  url: string;
  /** Programmes only: status tag and, if there is one, the next deadline. */
  status?: { id: DisplayStatus; label: string; next?: string };
  summary: string;
  /** Why it fits and where it fits only partly, each with its label. */
  notes: Array<{ kind: 'reasons' | 'caveats'; label: string; text: string }>;
  /** Short facts and the date of the last check. */
  meta: string[];
}

export function resultCardText(result: MatchResult<WizardEntry>): ResultCardText {
  const { entry, deadline } = result;
  const card: ResultCardText = {
    kicker: collections[entry.collection].singular,
    title: entry.title,
    url: entry.url,
    summary: entry.summary,
    notes: [],
    meta: [],
  };
  if (deadline) {
    const words = statusWords(deadline, formatDate);
    card.status = { id: words.id, label: words.label };
    if (words.next.card) card.status.next = words.next.card;
  }
  if (result.reasons.length) card.notes.push({ kind: 'reasons', label: 'Passt:', text: result.reasons.join(' · ') });
  if (result.caveats.length) card.notes.push({ kind: 'caveats', label: 'Einschränkungen:', text: result.caveats.join(' · ') });
  if (entry.facts.length) card.meta.push(entry.facts.join(' · '));
  if (entry.lastChecked) card.meta.push(`Zuletzt geprüft: ${formatDate(entry.lastChecked)}`);
  return card;
}
