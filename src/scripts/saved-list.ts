/**
 * `<saved-list>` on /merkliste/: draws the picked entries from the catalogue
 * (/merkliste/daten.json), or the entries of a shared link without storing them
 * until the user adds them. The comparison, the own share, the backward plan and
 * the exports all work on the list on screen; the sums and words come from
 * src/core, so they read as on the programme pages.
 */
import { backwardPlan, milestones, parseWeeks, type LeadTimes, type MilestoneId } from '../core/backward-plan.ts';
import { toCsv, parseCsv } from '../core/csv.ts';
import { dayInBerlin } from '../core/dates.ts';
import { COST_ERROR, formatDate, formatEuro, parseGermanInteger } from '../core/format.ts';
import { calendar, stampOf, type CalendarEvent } from '../core/ical.ts';
import { ownShare } from '../core/own-share.ts';
import {
  collectionOfKey,
  merge,
  parseShareQuery,
  shareQuery,
  toggle,
  type SavedCatalogue,
  type SavedEntry,
} from '../core/saved-list.ts';
import { refreshedStatus } from '../core/status-view.ts';
import { collections, type DeadlineKind } from '../core/vocabulary.ts';
import { el, errorSummary, fieldError, findParts } from './dom.ts';
import { CHANGE_EVENT, loadSaved, storeSaved } from './saved-store.ts';

type Programme = Extract<SavedEntry, { collection: 'programmes' }>;

const PARTS = [
  'brief-head', 'brief-date', 'brief-title', 'notes', 'shared', 'shared-text', 'shared-add', 'count', 'items', 'project',
  'project-area', 'errors', 'error-list', 'cost-error', 'compare-area', 'compare', 'plan-area', 'plan', 'share-area', 'share-link', 'copy',
  'mail', 'copy-status', 'csv', 'ics', 'print', 'download-status',
] as const;

/** Side by side, more than four columns no longer fit a phone or an A4 page. */
const MAX_COMPARED = 4;
const NOT_STATED = 'nicht angegeben';
/** Dates a municipality plans towards; an expected call has no date to count back from. */
const PLANNED_KINDS: readonly DeadlineKind[] = ['antragsfrist', 'stichtag', 'richtlinienende'];
/** Facts the comparison leaves out: the level says little next to the provider; the deadline note joins the status row. */
const COMPARE_SKIPS = ['level', 'deadlineNote'];
const WEEKS_ERROR = 'Bitte geben Sie eine ganze Zahl von Wochen ein, von 0 bis 104.';

const entriesText = (count: number) => (count === 1 ? '1 Eintrag' : `${count} Einträge`);

class SavedList extends HTMLElement {
  #parts!: { [N in (typeof PARTS)[number]]: HTMLElement };
  #catalogue!: SavedCatalogue;
  #today = '';
  /** Keys of a shared link while it is only looked at; undefined shows the own list. */
  #shared: string[] | undefined;
  #compared = new Set<string>();
  #cost: number | undefined;
  #lead: LeadTimes = Object.fromEntries(milestones.map((m) => [m.id, m.defaultWeeks])) as LeadTimes;
  #project = '';
  /** Conditions the municipality ticked (Haushaltsnotlage …), for programmes that state a special rate. */
  #conditions: string[] = [];

  async connectedCallback(): Promise<void> {
    const parts = findParts(this, PARTS);
    if (!parts || !this.dataset.labels) return;
    this.#parts = parts;
    this.#today = dayInBerlin(new Date());
    this.#catalogue = { labels: JSON.parse(this.dataset.labels) as SavedCatalogue['labels'], entries: {} };
    const shared = location.search ? parseShareQuery(location.search) : undefined;
    if (!(await this.#load([...loadSaved().keys, ...(shared?.keys ?? [])]))) return;
    this.#readLink(shared);
    if (loadSaved().damaged) {
      this.#note(['Ein Teil Ihrer gespeicherten Merkliste war nicht lesbar und wird nicht angezeigt. Merken Sie die fehlenden Einträge bitte neu vor.']);
    }
    this.#wire();
    this.#render();
    document.addEventListener(CHANGE_EVENT, async () => {
      // Another tab may have added an entry this page has not loaded yet.
      if (!this.#shared && (await this.#load(loadSaved().keys))) this.#render();
    });
  }

  /**
   * Loads the entries of these keys that are not loaded yet, one small file each, so
   * the page costs the same with 100 or 5,000 programmes in the catalogue. A missing
   * file means the entry does not exist (any more); false when the data could not be loaded.
   */
  async #load(keys: readonly string[]): Promise<boolean> {
    const missing = [...new Set(keys)].filter((key) => !(key in this.#catalogue.entries) && !this.#unknown.has(key));
    try {
      await Promise.all(
        missing.map(async (key) => {
          const response = await fetch(`/merkliste/${key}.json`);
          if (response.status === 404) this.#unknown.add(key);
          else if (!response.ok) throw new Error(String(response.status));
          else this.#catalogue.entries[key] = (await response.json()) as SavedEntry;
        }),
      );
      return true;
    } catch {
      this.#parts.count.textContent = 'Die Daten der Merkliste konnten nicht geladen werden. Bitte laden Sie die Seite neu; Ihre Liste bleibt gespeichert.';
      return false;
    }
  }

  /** Keys that have no entry (a share link or an old list naming something removed). */
  #unknown = new Set<string>();

  /** The keys on screen: the shared link's, or the own list's. */
  #keys(): string[] {
    return this.#shared ?? loadSaved().keys.filter((key) => key in this.#catalogue.entries);
  }

  #entries(): Array<[string, SavedEntry]> {
    return this.#keys().map((key) => [key, this.#catalogue.entries[key]!]);
  }

  /** A shared link: its entries are shown, unknown or malformed ids named, nothing stored yet. */
  #readLink(shared: { keys: string[]; malformed: string[] } | undefined): void {
    if (!shared) return;
    const { keys, malformed } = shared;
    const known = keys.filter((key) => key in this.#catalogue.entries);
    const unknown = keys.filter((key) => !(key in this.#catalogue.entries));
    const notes: string[] = [];
    if (unknown.length) {
      notes.push(`Diese Einträge aus dem Link gibt es im Förderfinder nicht (mehr): ${unknown.map((key) => `„${key}“`).join(', ')}. Vielleicht wurden sie umbenannt oder entfernt; fragen Sie, wer Ihnen den Link geschickt hat.`);
    }
    if (malformed.length) notes.push(`Diese Angaben im Link sind keine Kennungen und wurden übergangen: ${malformed.map((id) => `„${id}“`).join(', ')}.`);
    if (!keys.length && !malformed.length) notes.push('Der Link enthält keine Einträge; angezeigt wird Ihre eigene Merkliste.');
    this.#note(notes);
    if (!known.length) return;
    this.#shared = known;
    const own = loadSaved().keys;
    const fresh = known.filter((key) => !own.includes(key)).length;
    this.#parts['shared-text'].textContent =
      `Sie sehen eine geteilte Merkliste mit ${known.length === 1 ? '1 Eintrag' : `${known.length} Einträgen`}. Sie ist nicht gespeichert. ` +
      (fresh ? `${entriesText(fresh)} davon ${fresh === 1 ? 'steht' : 'stehen'} noch nicht auf Ihrer eigenen Merkliste.` : 'Alle stehen schon auf Ihrer eigenen Merkliste.');
    this.#parts['shared-add'].hidden = fresh === 0;
    this.#parts.shared.hidden = false;
  }

  #note(lines: string[]): void {
    const { notes } = this.#parts;
    notes.append(...lines.map((line) => el('p', { class: 'note' }, line)));
    notes.classList.toggle('panel', notes.childElementCount > 0);
  }

  #wire(): void {
    const parts = this.#parts;
    parts['shared-add'].addEventListener('click', () => {
      const kept = storeSaved(merge(loadSaved().keys, this.#shared ?? []));
      this.#shared = undefined;
      parts.shared.hidden = true;
      // The address no longer offers the list again on reload.
      history.replaceState(null, '', location.pathname);
      this.#render();
      parts.count.textContent = `Hinzugefügt. ${parts.count.textContent}` + (kept ? '' : ' Ihr Browser erlaubt kein Speichern: Die Liste gilt nur, solange diese Seite offen ist.');
      (this.querySelector('#eintraege') as HTMLElement).focus();
    });
    parts.project.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#readProject()) this.#render();
    });
    parts.copy.addEventListener('click', () => void this.#copyLink());
    parts.csv.addEventListener('click', () => void this.#downloadCsv());
    parts.ics.addEventListener('click', () => this.#downloadCalendar());
    parts.print.addEventListener('click', () => print());
    parts['brief-date'].textContent = formatDate(this.#today);
  }

  /** Reads the project form; problems go into the summary, which takes the focus, and to each field. */
  #readProject(): boolean {
    const form = this.#parts.project as HTMLFormElement;
    const problems: Array<[string, string]> = [];
    const costField = form.elements.namedItem('kosten') as HTMLInputElement;
    const costText = costField.value.trim();
    const cost = costText ? parseGermanInteger(costText) : undefined;
    const costValid = !costText || (cost !== undefined && cost > 0);
    fieldError(costField, this.#parts['cost-error'], costValid ? undefined : COST_ERROR);
    if (!costValid) problems.push([costField.id, COST_ERROR]);
    const lead = { ...this.#lead };
    for (const field of form.querySelectorAll<HTMLInputElement>('[data-lead]')) {
      const id = field.dataset.lead as MilestoneId;
      const weeks = parseWeeks(field.value);
      fieldError(field, form.querySelector<HTMLElement>(`[data-lead-error="${id}"]`)!, weeks === undefined ? WEEKS_ERROR : undefined);
      if (weeks === undefined) problems.push([field.id, `${milestones.find((m) => m.id === id)!.label}: ${WEEKS_ERROR}`]);
      else lead[id] = weeks;
    }
    if (!errorSummary(this.#parts.errors, this.#parts['error-list'], problems)) return false;
    this.#cost = cost;
    this.#lead = lead;
    this.#project = (form.elements.namedItem('vorhaben') as HTMLInputElement).value.trim();
    this.#conditions = [...form.querySelectorAll<HTMLInputElement>('input[name="bedingung"]:checked')].map((box) => box.value);
    return true;
  }

  #render(): void {
    const entries = this.#entries();
    const programmes = entries.filter((pair): pair is [string, Programme] => pair[1].collection === 'programmes');
    // Keep the user's choice of compared programmes; fill up to four in list order.
    for (const key of this.#compared) if (!programmes.some(([k]) => k === key)) this.#compared.delete(key);
    for (const [key] of programmes) if (this.#compared.size < MAX_COMPARED && !this.#touched) this.#compared.add(key);

    const parts = this.#parts;
    parts.count.textContent = entries.length
      ? `${entriesText(entries.length)}${this.#shared ? ' in der geteilten Liste' : ' auf Ihrer Merkliste'}.`
      : 'Ihre Merkliste ist leer. Auf jeder Programmseite, in der Suche, im Förder-Check und in den Listen merken Sie Einträge mit „Merken“ vor.';
    parts.items.replaceChildren(...entries.map(([key, entry]) => this.#item(key, entry)));
    parts['brief-title'].textContent = this.#project ? `Fördermöglichkeiten für „${this.#project}“` : 'Fördermöglichkeiten';
    parts['compare-area'].hidden = programmes.length === 0;
    parts['plan-area'].hidden = programmes.length === 0;
    parts['share-area'].hidden = entries.length === 0;
    parts['project-area'].hidden = programmes.length === 0;
    this.#renderComparison(this.#comparedProgrammes());
    this.#renderPlan(programmes);
    this.#renderShare(entries);
  }

  /** The programmes ticked for the comparison, in list order. */
  #comparedProgrammes(): Array<[string, Programme]> {
    return this.#entries().filter((pair): pair is [string, Programme] => pair[1].collection === 'programmes' && this.#compared.has(pair[0]));
  }

  /** Set once the user ticks or unticks a comparison box: from then on the page no longer fills up by itself. */
  #touched = false;

  #item(key: string, entry: SavedEntry): HTMLElement {
    const kind = collections[collectionOfKey(key)!].singular;
    const fact = (id: string) => entry.facts[id];
    const lines: Array<Node | null> = [el('p', { class: 'kicker muted' }, kind), el('h3', {}, el('a', { href: entry.url }, entry.title))];
    if (entry.collection === 'programmes') {
      const words = refreshedStatus(entry.status, this.#today, formatDate);
      lines.push(el('p', {}, el('span', { class: `tag tag--${words.id}` }, words.label), words.next.card ? ` ${words.next.card}` : ''));
      lines.push(el('p', { class: 'meta' }, [entry.provider, `Förderquote: ${fact('fundingRate') ?? NOT_STATED}`, `Förderbetrag: ${fact('amount') ?? NOT_STATED}`].join(' · ')));
      if (this.#cost !== undefined) lines.push(el('p', { class: 'own-share' }, el('strong', {}, 'Eigenanteil: '), ownShare(this.#cost, entry.terms, { conditions: this.#conditions }).text));
    } else {
      lines.push(el('p', { class: 'meta' }, [entry.provider, fact('offerType'), fact('cost') ? `Kosten: ${fact('cost')}` : undefined].filter(Boolean).join(' · ')));
    }
    const actions = el('p', { class: 'actions no-print' });
    if (entry.collection === 'programmes') {
      // The label is the same on every card; the name says which programme.
      const box = el('input', { type: 'checkbox', id: `vergleich-${key.replace('/', '-')}`, 'aria-label': `Im Vergleich zeigen: ${entry.title}` });
      box.checked = this.#compared.has(key);
      box.addEventListener('change', () => {
        this.#touched = true;
        if (box.checked && this.#compared.size >= MAX_COMPARED) {
          box.checked = false;
          this.#parts.count.textContent = `Höchstens ${MAX_COMPARED} Programme lassen sich nebeneinander vergleichen. Nehmen Sie erst eines aus dem Vergleich.`;
          return;
        }
        if (box.checked) this.#compared.add(key);
        else this.#compared.delete(key);
        this.#renderComparison(this.#comparedProgrammes());
      });
      actions.append(el('span', { class: 'choice' }, box, el('label', { for: box.id }, 'Im Vergleich zeigen')));
    }
    if (!this.#shared) {
      const remove = el('button', { type: 'button', class: 'button button--secondary', 'aria-label': `Entfernen: ${entry.title}` }, 'Entfernen');
      remove.addEventListener('click', () => this.#remove(key));
      actions.append(' ', remove);
    }
    return el('li', { class: 'card', 'data-key': key }, ...lines, actions);
  }

  /** Removes an entry; the focus goes to the next entry's title, or to the list's heading when none is left. */
  #remove(key: string): void {
    const keys = loadSaved().keys;
    const index = keys.indexOf(key);
    const title = this.#catalogue.entries[key]?.title ?? key;
    storeSaved(toggle(keys, key)); // re-renders through CHANGE_EVENT
    const next = this.#parts.items.querySelectorAll<HTMLElement>('li h3 a')[Math.min(index, this.#parts.items.children.length - 1)];
    (next ?? (this.querySelector('#eintraege') as HTMLElement)).focus();
    this.#parts.count.textContent = `„${title}“ entfernt. ${this.#parts.count.textContent}`;
  }

  #renderComparison(compared: Array<[string, Programme]>): void {
    const table = this.#parts.compare;
    if (!compared.length) {
      table.replaceChildren(el('caption', {}, 'Kein Programm für den Vergleich gewählt.'));
      return;
    }
    const rows: Array<[string, (entry: Programme) => Node | string]> = [];
    for (const [id, label] of Object.entries(this.#catalogue.labels.programmes)) {
      if (COMPARE_SKIPS.includes(id)) continue;
      rows.push([label, (entry) => entry.facts[id] ?? NOT_STATED]);
      if (id === 'ownContribution' && this.#cost !== undefined) {
        rows.push([`Eigenanteil bei ${formatEuro(this.#cost)}`, (entry) => ownShare(this.#cost!, entry.terms, { conditions: this.#conditions }).text]);
      }
    }
    rows.push(['Status und nächste Frist', (entry) => {
      const words = refreshedStatus(entry.status, this.#today, formatDate);
      const note = entry.facts.deadlineNote;
      return [words.label, words.next.fact, note].filter(Boolean).join('. ');
    }]);
    rows.push(['Amtliche Quelle', (entry) => el('a', { href: entry.sourceUrl }, new URL(entry.sourceUrl).hostname)]);
    rows.push(['Zuletzt geprüft', (entry) => formatDate(entry.lastChecked)]);
    table.replaceChildren(
      el('caption', { class: 'visually-hidden' }, `Vergleich von ${compared.length} Programmen`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Merkmal'), ...compared.map(([, entry]) => el('th', { scope: 'col' }, el('a', { href: entry.url }, entry.title))))),
      el('tbody', {}, ...rows.map(([label, value]) => el('tr', {}, el('th', { scope: 'row' }, label), ...compared.map(([, entry]) => el('td', {}, value(entry)))))),
    );
  }

  /** Each programme's upcoming dates with the steps counted back from them, and its first application steps. */
  #renderPlan(programmes: Array<[string, Programme]>): void {
    const blocks = programmes.map(([, entry]) => {
      const events = this.#upcoming(entry);
      const planned = events.filter((e) => PLANNED_KINDS.includes(e.kind));
      const body: Array<Node> = [];
      if (!events.length) {
        const note = entry.facts.deadlineNote;
        body.push(el('p', {}, note ? `Keine feste Frist: ${note}` : 'Keine kommende Frist bekannt. Prüfen Sie die amtliche Quelle.'));
      }
      for (const event of events) {
        if (!PLANNED_KINDS.includes(event.kind)) {
          body.push(el('p', {}, `${formatDate(event.event.date)}: ${event.label}`));
          continue;
        }
        const steps = backwardPlan(event.event.date, event.label, this.#lead, this.#today);
        body.push(
          el('ol', { class: 'plan' }, ...steps.map((step) =>
            el('li', { class: step.id === 'frist' ? 'plan__deadline' : undefined },
              el('time', { datetime: step.date }, formatDate(step.date)), `: ${step.label}`,
              step.past && step.id !== 'frist' ? el('strong', { class: 'plan__late' }, ' – liegt schon zurück: sofort klären, ob es noch reicht') : null,
            ),
          )),
        );
      }
      if (!planned.length && events.length) body.push(el('p', { class: 'muted' }, 'Für diesen Termin gibt es noch keine Frist, von der sich zurückrechnen ließe.'));
      if (entry.steps.length) {
        body.push(el('p', {}, el('strong', {}, 'Erste Schritte laut Programmseite:')), el('ol', {}, ...entry.steps.map((step) => el('li', {}, step))));
      }
      return el('div', { class: 'plan-block' }, el('h3', {}, el('a', { href: entry.url }, entry.title)), ...body);
    });
    this.#parts.plan.replaceChildren(...blocks);
  }

  /** A programme's dates still ahead on the user's day (the catalogue may be days old). */
  #upcoming(entry: Programme) {
    return entry.events.filter((e) => e.event.yearlyUntil !== undefined || e.event.date >= this.#today);
  }

  #shareUrl(entries: Array<[string, SavedEntry]>): string {
    return new URL(`/merkliste/?${shareQuery(entries.map(([key]) => key))}`, location.href).href;
  }

  #renderShare(entries: Array<[string, SavedEntry]>): void {
    if (!entries.length) return;
    const link = this.#shareUrl(entries);
    (this.#parts['share-link'] as HTMLInputElement).value = link;
    // The message names every entry with its page, so it is readable without opening the link or running a script.
    const body = [
      `Merkliste aus dem ${this.dataset.siteName ?? 'Förderfinder'}:`,
      '',
      ...entries.map(([, entry]) => `- ${entry.title}: ${new URL(entry.url, location.href).href}`),
      '',
      `Die Liste öffnen: ${link}`,
    ].join('\n');
    (this.#parts.mail as HTMLAnchorElement).href = `mailto:?subject=${encodeURIComponent('Merkliste Fördermöglichkeiten')}&body=${encodeURIComponent(body)}`;
  }

  async #copyLink(): Promise<void> {
    const field = this.#parts['share-link'] as HTMLInputElement;
    const status = this.#parts['copy-status'];
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'Der Link ist kopiert.';
    } catch {
      field.select();
      status.textContent = 'Kopieren war nicht möglich; der Link ist markiert: Kopieren Sie ihn mit Strg+C.';
    }
  }

  /** The open data's CSV, cut down to the programmes on the list: same columns, same quoting. */
  async #downloadCsv(): Promise<void> {
    const status = this.#parts['download-status'];
    const ids = new Set(this.#keys().filter((key) => collectionOfKey(key) === 'programmes').map((key) => key.split('/')[1]));
    if (!ids.size) {
      status.textContent = 'Auf der Liste steht kein Förderprogramm; die Tabelle enthält nur Programme.';
      return;
    }
    try {
      const response = await fetch('/daten/foerderprogramme.csv');
      if (!response.ok) throw new Error(String(response.status));
      const [header, ...rows] = parseCsv(await response.text());
      const idColumn = header!.indexOf('id');
      save(toCsv(header!, rows.filter((row) => ids.has(row[idColumn]!))), 'merkliste-foerderprogramme.csv', 'text/csv;charset=utf-8');
      status.textContent = `Die Tabelle mit ${ids.size === 1 ? '1 Programm' : `${ids.size} Programmen`} wird heruntergeladen.`;
    } catch {
      status.textContent = 'Die Tabelle konnte nicht erstellt werden, weil die Daten nicht geladen wurden. Bitte versuchen Sie es noch einmal.';
    }
  }

  /** Every upcoming date of the listed programmes, and the backward plan's steps before each deadline. */
  #downloadCalendar(): void {
    const events: CalendarEvent[] = [];
    for (const [, entry] of this.#entries()) {
      if (entry.collection !== 'programmes') continue;
      for (const item of this.#upcoming(entry)) {
        events.push(item.event);
        if (!PLANNED_KINDS.includes(item.kind)) continue;
        for (const step of backwardPlan(item.event.date, item.label, this.#lead, this.#today)) {
          if (step.id === 'frist' || step.past) continue;
          events.push({
            // Derived from the deadline's UID, so importing again after changing a lead time moves the step instead of adding one.
            uid: `${step.id}-${item.event.uid}`,
            date: step.date,
            summary: `${milestones.find((m) => m.id === step.id)!.label}: ${entry.title}`,
            description: `Schritt im Rückwärtsplan für „${item.label}“ am ${formatDate(item.event.date)}. Vorlaufzeit: ${this.#lead[step.id as MilestoneId]} Wochen.`,
            url: item.event.url,
          });
        }
      }
    }
    events.sort((a, b) => a.date.localeCompare(b.date));
    save(calendar('Merkliste: Fristen und Rückwärtsplan', events, stampOf(new Date())), 'merkliste-fristen.ics', 'text/calendar;charset=utf-8');
    this.#parts['download-status'].textContent = events.length
      ? `Die Kalenderdatei mit ${events.length === 1 ? '1 Termin' : `${events.length} Terminen`} wird heruntergeladen.`
      : 'Die Kalenderdatei ist leer: Keines der Programme hat eine kommende Frist.';
  }
}


/** Hands a file made in the page to the browser's download. */
function save(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

customElements.define('saved-list', SavedList);
