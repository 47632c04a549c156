/**
 * <site-search>: the search page's island. Pagefind's JS API with the state in
 * the URL. Pagefind's bundle exists only in the built site, so it is imported
 * at run time from a computed path that Vite leaves alone. Results are built as
 * DOM nodes; the only HTML taken over is Pagefind's excerpt, reduced to text and
 * <mark>. Every asynchronous step ends in `failed()` on error, so the status
 * line never sticks and a failed download never reads as „0 Ergebnisse“.
 */
import { stateForQuery } from '../../core/best-bets.ts';
import type { Speller } from '../../core/spelling.ts';
import { byReach, byStatusTier, isSearchByName, mostWordsFirst, queryWords, rankFilter, unansweredWords, wordsAt, type Tier } from '../../core/search-rank.ts';
import {
  ALL_STATES,
  pagefindFilters,
  parseSearch,
  resultCountText,
  searchFilters,
  searchParamNames,
  searchToQuery,
  sortOptions,
  type SearchParam,
  type SearchState,
} from '../../core/search-params.ts';
import { stateUrl } from '../../core/urls.ts';
import { states } from '../../core/vocabulary.ts';
import { el, findParts } from '../../scripts/dom.ts';
import { createSaveToggle } from '../../scripts/save-toggle.ts';
import { keyFromUrl } from '../../core/saved-list.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** The page's indexed text (Pagefind strips its word separators from `content`, not from this). */
  raw_content: string;
  /** The hits, as word positions in `raw_content`. */
  locations: number[];
}
interface PagefindSearch {
  results: Array<{ id: string; score: number; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string | null, options: object): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  createInstance(options: object): Omit<Pagefind, 'createInstance'>;
}

/** Titles count most; long guides are not pushed down merely for being long. */
const SEARCH_OPTIONS = { excerptLength: 24, ranking: { pageLength: 0.3, termFrequency: 0.6, metaWeights: { title: 6 } } };

const PAGE_SIZE = 10;
const PARTS = ['fallback', 'area', 'sort', 'panel', 'filters', 'reset', 'status', 'active', 'best-bet', 'results', 'more'] as const;
const UNAVAILABLE = 'Die Suche ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal oder nutzen Sie die Listen in der Hauptnavigation.';
/** Where the filters stand beside the results (global.css uses the same width). */
const WIDE_SCREEN = '(min-width: 60rem)';
/** Announced and closed results whose title is checked for a search by name, per tier. */
const NAME_CHECKS = 3;
/** How much a match limited to some Länder counts against one open to all, for a query that names no Land (see byReach). */
const ONE_LAND_WEIGHT = 0.5;
/** Top results whose hit words show whether each query word was found as typed (Pagefind needs every word on every result). */
const SPELLING_CHECKS = 3;
/** „Kein Treffer für „Quxwerpelzahn“ – Ergebnisse für die übrigen Wörter:“ */
function unmatchedNote(words: string[]): string {
  const quoted = words.map((word) => `„${word}“`).join(', ');
  return `Kein Treffer für ${quoted} – Ergebnisse für die übrigen Wörter:`;
}
const FAILED = 'Die Suche konnte gerade nicht alle nötigen Daten laden, daher fehlen Ergebnisse. Bitte versuchen Sie es noch einmal.';

/**
 * Pagefind swallows a failed index download (it searches on without the chunk),
 * so a broken connection would read as „0 Ergebnisse“. Failed requests for its
 * files are counted here; a search during which one failed is reported as failed
 * instead. The count only sees requests made on this page's thread, not those of
 * Pagefind's worker, so an empty answer is asked again of a second instance
 * without a worker (see #confirmEmpty): searching stays off the main thread in the
 * common case, and „0 Ergebnisse“ is only said when it is true.
 */
let failedLoads = 0;
function countFailedPagefindLoads(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const ours = url.includes('/pagefind/');
    try {
      const response = await original(input, init);
      if (ours && !response.ok) failedLoads++;
      return response;
    } catch (error) {
      if (ours) failedLoads++;
      throw error;
    }
  };
}

class SearchLoadError extends Error {}

/** What the ranking learns from searches narrowed by filter (see SiteSearch.#signals). */
interface Signals {
  landSpecific: Set<string> | undefined;
  tiered: ReadonlyArray<readonly [Tier, PagefindSearch['results']]>;
}

/** Pagefind's excerpt with every tag but <mark> removed, as nodes. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
  return [...template.content.childNodes];
}

class SiteSearch extends HTMLElement {
  #parts!: { [N in (typeof PARTS)[number]]: HTMLElement };
  #input!: HTMLInputElement;
  #pagefind!: Pagefind;
  /** A second Pagefind without a worker, made on the first empty answer. */
  #checker?: Omit<Pagefind, 'createInstance'>;
  #state: SearchState = parseSearch(new URLSearchParams(location.search));
  #results: PagefindSearch['results'] = [];
  #shown = 0;
  /** Said before the count when words of the query matched nothing. */
  #note = '';
  #speller?: Promise<Speller>;
  #generation = 0;
  #filtersLoaded = false;
  /** The query whose results are on the page: the typed one, or its correction. */
  #answered = '';

  connectedCallback(): void {
    const parts = findParts(this, PARTS);
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!parts || !input) return;
    this.#parts = parts;
    this.#input = input;
    countFailedPagefindLoads();
    const bundle = '/pagefind/pagefind.js';
    import(/* @vite-ignore */ bundle)
      .then((pagefind: Pagefind) => {
        this.#pagefind = pagefind;
        return this.#start();
      })
      .catch((error: unknown) => this.#failed(error));
  }

  /** The bundle did not load: the page says so and points to the lists; a later failure keeps the form. */
  #failed(error: unknown): void {
    if (!this.#pagefind) {
      this.#parts.area.hidden = true;
      this.#parts.fallback.classList.remove('without-js');
      // The ways in without search (A–Z, topics, Länder) stay listed below the message.
      const message = this.#parts.fallback.querySelector('p') ?? this.#parts.fallback;
      message.textContent = UNAVAILABLE;
      return;
    }
    const retry = el('button', { type: 'button', class: 'link-button' }, 'Erneut versuchen');
    retry.addEventListener('click', () => this.#update({}));
    this.#parts.status.replaceChildren(error instanceof SearchLoadError ? FAILED : UNAVAILABLE, ' ', retry);
    this.#parts.more.hidden = true;
  }

  async #start(): Promise<void> {
    await this.#pagefind.options(SEARCH_OPTIONS);
    const { sort, panel, more, reset } = this.#parts;
    this.#input.value = this.#state.query;
    (sort as HTMLSelectElement).value = this.#state.sort;
    (panel as HTMLDetailsElement).open = searchParamNames.some((name) => this.#state.selected[name].length > 0);

    let timer: number | undefined;
    this.#input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => this.#update({ query: this.#input.value.trim() }), 200);
    });
    this.#input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ query: this.#input.value.trim() });
    });
    sort.addEventListener('change', () => this.#update({ sort: (sort as HTMLSelectElement).value as SearchState['sort'] }));
    // The focus goes to the first result just added, so a keyboard user reads on there
    // (and keeps a focus when the button disappears after the last page).
    more.addEventListener('click', () => {
      const first = this.#shown;
      this.#showMore()
        .then(() => this.#parts.results.children[first]?.querySelector<HTMLElement>('h2 a')?.focus())
        .catch((error: unknown) => this.#failed(error));
    });
    panel.addEventListener('toggle', () => {
      if ((panel as HTMLDetailsElement).open) this.#showFilterCounts().catch((error: unknown) => this.#failed(error));
    });
    reset.addEventListener('click', () => this.#update({ selected: parseSearch(new URLSearchParams()).selected }));
    await this.#run();
    // On a wide screen the filters stand open beside the results; they load after the
    // first answer, so it is not delayed. On a phone they stay a one-line „Filter“ button.
    // An empty search page keeps them folded: their counts need Pagefind's whole filter
    // index and its WebAssembly (about 70 KB), which a visitor who has not searched yet
    // should not pay for.
    if (matchMedia(WIDE_SCREEN).matches && this.#state.query) (panel as HTMLDetailsElement).open = true;
  }

  /** Changes the state and searches again; every search ends in results or a clear message. */
  #update(change: Partial<SearchState>): void {
    this.#state = { ...this.#state, ...change };
    this.#run().catch((error: unknown) => this.#failed(error));
  }

  /** The query with words unknown to the site corrected from its word list, loaded on the first search that needs it. */
  async #spellingFor(query: string): Promise<string | undefined> {
    if (!queryWords(query).some((word) => word.length >= 4)) return undefined;
    try {
      this.#speller ??= Promise.all([fetch('/suche/woerter.json').then((response) => response.json() as Promise<string[]>), import('../../core/spelling.ts')]).then(
        ([words, spelling]) => spelling.speller(words),
      );
      return (await this.#speller).correct(query);
    } catch {
      // Without the word list there is simply no suggestion; the search itself still works.
      this.#speller = undefined;
      return undefined;
    }
  }

  /**
   * Whether a query word was probably misspelt: there is no result at all, or
   * the best results' hit words are shorter words the query word merely starts
   * with (see unansweredWords). The whole first page's fragments are asked for
   * here, as they are drawn next (Pagefind keeps them), so the check costs no
   * extra download.
   */
  async #doubtful(query: string, results: PagefindSearch['results']): Promise<boolean> {
    if (!results.length) return true;
    const firstPage = results.slice(0, PAGE_SIZE).map((result) => result.data());
    // The rest are awaited when drawn, where a failure is reported.
    firstPage.forEach((fragment) => fragment.catch(() => undefined));
    const data = await Promise.all(firstPage.slice(0, SPELLING_CHECKS));
    return unansweredWords(query, data.flatMap((item) => wordsAt(item.raw_content, item.locations))).length > 0;
  }

  /** Each word of a phrase searched alone (the index chunks are loaded already, so this is cheap). */
  async #wordSearches(query: string, options: object): Promise<Array<{ word: string; results: PagefindSearch['results'] }>> {
    const words = queryWords(query);
    if (words.length < 2) return [];
    return Promise.all(words.map(async (word) => ({ word, results: (await this.#pagefind.search(word, options))?.results ?? [] })));
  }

  /**
   * The searches the ranking needs, narrowed by its own filter (see rankFilter):
   * which results are programmes or offers limited to some Länder, and which are
   * announced or closed. They do not depend on the main search's answer, so they
   * run beside it.
   */
  #signals(query: string, state: SearchState): Promise<Signals | undefined> {
    if (sortOptions[state.sort].sort) return Promise.resolve(undefined);
    const filters = pagefindFilters(state);
    const { land, status } = state.selected;
    const narrowed = async (value: string) => (await this.#pagefind.search(query, { filters: { ...filters, [rankFilter.name]: { any: [value] } } }))?.results ?? [];
    const tiers: Array<[Tier, string]> = status.length ? [] : [[1, rankFilter.announced], [2, rankFilter.closed]];
    const signals = Promise.all([
      stateForQuery(query) || land.length ? undefined : narrowed(rankFilter.someLaender),
      Promise.all(tiers.map(async ([tier, value]) => [tier, await narrowed(value)] as const)),
    ]).then(([landSpecific, tiered]) => ({ landSpecific: landSpecific && new Set(landSpecific.map((result) => result.id)), tiered }));
    signals.catch(() => undefined); // awaited, and reported, by #ranked
    return signals;
  }

  /**
   * Entries for every Land and open programmes first, in relevance order only (a
   * chosen sort, Land filter or status filter is the user's; see byReach and
   * byStatusTier). An announced or closed programme whose title contains the
   * query was searched for by name and keeps its place; titles need fragments,
   * so only the best few of each tier among the leading results are checked.
   */
  async #ranked(query: string, results: PagefindSearch['results'], signals: Promise<Signals | undefined>): Promise<PagefindSearch['results']> {
    const known = await signals;
    if (!known || !results.length) return results;
    const reached = known.landSpecific ? byReach(results, known.landSpecific, ONE_LAND_WEIGHT) : results;
    const leading = new Set(reached.slice(0, 2 * PAGE_SIZE).map((result) => result.id));
    const tiers = new Map<string, Tier>();
    await Promise.all(
      known.tiered.map(async ([tier, found]) => {
        const checked = found.filter((result) => leading.has(result.id)).slice(0, NAME_CHECKS);
        const named = await Promise.all(checked.map(async (result) => isSearchByName((await result.data()).meta.title ?? '', query) && result.id));
        for (const result of found) if (!named.includes(result.id)) tiers.set(result.id, tier);
      }),
    );
    return byStatusTier(reached, tiers);
  }

  /** Asks an empty search again on this page's thread, where a failed download is counted, and takes that answer. */
  async #confirmEmpty(query: string, options: object): Promise<PagefindSearch | null> {
    this.#checker ??= this.#pagefind.createInstance({ ...SEARCH_OPTIONS, noWorker: true });
    const failuresBefore = failedLoads;
    const again = await this.#checker.search(query, options);
    if (failedLoads > failuresBefore) throw new SearchLoadError();
    return again;
  }

  /** Filter counts need every filter's index, which at thousands of entries outweighs a first search; they load when the filters are opened. */
  async #loadFilters(): Promise<void> {
    if (this.#filtersLoaded) return;
    this.#filtersLoaded = true;
    await this.#pagefind.filters();
  }

  /** Draws the filters of a panel just opened, counted for the results on the page: they stay as they are. */
  async #showFilterCounts(): Promise<void> {
    const mine = this.#generation;
    const state = this.#state;
    await this.#loadFilters();
    const filters = pagefindFilters(state);
    // Counts come with a search; without a query or filter, the whole index's counts are the ones.
    const query = this.#answered;
    const counts = query || Object.keys(filters).length ? (await this.#pagefind.search(query || null, { filters }))?.filters : await this.#pagefind.filters();
    if (mine === this.#generation) this.#renderFilters(counts ?? {});
  }

  async #run(): Promise<void> {
    const mine = ++this.#generation;
    const state = this.#state;
    const { status, results, more, panel } = this.#parts;
    const open = (panel as HTMLDetailsElement).open;
    const failuresBefore = failedLoads;
    history.replaceState(null, '', `${location.pathname}${searchToQuery(state) ? `?${searchToQuery(state)}` : ''}`);
    this.#renderActive();
    if (open) await this.#loadFilters();
    const filters = pagefindFilters(state);
    const browsing = !state.query && Object.keys(filters).length === 0;
    const sort = sortOptions[state.sort].sort ?? (state.query ? undefined : sortOptions.neu.sort);
    const options = { filters, ...(sort ? { sort } : {}) };
    // The ranking's and the single words' searches start with the main one.
    const signals = state.query ? this.#signals(state.query, state) : Promise.resolve(undefined);
    const words = state.query ? this.#wordSearches(state.query, options) : Promise.resolve([]);
    words.catch(() => undefined); // awaited below
    let search = browsing ? null : await this.#pagefind.search(state.query || null, options);
    if (search && state.query && search.results.length === 0) search = await this.#confirmEmpty(state.query, options);
    // Pagefind drops a word that is nowhere in the index and answers for the rest,
    // and answers nothing when no page has all the words it knows: both are said.
    // The word searches and the ranking's searches run beside the main one; the
    // spelling check then reads the fragments of the ranked first page.
    let unmatched: string[] = [];
    let corrected: string | undefined;
    if (search && state.query) {
      const answer = search;
      const [single, ranked] = await Promise.all([words, this.#ranked(state.query, answer.results, signals)]);
      search = { ...answer, results: ranked };
      unmatched = single.filter((word) => word.results.length === 0).map((word) => word.word);
      if (!ranked.length && single.length > 1) {
        search = { ...answer, results: await this.#ranked(state.query, mostWordsFirst(single.map((word) => word.results)), signals) };
      }
      // A misspelt word gets results for a shorter word it starts with, or none: the
      // query corrected from the site's own words is searched instead, and the status
      // says so. The word list is only loaded for such a query.
      const suggestion = (await this.#doubtful(state.query, search.results)) ? await this.#spellingFor(state.query) : undefined;
      const retry = suggestion ? await this.#pagefind.search(suggestion, options) : null;
      if (suggestion && retry?.results.length) {
        search = { ...retry, results: await this.#ranked(suggestion, retry.results, this.#signals(suggestion, state)) };
        [corrected, unmatched] = [suggestion, []];
      }
    }
    const query = corrected ?? state.query;
    if (mine !== this.#generation) return; // a newer keystroke already started another search
    if (failedLoads > failuresBefore) throw new SearchLoadError();
    this.#answered = query;
    this.#note = corrected ? `Keine passenden Treffer für „${state.query}“ – meinten Sie „${corrected}“?` : unmatched.length ? unmatchedNote(unmatched) : '';
    this.#results = search?.results ?? [];
    this.#shown = 0;
    this.#showBestBet(state.query);
    if (open) this.#renderFilters(search?.filters ?? (await this.#pagefind.filters()));
    if (browsing) {
      results.replaceChildren();
      status.textContent = 'Geben Sie einen Suchbegriff ein oder wählen Sie Filter.';
      more.hidden = true;
      return;
    }
    await this.#showMore(true, mine);
    if (mine !== this.#generation) return;
    // Announced only once the first results are on the page.
    status.textContent = (this.#note ? `${this.#note} ` : '') + resultCountText(this.#results.length, query);
  }

  /** Draws the next page of results; a new search replaces the list in one step, so it is never seen empty in between. */
  async #showMore(fresh = false, generation?: number): Promise<void> {
    const failuresBefore = failedLoads;
    const page = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    this.#shown += page.length;
    const data = await Promise.all(page.map((result) => result.data()));
    if (failedLoads > failuresBefore) throw new SearchLoadError();
    const items = data.map((item) => {
      const facts = [item.meta.ebene, item.meta.land, item.meta.frist ? `Frist: ${item.meta.frist}` : item.meta.status].filter(Boolean).join(' · ');
      return el(
        'li',
        { class: 'card' },
        el('p', { class: 'kicker muted' }, item.meta.typ ?? ''),
        el('h2', {}, el('a', { href: item.url }, item.meta.title ?? item.url)),
        facts ? el('p', { class: 'meta' }, facts) : null,
        el('p', {}, ...excerptNodes(item.excerpt)),
        keyFromUrl(item.url) ? createSaveToggle(item.url, item.meta.title ?? item.url) : null,
      );
    });
    if (generation !== undefined && generation !== this.#generation) return; // a newer search draws its own list
    if (fresh) this.#parts.results.replaceChildren(...items);
    else this.#parts.results.append(...items);
    this.#parts.more.hidden = this.#shown >= this.#results.length;
  }

  #renderFilters(counts: Record<string, Record<string, number>>): void {
    const state = this.#state;
    // The boxes are drawn anew with their counts; the one in focus gets it back, in an open group.
    const focused = document.activeElement;
    const refocus = focused instanceof HTMLInputElement && this.#parts.filters.contains(focused) ? `input[name="${focused.name}"][value="${focused.value}"]` : undefined;
    this.#parts.filters.replaceChildren(
      ...searchParamNames.map((name) => {
        const group = searchFilters[name];
        const options = Object.entries(group.values).filter(([id, label]) => (counts[group.filter]?.[label] ?? 0) > 0 || state.selected[name].includes(id));
        if (!options.length) return document.createTextNode('');
        const folds = name === 'land' || name === 'feld';
        // In a folding group the summary names it; a second visible „Land“ would only repeat it.
        const fieldset = el('fieldset', { class: 'search__group' }, el('legend', folds ? { class: 'visually-hidden' } : {}, group.label));
        // Entries open in every Land count for each Land too, as the search includes them.
        const count = (label: string) => (counts[group.filter]?.[label] ?? 0) + (name === 'land' ? (counts[group.filter]?.[ALL_STATES] ?? 0) : 0);
        for (const [id, label] of options) {
          const box = el('input', { type: 'checkbox', name, value: id });
          box.checked = state.selected[name].includes(id);
          box.addEventListener('change', () => {
            const set = new Set(this.#state.selected[name]);
            if (box.checked) set.add(id);
            else set.delete(id);
            this.#update({ selected: { ...this.#state.selected, [name]: [...set] } });
          });
          fieldset.append(el('label', { class: 'choice' }, box, ` ${label} `, el('span', { class: 'muted' }, `(${count(label)})`)));
        }
        if (!folds) return fieldset;
        // Long groups fold away, but stay open while one of their values is chosen.
        const details = el('details', {}, el('summary', {}, group.label), fieldset);
        details.open = state.selected[name].length > 0 || Boolean(refocus && fieldset.querySelector(refocus));
        return details;
      }),
    );
    if (refocus) this.#parts.filters.querySelector<HTMLInputElement>(refocus)?.focus();
  }

  #renderActive(): void {
    const active = searchParamNames.reduce((sum, name) => sum + this.#state.selected[name].length, 0);
    const summary = this.#parts.panel.querySelector('summary');
    if (summary) summary.textContent = active ? `Filter (${active} aktiv)` : 'Filter';
    this.#parts.active.replaceChildren(
      ...searchParamNames.flatMap((name: SearchParam) =>
        this.#state.selected[name].map((id) => {
          const label = searchFilters[name].values[id];
          const remove = el('button', { type: 'button', class: 'tag-remove', 'aria-label': `Filter ${label} entfernen` }, `${label} ×`);
          remove.addEventListener('click', () => {
            const position = [...this.#parts.active.querySelectorAll('button')].indexOf(remove);
            this.#update({ selected: { ...this.#state.selected, [name]: this.#state.selected[name].filter((x) => x !== id) } });
            // The chips are drawn anew at once: the focus moves to the one that took this
            // one's place, else the one before, else the search field.
            const chips = this.#parts.active.querySelectorAll('button');
            (chips[position] ?? chips[position - 1] ?? this.#input).focus();
          });
          return el('li', {}, remove);
        }),
      ),
    );
  }

  /** A query that names a Land gets the Land page pinned above the results. */
  #showBestBet(query: string): void {
    const bestBet = this.#parts['best-bet'];
    const code = stateForQuery(query);
    bestBet.hidden = !code;
    if (!code) return bestBet.replaceChildren();
    const name = states[code].name;
    bestBet.replaceChildren(
      el('strong', {}, 'Länderseite: '),
      el('a', { href: stateUrl(code) }, `Förderung für Kommunen in ${name}`),
      ` – alles, was Kommunen in ${name} offensteht, auf einer Seite.`,
    );
  }
}

customElements.define('site-search', SiteSearch);
