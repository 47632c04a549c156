/**
 * Search state in the URL of /suche/, with short public ids (`?q=Breitband&typ=
 * foerderprogramm&land=BY`), mapped to the German filter values in the index.
 * Unknown ids are dropped, so a mangled link still opens a working search.
 */
import { displayStatusLabels, type DisplayStatus } from './deadlines.ts';
import { applicantPlurals, applicantTypes, collectionNames, collections, fields, fundingTypes, levels, sizes, stateCodes, states } from './vocabulary.ts';

/** Filter value of entries open in every Land; a search by Land includes it. */
export const ALL_STATES = 'alle Länder';

/** URL parameter → Pagefind filter name and the id → label map of its values. */
export const searchFilters = {
  typ: {
    filter: 'typ',
    label: 'Art',
    values: {
      ...Object.fromEntries(collectionNames.map((name) => [collections[name].typeId, collections[name].type])),
      laenderseite: 'Länderseite',
      studie: 'Studie',
    } as Record<string, string>,
  },
  ebene: { filter: 'ebene', label: 'Ebene', values: levels.labels as Record<string, string> },
  land: {
    filter: 'land',
    label: 'Land',
    values: Object.fromEntries(stateCodes.map((code) => [code, states[code].name])) as Record<string, string>,
  },
  feld: { filter: 'handlungsfeld', label: 'Handlungsfeld', values: fields.labels as Record<string, string> },
  wer: {
    filter: 'antragsberechtigt',
    label: 'Wer beantragen kann',
    values: Object.fromEntries(applicantTypes.ids.map((id) => [id, applicantPlurals[id]])) as Record<string, string>,
  },
  groesse: { filter: 'groesse', label: 'Größe der Kommune', values: sizes.labels as Record<string, string> },
  foerderart: { filter: 'foerderart', label: 'Förderart', values: fundingTypes.labels as Record<string, string> },
  status: {
    filter: 'status',
    label: 'Status',
    values: displayStatusLabels as Record<DisplayStatus, string> as Record<string, string>,
  },
} as const;
export type SearchParam = keyof typeof searchFilters;
export const searchParamNames = Object.keys(searchFilters) as SearchParam[];

export const sortOptions = {
  relevanz: { label: 'Relevanz', sort: undefined },
  frist: { label: 'nächste Frist zuerst', sort: { frist: 'asc' } },
  neu: { label: 'zuletzt geprüft oder aktualisiert', sort: { aktualisiert: 'desc' } },
} as const;
export type SortId = keyof typeof sortOptions;

export interface SearchState {
  query: string;
  /** Selected ids per parameter. */
  selected: Record<SearchParam, string[]>;
  sort: SortId;
}

export function parseSearch(params: URLSearchParams): SearchState {
  const selected = Object.fromEntries(
    searchParamNames.map((name) => {
      const known = searchFilters[name].values;
      const ids = params.getAll(name).flatMap((value) => value.split(',')).map((id) => id.trim());
      // Land codes are upper case in links; accept „by“ as well as „BY“.
      const normalised = ids.map((id) => (name === 'land' ? id.toUpperCase() : id));
      return [name, [...new Set(normalised.filter((id) => Object.hasOwn(known, id)))]];
    }),
  ) as Record<SearchParam, string[]>;
  const sort = params.get('sortierung') ?? '';
  return {
    query: (params.get('q') ?? '').trim().slice(0, 200),
    selected,
    sort: Object.hasOwn(sortOptions, sort) ? (sort as SortId) : 'relevanz',
  };
}

export function searchToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of searchParamNames) if (state.selected[name].length) params.set(name, state.selected[name].join(','));
  if (state.sort !== 'relevanz') params.set('sortierung', state.sort);
  return params.toString().replace(/%2C/g, ',');
}

/**
 * Pagefind filter object: any of the selected values within a group, all groups
 * together. Choosing a Land also finds what is open in every Land.
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of searchParamNames) {
    const ids = state.selected[name];
    if (!ids.length) continue;
    const values = ids.map((id) => searchFilters[name].values[id]!);
    filters[searchFilters[name].filter] = { any: name === 'land' ? [...values, ALL_STATES] : values };
  }
  return filters;
}

/** The status line after a search: „1 Ergebnis für „X“.“ or „12 Ergebnisse …“. */
export function resultCountText(count: number, query: string): string {
  const what = query ? ` für „${query}“` : '';
  return count === 1 ? `1 Ergebnis${what}.` : `${count} Ergebnisse${what}.`;
}
