/**
 * The search page: Pagefind's JS API with the state in the URL. Pagefind's
 * bundle exists only in the built site, so it is imported at run time from a
 * computed path that Vite leaves alone. Results are built as DOM nodes; the only
 * HTML taken over is Pagefind's excerpt, reduced to text and <mark>.
 */
import { stateForQuery } from '../core/best-bets.ts';
import { stateUrl } from '../core/urls.ts';
import { states } from '../core/vocabulary.ts';
import { pagefindFilters, parseSearch, searchFilters, searchParamNames, searchToQuery, sortOptions, type SearchParam, type SearchState } from '../core/search-params.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string | null, options: object): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const root = document.getElementById('suche');
const input = document.getElementById('suche-seite') as HTMLInputElement | null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string | null>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) node.setAttribute(key, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** Pagefind's excerpt with every tag but <mark> removed, as nodes. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
  return [...template.content.childNodes];
}

async function start(pagefind: Pagefind): Promise<void> {
  // Titles count most; long guides are not pushed down merely for being long.
  await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.3, metaWeights: { title: 4 } } });
  const status = document.getElementById('suche-status')!;
  const list = document.getElementById('suche-ergebnisse')!;
  const more = document.getElementById('suche-mehr') as HTMLButtonElement;
  const filterBox = document.getElementById('suche-filter')!;
  const active = document.getElementById('suche-aktiv')!;
  const bestBet = document.getElementById('suche-tipp')!;
  const sortSelect = document.getElementById('suche-sortierung') as HTMLSelectElement;
  const panel = document.getElementById('suche-filterbereich') as HTMLDetailsElement;
  // Filter counts need every filter's index, which at thousands of entries
  // outweighs the rest of a first search; they load when the filters are opened
  // (or a link arrives with filters set).
  let filtersLoaded = false;
  const loadFilters = async () => {
    if (filtersLoaded) return;
    filtersLoaded = true;
    await pagefind.filters();
  };
  let state: SearchState = parseSearch(new URLSearchParams(location.search));
  let results: PagefindSearch['results'] = [];
  let shown = 0;
  let generation = 0;

  input!.value = state.query;
  sortSelect.value = state.sort;
  panel.open = searchParamNames.some((name) => state.selected[name].length > 0);

  function renderFilters(counts: Record<string, Record<string, number>>): void {
    filterBox.replaceChildren(
      ...searchParamNames.map((name) => {
        const group = searchFilters[name];
        const options = Object.entries(group.values).filter(([id, label]) => (counts[group.filter]?.[label] ?? 0) > 0 || state.selected[name].includes(id));
        if (!options.length) return document.createTextNode('');
        const fieldset = el('fieldset', { class: 'search__group' }, el('legend', {}, group.label));
        for (const [id, label] of options) {
          const box = el('input', { type: 'checkbox', name, value: id });
          box.checked = state.selected[name].includes(id);
          box.addEventListener('change', () => {
            const set = new Set(state.selected[name]);
            if (box.checked) set.add(id);
            else set.delete(id);
            state = { ...state, selected: { ...state.selected, [name]: [...set] } };
            run();
          });
          fieldset.append(el('label', { class: 'choice' }, box, ` ${label} `, el('span', { class: 'muted' }, `(${counts[group.filter]?.[label] ?? 0})`)));
        }
        if (name !== 'land' && name !== 'feld') return fieldset;
        // Long groups fold away, but stay open while one of their values is chosen.
        const details = el('details', {}, el('summary', {}, group.label), fieldset);
        details.open = state.selected[name].length > 0;
        return details;
      }),
    );
  }

  function renderActive(): void {
    active.replaceChildren(
      ...searchParamNames.flatMap((name: SearchParam) =>
        state.selected[name].map((id) => {
          const remove = el('button', { type: 'button', class: 'tag-remove', 'aria-label': `Filter ${searchFilters[name].values[id]} entfernen` }, `${searchFilters[name].values[id]} ×`);
          remove.addEventListener('click', () => {
            state = { ...state, selected: { ...state.selected, [name]: state.selected[name].filter((x) => x !== id) } };
            run();
          });
          return el('li', {}, remove);
        }),
      ),
    );
  }

  async function showMore(): Promise<void> {
    const page = results.slice(shown, shown + PAGE_SIZE);
    shown += page.length;
    const data = await Promise.all(page.map((result) => result.data()));
    for (const item of data) {
      const facts = [item.meta.ebene, item.meta.land, item.meta.frist ? `Frist: ${item.meta.frist}` : item.meta.status].filter(Boolean).join(' · ');
      list.append(
        el(
          'li',
          { class: 'card' },
          el('p', { class: 'kicker muted' }, item.meta.typ ?? ''),
          el('h2', {}, el('a', { href: item.url }, item.meta.title ?? item.url)),
          facts ? el('p', { class: 'meta' }, facts) : null,
          el('p', {}, ...excerptNodes(item.excerpt)),
        ),
      );
    }
    more.hidden = shown >= results.length;
  }

  /** A query that names a Land gets the Land page pinned above the results. */
  function showBestBet(query: string): void {
    const code = stateForQuery(query);
    bestBet.hidden = !code;
    if (!code) return;
    const name = states[code].name;
    bestBet.replaceChildren(
      el('strong', {}, 'Länderseite: '),
      el('a', { href: stateUrl(code) }, `Förderung für Kommunen in ${name}`),
      ` – alles, was Kommunen in ${name} offensteht, auf einer Seite.`,
    );
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    history.replaceState(null, '', `${location.pathname}${searchToQuery(state) ? `?${searchToQuery(state)}` : ''}`);
    renderActive();
    if (panel.open) await loadFilters();
    const filters = pagefindFilters(state);
    const browsing = !state.query && Object.keys(filters).length === 0;
    const sort = sortOptions[state.sort].sort ?? (state.query ? undefined : sortOptions.neu.sort);
    const search = browsing ? null : await pagefind.search(state.query || null, { filters, ...(sort ? { sort } : {}) });
    if (mine !== generation) return; // a newer keystroke already started another search
    results = search?.results ?? [];
    shown = 0;
    list.replaceChildren();
    showBestBet(state.query);
    if (panel.open) renderFilters(search?.filters ?? (await pagefind.filters()));
    if (browsing) {
      status.textContent = 'Geben Sie einen Suchbegriff ein oder wählen Sie Filter.';
      more.hidden = true;
      return;
    }
    await showMore();
    if (mine !== generation) return;
    // Announced only once the first results are on the page.
    const what = state.query ? ` für „${state.query}“` : '';
    status.textContent = results.length === 1 ? `1 Ergebnis${what}.` : `${results.length} Ergebnisse${what}.`;
  }

  let timer: number | undefined;
  input!.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      state = { ...state, query: input!.value.trim() };
      run();
    }, 200);
  });
  input!.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input!.value.trim() };
    run();
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value as SearchState['sort'] };
    run();
  });
  more.addEventListener('click', () => showMore());
  panel.addEventListener('toggle', () => {
    if (panel.open) run();
  });
  document.getElementById('suche-zuruecksetzen')!.addEventListener('click', () => {
    state = { ...state, selected: parseSearch(new URLSearchParams()).selected };
    run();
  });
  await run();
}

if (root && input) {
  const bundle = '/pagefind/pagefind.js';
  import(/* @vite-ignore */ bundle)
    .then((pagefind: Pagefind) => start(pagefind))
    .catch(() => {
      root.hidden = true;
      const note = document.getElementById('suche-ohne-js')!;
      note.classList.remove('without-js');
      note.textContent = 'Die Suche ist gerade nicht verfügbar (in der Entwicklungsumgebung erst nach „npm run build“). Bitte nutzen Sie die Listen in der Hauptnavigation.';
    });
}
