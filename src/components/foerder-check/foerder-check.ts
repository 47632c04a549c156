/**
 * <foerder-check>: turns the GET form into steps, keeps the answers in the URL,
 * and draws the results that its worker (foerder-check-worker.ts) ranks with the
 * shared matching function. It finds its parts inside itself (`data-part`) and
 * leaves the plain form alone if one is missing. Everything from the URL or the
 * catalogue goes into the page as text, never as HTML.
 */
import { answersToQuery, answerTypes, askedFor, describeAnswers, parseAnswers, type Answers } from '../../core/answers.ts';
import { clusterFor, clusterSentence } from '../../core/clusters.ts';
import { dayInBerlin } from '../../core/dates.ts';
import { formatNumber } from '../../core/format.ts';
import { lazy } from '../../core/lazy.ts';
import { bestLine, gapSentence, resultCardText } from '../../core/result-card.ts';
import { resultGroups, SHORT_LIST, type GroupId, type Result, type ResultView } from '../../core/result-view.ts';
import { el, errorSummary, fieldError, findParts } from '../../scripts/dom.ts';
import type { CheckRequest, CheckResponse } from './foerder-check-worker.ts';

const PARTS = [
  'form', 'progress', 'back', 'next', 'hints', 'results', 'answers', 'change', 'cluster', 'filter', 'show-closed',
  'count', 'groups', 'print', 'copy-link', 'link-status', 'card', 'provisional', 'best', 'best-list', 'gap', 'steps', 'steps-list', 'size',
  'errors', 'error-list', 'population-error',
] as const;
const POPULATION_ERROR = 'Bitte geben Sie die Einwohnerzahl als ganze Zahl ein, etwa 9675 oder 9.675 – oder lassen Sie das Feld leer und wählen Sie eine Größenklasse.';
const NO_ANSWER_ERROR = 'Bitte beantworten Sie mindestens eine Frage, etwa welche Art von Kommune Sie sind.';
type Parts = { [N in (typeof PARTS)[number]]: HTMLElement };

/** Asks the worker for a view of the results; only the answer to the latest question counts. */
function checker(worker: Worker): (request: Omit<CheckRequest, 'id'>) => Promise<ResultView | undefined> {
  let latest = 0;
  let broken = false;
  const pending = new Map<number, (response: CheckResponse) => void>();
  worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  // A worker that failed to start never answers; later questions must not wait for it.
  worker.addEventListener('error', () => {
    broken = true;
    for (const [id, resolve] of pending) resolve({ id, failed: true });
    pending.clear();
  });
  return (request) => {
    const id = ++latest;
    if (broken) return Promise.reject(new Error('Förder-Check-Worker nicht gestartet'));
    return new Promise((resolve, reject) => {
      pending.set(id, (response) => {
        if ('failed' in response) reject(new Error('Förder-Check-Daten nicht geladen'));
        else resolve(id === latest ? response.view : undefined);
      });
      worker.postMessage({ ...request, id } satisfies CheckRequest);
    });
  };
}

/** A result card: a clone of ResultCard.astro's markup from the page's <template>, filled with the same words. */
function resultCard(template: HTMLTemplateElement, result: Result): HTMLElement {
  const card = resultCardText(result);
  const node = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const slot = (name: string) => node.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  slot('kicker').textContent = card.kicker;
  const title = slot('title') as HTMLAnchorElement;
  title.textContent = card.title;
  title.href = card.url;
  const status = slot('status');
  if (card.status) {
    const tag = status.querySelector<HTMLElement>('.tag')!;
    tag.className = `tag tag--${card.status.id}`;
    tag.textContent = card.status.label;
    status.querySelector<HTMLElement>('[data-next-deadline]')!.textContent = card.status.next ? ` ${card.status.next}` : '';
  } else status.remove();
  slot('summary').textContent = card.summary;
  // The toggle shows itself only for programmes and offers (save-toggle.ts).
  Object.assign(slot('save').dataset, { url: card.url, title: card.title });
  // Notes and meta lines repeat their slot's element, which is then dropped.
  const repeat = (name: string, lines: Array<{ kind?: string; label?: string; text: string; links?: Array<{ title: string; url: string }> }>) => {
    const model = slot(name);
    for (const line of lines) {
      const copy = model.cloneNode(false) as HTMLElement;
      copy.removeAttribute('data-slot');
      copy.hidden = false;
      if (line.kind) copy.className = line.kind;
      if (line.label) copy.append(el('strong', {}, line.label), ' ');
      if (line.links) line.links.forEach((link, index) => copy.append(...(index ? [' · '] : []), el('a', { href: link.url }, link.title)));
      else copy.append(line.text);
      model.before(copy);
    }
    model.remove();
  };
  repeat('notes', card.notes);
  repeat('meta', card.meta.map((text) => ({ text })));
  foldSummary(node, slot('summary'));
  return node;
}

let folds = 0;
/**
 * The compact view: a card shows what decides (title, status and deadline, why it
 * fits, facts) and folds the description behind a button, so a long list stays a
 * list of rows. Printing unfolds everything (CSS).
 */
function foldSummary(card: HTMLElement, summary: HTMLElement): void {
  if (!summary.textContent) return;
  summary.id = `check-beschreibung-${++folds}`;
  summary.classList.add('is-folded');
  const toggle = el('button', { type: 'button', class: 'link-button no-print', 'aria-expanded': 'false', 'aria-controls': summary.id }, 'Beschreibung zeigen');
  toggle.addEventListener('click', () => {
    const open = summary.classList.toggle('is-folded') === false;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Beschreibung ausblenden' : 'Beschreibung zeigen';
  });
  card.append(el('p', { class: 'no-print' }, toggle));
}

class FoerderCheck extends HTMLElement {
  #parts!: Parts;
  #form!: HTMLFormElement;
  #steps: HTMLFieldSetElement[] = [];
  #check!: ReturnType<typeof checker>;
  #current = 0;
  #answers!: Answers;
  #expanded: GroupId[] = [];
  /** Groups the user unfolded, kept open across redraws. */
  #opened = new Set<GroupId>();
  /** „Ergebnisse anzeigen“ was pressed (or a shared link opened the results): the answer is final. */
  #submitted = false;
  // Taken when the first results are drawn: the date formatter's locale data is
  // not worth loading for a visitor who has not answered yet.
  #today = lazy(() => dayInBerlin(new Date()));

  connectedCallback(): void {
    const parts = findParts(this, PARTS);
    if (!parts || !(parts.form instanceof HTMLFormElement) || !(parts.card instanceof HTMLTemplateElement)) return;
    this.#parts = parts;
    this.#form = parts.form;
    this.#steps = [...this.#form.querySelectorAll<HTMLFieldSetElement>('[data-step]')];
    this.#check = checker(new Worker(new URL('./foerder-check-worker.ts', import.meta.url), { type: 'module' }));
    this.#start();
  }

  /** Sets up the steps at once and draws results as soon as the worker has them, so questions can be answered while the catalogue loads. */
  #start(): void {
    const { form, back, next, change, filter, print, hints } = { ...this.#parts, form: this.#form };
    const showClosed = this.#parts['show-closed'];
    const parsed = parseAnswers(new URLSearchParams(location.search));
    hints.replaceChildren(...parsed.notes.map((note) => el('p', {}, note)));
    this.#fillForm(parsed.answers);
    // A shared link goes straight to the results; the questions open on request.
    form.hidden = this.#hasAnswers(parsed.answers);
    change.hidden = !form.hidden;
    change.addEventListener('click', () => {
      this.#submitted = false;
      form.hidden = false;
      change.hidden = true;
      this.#showStep(0, true);
    });
    this.#showStep(0, false);
    this.#guard(this.#update(parsed.answers));

    form.addEventListener('change', (event) => {
      // Leaving the number field with something that is no head count says so at once.
      if ((event.target as HTMLElement).id === 'check-einwohner') this.#populationValid(true);
      this.#guard(this.#update(this.#readForm()));
    });
    form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).id !== 'check-einwohner') return;
      this.#askSizeOnlyWithoutNumber();
      // While typing, an error only goes away; it is not shown before the field is left.
      this.#populationValid(false);
      this.#guard(this.#update(this.#readForm()));
    });
    this.#askSizeOnlyWithoutNumber();
    back.addEventListener('click', () => this.#showStep(this.#current - 1, true));
    next.addEventListener('click', () => this.#showStep(this.#current + 1, true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!this.#formValid()) return;
      this.#submitted = true;
      this.#markProvisional();
      this.#guard(
        this.#update(this.#readForm()).then(() => {
          this.#parts.results.hidden = false;
          this.#parts.results.focus();
        }),
      );
    });
    filter.addEventListener('input', () => this.#guard(this.#render()));
    showClosed.addEventListener('change', () => this.#guard(this.#render()));
    // The printed result lists every match, whatever is folded on screen.
    print.addEventListener('click', () => {
      this.#expanded = resultGroups.map((group) => group.id);
      for (const group of resultGroups) this.#opened.add(group.id);
      this.#guard(this.#render().then(() => window.print()));
    });
    this.#parts['copy-link'].addEventListener('click', async () => {
      const status = this.#parts['link-status'];
      try {
        await navigator.clipboard.writeText(location.href);
        status.textContent = 'Link kopiert.';
      } catch {
        status.textContent = 'Bitte kopieren Sie die Adresse aus der Adresszeile.';
      }
    });
  }

  /** Every asynchronous step ends here on error: the questions stay usable and the page says what went wrong. */
  #guard(work: Promise<unknown>): void {
    work.catch(() => {
      this.#form.hidden = false;
      this.#parts.change.hidden = true;
      this.#parts.hints.replaceChildren(el('p', {}, 'Der Förder-Check konnte seine Daten nicht laden. Bitte nutzen Sie die Länderseiten unten.'));
    });
  }

  /**
   * Whether the number of inhabitants is empty or a head count. With `show`, an
   * invalid one gets its message at the field (and aria-invalid); a valid one
   * always loses it.
   */
  #populationValid(show: boolean): boolean {
    const input = this.#form.elements.namedItem('einwohner') as HTMLInputElement;
    const message = this.#parts['population-error'];
    const value = input.value.trim();
    const valid = !value || parseAnswers(new URLSearchParams({ einwohner: value })).answers.population !== undefined;
    if (valid || show) fieldError(input, message, valid ? undefined : POPULATION_ERROR);
    return valid;
  }

  /** Checks the form before results are shown; problems are listed in a summary that takes the focus, each linked to its field. */
  #formValid(): boolean {
    const problems: Array<[string, string]> = [];
    if (!this.#populationValid(true)) problems.push(['check-einwohner', POPULATION_ERROR]);
    else if (!this.#hasAnswers(this.#readForm())) problems.push([`check-typ-${answerTypes[0]}`, NO_ANSWER_ERROR]);
    return errorSummary(this.#parts.errors, this.#parts['error-list'], problems, (field) => {
      this.#showStep(this.#steps.findIndex((step) => step.contains(field)), false);
      field.focus();
    });
  }

  /** A given number of inhabitants says the size; the size band is asked only without one. */
  #askSizeOnlyWithoutNumber(): void {
    const number = this.#form.elements.namedItem('einwohner') as HTMLInputElement | null;
    this.#parts.size.hidden = Boolean(number?.value.trim());
  }

  #readForm(): Answers {
    const params = new URLSearchParams();
    const data = new FormData(this.#form);
    for (const name of ['typ', 'einwohner', 'groesse', 'land', 'phase']) {
      const value = String(data.get(name) ?? '').trim();
      if (value) params.set(name, value);
    }
    for (const name of ['zweck', 'felder', 'hilfe', 'huerden']) {
      const values = data.getAll(name).map(String);
      if (values.length) params.set(name, values.join(','));
    }
    return parseAnswers(params).answers;
  }

  #fillForm(answers: Answers): void {
    const set = (name: string, value: string | undefined) => {
      const field = this.#form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value ?? '';
      else if (field instanceof RadioNodeList) for (const radio of field) (radio as HTMLInputElement).checked = (radio as HTMLInputElement).value === value;
    };
    set('typ', answers.type);
    set('einwohner', answers.population === undefined ? '' : String(answers.population));
    set('groesse', answers.size);
    set('land', answers.state);
    set('phase', answers.stage);
    for (const [name, values] of [['zweck', answers.purposes], ['felder', answers.fields], ['hilfe', answers.help], ['huerden', answers.barriers]] as const) {
      for (const box of this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = (values as readonly string[]).includes(box.value);
    }
  }

  #hasAnswers(answers: Answers): boolean {
    return answersToQuery(answers) !== '';
  }

  #showStep(index: number, focus: boolean): void {
    const steps = this.#steps;
    this.#current = Math.max(0, Math.min(index, steps.length - 1));
    steps.forEach((step, i) => (step.hidden = i !== this.#current));
    this.#parts.progress.textContent = `Frage ${this.#current + 1} von ${steps.length}`;
    this.#parts.back.hidden = this.#current === 0;
    this.#parts.next.hidden = this.#current === steps.length - 1;
    if (focus) steps[this.#current]!.focus();
    this.#markProvisional();
  }

  /** The short answer, an honest gap and the next steps, above the full list. */
  #drawAnswer(view: ResultView): void {
    const { best, gap, steps } = this.#parts;
    best.hidden = view.best.length === 0;
    this.#parts['best-list'].replaceChildren(
      ...view.best.map((result) => {
        const line = bestLine(result);
        return el('li', {}, el('a', { href: line.url }, line.title), el('br'), el('span', { class: 'muted' }, line.facts));
      }),
    );
    gap.hidden = !view.gap;
    gap.textContent = view.gap ? gapSentence(view.gap) : '';
    steps.hidden = view.steps.length === 0;
    this.#parts['steps-list'].replaceChildren(
      ...view.steps.map((result) => el('li', {}, `${resultCardText(result).kicker}: `, el('a', { href: result.entry.url }, result.entry.title))),
    );
  }

  /** While questions remain, the results are marked as provisional, so nobody takes them for the answer. */
  #markProvisional(): void {
    this.#parts.provisional.hidden = this.#form.hidden || this.#submitted || this.#current === this.#steps.length - 1;
  }

  #draw(view: ResultView, focusGroup?: GroupId): void {
    this.#drawAnswer(view);
    const { groups, filter, count } = this.#parts;
    const template = this.#parts.card as HTMLTemplateElement;
    groups.replaceChildren(
      ...view.groups.map((group) => {
        const more = el('button', { class: 'button button--secondary no-print', type: 'button' }, `Alle ${formatNumber(group.total)} ${group.title} anzeigen`);
        more.addEventListener('click', () => {
          this.#expanded = [...this.#expanded, group.id];
          this.#guard(this.#render(group.id));
        });
        // Only the programmes are open at first: the short answer and the next steps
        // above already name the best offer, checklist and guide, and a phone
        // should not scroll through every group to reach the end.
        const fold = el(
          'details',
          { class: 'result-group', ...(group.id === 'programmes' || this.#opened.has(group.id) ? { open: '' } : {}) },
          el('summary', {}, el('h3', {}, `${group.title} (${group.total})`)),
          group.items.length
            ? el('ol', { class: 'card-list' }, ...group.items.map((item) => resultCard(template, item)))
            : el('p', { class: 'muted' }, 'Keine passenden Einträge.'),
          group.items.length < group.total ? el('p', {}, more) : null,
        );
        fold.addEventListener('toggle', () => {
          if (fold.open) this.#opened.add(group.id);
          else this.#opened.delete(group.id);
        });
        return el('section', { 'data-group': group.id }, fold);
      }),
    );
    // After „Alle … anzeigen“, focus goes to the first entry that was not shown before.
    if (focusGroup) groups.querySelectorAll<HTMLElement>(`[data-group="${focusGroup}"] .result h4 a`)[SHORT_LIST]?.focus();
    const query = (filter as HTMLInputElement).value.trim();
    count.textContent =
      `${view.visible} passende Einträge` +
      (view.hiddenClosed ? `; ${view.hiddenClosed} geschlossene Programme ausgeblendet` : '') +
      (query ? ` für „${query}“` : '') +
      '.';
  }

  /** Redraws the results for the current answers and view settings. */
  async #render(focusGroup?: GroupId): Promise<void> {
    const options = {
      showClosed: (this.#parts['show-closed'] as HTMLInputElement).checked,
      filter: (this.#parts.filter as HTMLInputElement).value,
      expanded: this.#expanded,
      purposes: askedFor(this.#answers),
    };
    const view = await this.#check({ answers: this.#answers, today: this.#today(), options });
    if (view) this.#draw(view, focusGroup);
  }

  /** Updates URL and results; resolves once the results are on the page. */
  async #update(next: Answers): Promise<void> {
    this.#answers = next;
    const query = answersToQuery(next);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    if (!this.#hasAnswers(next)) {
      this.#parts.results.hidden = true;
      return;
    }
    this.#expanded = [];
    this.#parts.answers.textContent = describeAnswers(next);
    const cluster = clusterFor(next);
    this.#parts.cluster.replaceChildren(
      ...(cluster ? [clusterSentence(cluster), ' ', el('a', { href: '/studie/#typen' }, 'Mehr zu den Typen in der Studie')] : []),
    );
    const appearing = this.#parts.results.hidden;
    await this.#render();
    this.#parts.results.hidden = false;
    // A live region filled while hidden is not announced when it appears: the first
    // count is written again once the section is shown.
    if (appearing) {
      const { count } = this.#parts;
      const text = count.textContent;
      count.textContent = '';
      window.setTimeout(() => (count.textContent ||= text), 100);
    }
  }
}

customElements.define('foerder-check', FoerderCheck);
