/**
 * The Merkliste's catalogue (/merkliste/daten.json): every programme and support
 * offer with what the list, the comparison, the own-share sums and the exports
 * need, as words the pages already use. Loaded only by /merkliste/, so content
 * pages carry nothing for it but a key on each „Merken“ button.
 */
import { statusSource } from '../core/deadlines.ts';
import type { SavedCatalogue, SavedEntry } from '../core/saved-list.ts';
import { entryUrl } from '../core/urls.ts';
import { collections } from '../core/vocabulary.ts';
import type { TypedEntry } from '../schemas/index.ts';
import { calendarEvents } from './deadline-events.ts';
import { fundedFields, offerFacts, programmeFacts, type Fact } from './entry-facts.ts';
import type { Programme } from '../schemas/programme.ts';
import { programmeTerms } from './own-share-terms.ts';

/**
 * The programme facts the Merkliste shows. The next deadline is left out: the
 * browser works it out from the status data against its own date.
 */
function comparedFacts(p: Programme): Fact[] {
  return [
    ...programmeFacts(p, undefined).filter((fact) => fact.id !== 'nextDeadline'),
    { id: 'fields', label: 'Was gefördert wird', value: fundedFields(p) },
    { id: 'deadlineNote', label: 'Hinweis zu Fristen', value: p.deadlineNote },
  ];
}

/** The stated values by fact id; each label goes once into `labels`, in the order the facts come. */
function collect(facts: Fact[], labels: Record<string, string>): Record<string, string> {
  for (const fact of facts) labels[fact.id] = fact.label;
  return Object.fromEntries(facts.flatMap((fact) => (fact.value === undefined ? [] : [[fact.id, fact.value]])));
}

/** Application steps shown as „next steps“ in the council brief; the full list is on the programme page. */
const BRIEF_STEPS = 3;

export function savedCatalogue(
  programmes: readonly TypedEntry<'programmes'>[],
  offers: readonly TypedEntry<'offers'>[],
  today: string,
  site: URL,
): SavedCatalogue {
  const entries: Record<string, SavedEntry> = {};
  const labels: SavedCatalogue['labels'] = { programmes: {}, offers: {} };
  for (const programme of programmes) {
    const p = programme.data;
    entries[`${collections.programmes.path}/${programme.id}`] = {
      collection: 'programmes',
      title: p.title,
      url: entryUrl('programmes', programme.id),
      provider: p.provider,
      facts: collect(comparedFacts(p), labels.programmes),
      status: statusSource(p),
      terms: programmeTerms(p),
      events: calendarEvents([programme], today, site).map(({ item, event }) => ({ event, kind: item.kind, label: item.label })),
      steps: p.applicationSteps.slice(0, BRIEF_STEPS),
      sourceUrl: p.sourceUrl,
      lastChecked: p.lastChecked,
    };
  }
  for (const offer of offers) {
    const o = offer.data;
    entries[`${collections.offers.path}/${offer.id}`] = {
      collection: 'offers',
      title: o.title,
      url: entryUrl('offers', offer.id),
      provider: o.provider,
      facts: collect(offerFacts(o), labels.offers),
    };
  }
  return { labels, entries };
}
