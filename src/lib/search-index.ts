/**
 * What the Pagefind index learns about each entry beyond its text: filters
 * (with counts on the search page), meta shown on results, sort keys, and extra
 * terms. Pure, so the mapping is tested once; the page template only prints it.
 */
import type { Checklist, Example, Guide, Offer, Programme } from '../schemas/index.ts';
import { programmeStatus, displayStatusLabels } from './deadlines.ts';
import { formatDate, transliterate } from './format.ts';
import { stateScopeLabel } from './describe.ts';
import { collections, fields, fundingTypes, levels, states, type CollectionName, type StateCode } from './vocabulary.ts';

export interface SearchData {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
  /** Words with umlauts or ß spelled the ASCII way, so „Foerderung“ finds „Förderung“. */
  extraTerms: string;
}

/** Sort key for entries without a deadline: Pagefind drops pages lacking a key from sorted results. */
export const NO_DEADLINE = '9999-12-31';

/** The words of `text` that contain umlauts or ß, transliterated and de-duplicated. */
export function transliteratedWords(text: string): string[] {
  const words = text.match(/[\p{L}-]*[äöüÄÖÜß][\p{L}-]*/gu) ?? [];
  return [...new Set(words.map(transliterate))];
}

/** Filter value of entries open in every Land; a search by Land includes it (search-params.ts). */
export const ALL_STATES = 'alle Länder';

/**
 * Land filter values. Entries for every Land get one value, not sixteen: the
 * filter index grew sixteen-fold otherwise and dominated the first search's
 * download at thousands of entries.
 */
function stateNames(scope: 'all' | readonly StateCode[]): string[] {
  return scope === 'all' ? [ALL_STATES] : scope.map((code) => states[code].name);
}

type DataOf = { programmes: Programme; offers: Offer; checklists: Checklist; guides: Guide; examples: Example };

export function searchData<C extends CollectionName>(collection: C, data: DataOf[C], today: string): SearchData {
  const type = collection === 'offers' ? 'Unterstützung' : collections[collection].singular;
  const result: SearchData = {
    filters: { typ: [type], handlungsfeld: data.fields.map(fields.label) },
    meta: { typ: type },
    sort: { frist: NO_DEADLINE, aktualisiert: '' },
    extraTerms: transliteratedWords(`${data.title} ${data.summary}`).join(' '),
  };
  switch (collection) {
    case 'programmes': {
      const p = data as Programme;
      const status = programmeStatus(p, today);
      result.filters.ebene = [levels.label(p.level)];
      result.filters.land = stateNames(p.states);
      result.filters.foerderart = p.fundingTypes.map(fundingTypes.label);
      result.filters.status = [displayStatusLabels[status.status]];
      result.meta.ebene = levels.label(p.level);
      result.meta.land = stateScopeLabel(p.states);
      result.meta.status = displayStatusLabels[status.status];
      if (status.next) {
        result.meta.frist = formatDate(status.next.date);
        result.sort.frist = status.next.date;
      }
      result.sort.aktualisiert = p.lastChecked;
      break;
    }
    case 'offers':
    case 'examples': {
      const e = data as Offer | Example;
      result.filters.land = stateNames(e.states);
      result.meta.land = stateScopeLabel(e.states);
      result.sort.aktualisiert = e.lastChecked;
      break;
    }
    default:
      result.sort.aktualisiert = (data as Checklist | Guide).updated;
  }
  return result;
}
