/**
 * The words on one Förder-Check result card. The Land pages draw it at build
 * time (ResultCard.astro) and the wizard in the browser (foerder-check.ts); both
 * take their text from here, so a card says the same wherever it appears.
 */
import type { DisplayStatus } from './deadlines.ts';
import { formatDate, joinGerman } from './format.ts';
import type { MatchResult, WizardEntry } from './matching.ts';
import { statusWords } from './status-view.ts';
import type { Gap } from './result-view.ts';
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
  notes: Array<{ kind: 'reasons' | 'caveats'; label: string; text: string; links?: Array<{ title: string; url: string }> }>;
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
  if (result.spentThrough?.length) {
    const links = result.spentThrough.map((programme) => ({ title: programme.title, url: programme.url }));
    card.notes.push({ kind: 'reasons', label: 'Beantragen über:', text: links.map((link) => link.title).join(' · '), links });
  } else if (entry.umbrella) {
    card.notes.push({ kind: 'caveats', label: 'Dachprogramm:', text: 'wird nicht direkt beantragt, sondern über Programme der Länder oder Regionen' });
  }
  if (entry.facts.length) card.meta.push(entry.facts.join(' · '));
  if (entry.lastChecked) card.meta.push(`Zuletzt geprüft: ${formatDate(entry.lastChecked)}`);
  return card;
}

/** One line of the short answer: who gives it, how much, by when, and where to apply. */
export function bestLine(result: MatchResult<WizardEntry>): { title: string; url: string; facts: string } {
  const { entry, deadline } = result;
  const words = deadline ? statusWords(deadline, formatDate) : undefined;
  const facts = [
    ...entry.facts,
    ...(entry.ownShare ? [`Eigenanteil: ${entry.ownShare}`] : []),
    ...(words ? [words.next.card ?? words.label] : []),
    ...(entry.applyAt ? [`Antrag: ${entry.applyAt}`] : []),
  ];
  return { title: entry.title, url: entry.url, facts: facts.join(' · ') };
}

/** The plain sentence when no open programme serves a chosen purpose, with what exists instead. */
export function gapSentence(gap: Gap): string {
  const purposes = joinGerman(gap.purposes.map((label) => `„${label}“`));
  const announced = gap.announced.map((result) => {
    const next = result.deadline?.next;
    return next ? `„${result.entry.title}“ (erwartet zum ${formatDate(next.date)})` : `„${result.entry.title}“`;
  });
  return [
    `Für ${purposes} ist derzeit kein passendes Förderprogramm offen.`,
    announced.length ? `Angekündigt: ${joinGerman(announced)}.` : '',
    'Beratung und Arbeitshilfen finden Sie unter „Nächste Schritte“; geschlossene Programme, die wiederkommen können, zeigt der Schalter „Geschlossene Programme zeigen“.',
  ]
    .filter(Boolean)
    .join(' ');
}
