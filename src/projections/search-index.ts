/**
 * What the Pagefind index learns about each entry beyond its text: filters
 * (with counts on the search page), meta shown on results, sort keys, and extra
 * terms. Pure, so the mapping is tested once; the page template only prints it.
 */
import type { TypedEntry } from '../schemas/index.ts';
import { displayStatusLabels, type StatusResult } from '../core/deadlines.ts';
import { formatDate, transliterate } from '../core/format.ts';
import { ALL_STATES } from '../core/search-params.ts';
import { rankFilter } from '../core/search-rank.ts';
import { synonymTerms } from '../core/synonyms.ts';
import { stateScopeLabel } from '../core/describe.ts';
import { applicantPlurals, collections, fields, fundingTypes, levels, sizeBounds, sizes, states, type Size, type StateCode } from '../core/vocabulary.ts';

export interface SearchData {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
  /** Words with umlauts or ß spelled the ASCII way, so „Foerderung“ finds „Förderung“. */
  extraTerms: string;
  /** Other words for what the entry talks about (see core/synonyms.ts), indexed with low weight. */
  synonyms: string;
}

/** Sort key for entries without a deadline: Pagefind drops pages lacking a key from sorted results. */
export const NO_DEADLINE = '9999-12-31';

/** The words of `text` that contain umlauts or ß, transliterated and de-duplicated. */
export function transliteratedWords(text: string): string[] {
  const words = text.match(/[\p{L}-]*[äöüÄÖÜß][\p{L}-]*/gu) ?? [];
  return [...new Set(words.map(transliterate))];
}


/**
 * Land filter values. Entries for every Land get one value, not sixteen: the
 * filter index grew sixteen-fold otherwise and dominated the first search's
 * download at thousands of entries.
 */
function stateNames(scope: 'all' | readonly StateCode[]): string[] {
  return scope === 'all' ? [ALL_STATES] : scope.map((code) => states[code].name);
}

/** The size bands a population range admits (all of them when the entry names none). */
export function sizesFor(range: { min?: number | undefined; max?: number | undefined } | undefined): Size[] {
  const min = range?.min ?? 0;
  const max = range?.max ?? Number.POSITIVE_INFINITY;
  return sizes.ids.filter((size) => sizeBounds[size].min <= max && (sizeBounds[size].max ?? Number.POSITIVE_INFINITY) >= min);
}

/** What the index learns of an entry; `status` is a programme's status on the day of the build. */
export function searchData(entry: TypedEntry, status?: StatusResult, body = ''): SearchData {
  const { data } = entry;
  const type = collections[entry.collection].type;
  const synonyms = synonymTerms(`${data.title} ${data.summary} ${body}`);
  const result: SearchData = {
    filters: { typ: [type], handlungsfeld: data.fields.map(fields.label) },
    meta: { typ: type },
    sort: { frist: NO_DEADLINE, aktualisiert: '' },
    extraTerms: transliteratedWords(`${data.title} ${data.summary}`).join(' '),
    // Synonyms with umlauts get their ASCII spelling too („Buecherei“).
    synonyms: [...synonyms, ...transliteratedWords(synonyms.join(' '))].join(' '),
  };
  switch (entry.collection) {
    case 'programmes': {
      const p = entry.data;
      const rank = [
        ...(p.states === 'all' ? [] : [rankFilter.someLaender]),
        ...(status?.status === 'angekuendigt' ? [rankFilter.announced] : status?.status === 'geschlossen' ? [rankFilter.closed] : []),
      ];
      if (rank.length) result.filters[rankFilter.name] = rank;
      result.filters.ebene = [levels.label(p.level)];
      result.filters.land = stateNames(p.states);
      result.filters.foerderart = p.fundingTypes.map(fundingTypes.label);
      result.filters.antragsberechtigt = p.applicants.map((type) => applicantPlurals[type]);
      result.filters.groesse = sizesFor(p.population).map(sizes.label);
      result.meta.ebene = levels.label(p.level);
      result.meta.land = stateScopeLabel(p.states);
      if (status) {
        result.filters.status = [displayStatusLabels[status.status]];
        result.meta.status = displayStatusLabels[status.status];
        if (status.next) {
          result.meta.frist = formatDate(status.next.date);
          result.sort.frist = status.next.date;
        }
      }
      result.sort.aktualisiert = p.lastChecked;
      break;
    }
    case 'offers':
      result.filters.antragsberechtigt = entry.data.audience.map((type) => applicantPlurals[type]);
      if (entry.data.states !== 'all') result.filters[rankFilter.name] = [rankFilter.someLaender];
    // falls through: offers and examples share the Land
    case 'examples':
      result.filters.land = stateNames(entry.data.states);
      result.meta.land = stateScopeLabel(entry.data.states);
      result.sort.aktualisiert = entry.data.lastChecked;
      break;
    default:
      result.sort.aktualisiert = entry.data.updated;
  }
  return result;
}
