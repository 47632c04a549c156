/**
 * Browser side of the Förder-Check: turns the GET form into steps, keeps the
 * answers in the URL, and draws the results that its worker
 * (foerder-check-worker.ts) ranks with the shared matching function. Everything
 * from the URL or the catalogue goes into the page as text (textContent), never
 * as HTML.
 */
import { answersToQuery, parseAnswers, type Answers } from '../core/answers.ts';
import { clusterFor, clusterSentence } from '../core/clusters.ts';
import { dayInBerlin } from '../core/dates.ts';
import { formatNumber, joinGerman } from '../core/format.ts';
import { lazy } from '../core/lazy.ts';
import { resultCardText } from '../core/result-card.ts';
import { resultGroups, SHORT_LIST, type GroupId, type Result, type ResultView } from '../core/result-view.ts';
import { applicantTypes, barriers, fields, helpTypes, sizes, stages, states } from '../core/vocabulary.ts';
import type { CheckRequest, CheckResponse } from './foerder-check-worker.ts';

const form = document.getElementById('foerder-check') as HTMLFormElement | null;
const section = document.getElementById('check-ergebnisse') as HTMLElement | null;

/** Creates an element with text children only. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'class' | 'href' | 'id' | 'data-group', string>> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function readForm(): Answers {
  const params = new URLSearchParams();
  const data = new FormData(form!);
  for (const name of ['typ', 'einwohner', 'groesse', 'land', 'phase']) {
    const value = String(data.get(name) ?? '').trim();
    if (value) params.set(name, value);
  }
  for (const name of ['felder', 'hilfe', 'huerden']) {
    const values = data.getAll(name).map(String);
    if (values.length) params.set(name, values.join(','));
  }
  return parseAnswers(params).answers;
}

function fillForm(answers: Answers): void {
  const set = (name: string, value: string | undefined) => {
    const field = form!.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value ?? '';
    else if (field instanceof RadioNodeList) for (const radio of field) (radio as HTMLInputElement).checked = (radio as HTMLInputElement).value === value;
  };
  set('typ', answers.type);
  set('einwohner', answers.population === undefined ? '' : String(answers.population));
  set('groesse', answers.size);
  set('land', answers.state);
  set('phase', answers.stage);
  for (const [name, values] of [['felder', answers.fields], ['hilfe', answers.help], ['huerden', answers.barriers]] as const) {
    for (const box of form!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = (values as readonly string[]).includes(box.value);
  }
}

function hasAnswers(answers: Answers): boolean {
  return answersToQuery(answers) !== '';
}

/** „Gemeinde mit 9.675 Einwohnern in Sachsen, Strategie in Erarbeitung; …“ */
function describeAnswers(answers: Answers): string {
  const parts: string[] = [];
  const who = answers.type ? applicantTypes.label(answers.type) : 'Kommune';
  const size =
    answers.population !== undefined ? ` mit ${formatNumber(answers.population)} Einwohnern` : answers.size ? ` (${sizes.label(answers.size)})` : '';
  parts.push(`${who}${size}${answers.state ? ` in ${states[answers.state].name}` : ''}`);
  if (answers.stage) parts.push(stages.label(answers.stage));
  if (answers.fields.length) parts.push(`Handlungsfelder: ${joinGerman(answers.fields.map(fields.label))}`);
  if (answers.help.length) parts.push(`gewünscht: ${joinGerman(answers.help.map(helpTypes.label))}`);
  if (answers.barriers.length) parts.push(`Hürden: ${joinGerman(answers.barriers.map(barriers.label))}`);
  return `Ihre Angaben: ${parts.join('; ')}.`;
}

/** The wizard's twin of ResultCard.astro, one heading level lower, with the same text. */
function resultCard(result: Result): HTMLElement {
  const card = resultCardText(result);
  return el(
    'li',
    { class: 'card result' },
    el('p', { class: 'kicker muted' }, card.kicker),
    el('h4', {}, el('a', { href: card.url }, card.title)),
    card.status ? el('p', {}, el('span', { class: `tag tag--${card.status.id}` }, card.status.label), card.status.next ? ` ${card.status.next}` : null) : null,
    el('p', {}, card.summary),
    ...card.notes.map((note) => el('p', { class: note.kind }, el('strong', {}, note.label), ` ${note.text}`)),
    ...card.meta.map((line) => el('p', { class: 'meta' }, line)),
  );
}

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

/**
 * Sets up the steps at once and draws results as soon as the worker has them,
 * so the questions can be answered while the catalogue is still loading.
 */
function start(check: ReturnType<typeof checker>): void {
  const steps = [...form!.querySelectorAll<HTMLFieldSetElement>('[data-step]')];
  const progress = document.getElementById('check-fortschritt')!;
  const back = form!.querySelector<HTMLButtonElement>('[data-back]')!;
  const next = form!.querySelector<HTMLButtonElement>('[data-next]')!;
  const filter = document.getElementById('check-eingrenzen') as HTMLInputElement;
  const showClosed = document.getElementById('check-geschlossene') as HTMLInputElement;
  const count = document.getElementById('check-anzahl')!;
  const container = document.getElementById('check-gruppen')!;
  const hints = document.getElementById('check-hinweise')!;
  const change = document.getElementById('check-aendern') as HTMLButtonElement;
  // Taken when the first results are drawn: the date formatter's locale data is
  // not worth loading for a visitor who has not answered yet.
  const today = lazy(() => dayInBerlin(new Date()));
  let current = 0;
  let answers: Answers;
  let expanded: GroupId[] = [];

  function showStep(index: number, focus: boolean): void {
    current = Math.max(0, Math.min(index, steps.length - 1));
    steps.forEach((step, i) => (step.hidden = i !== current));
    progress.textContent = `Frage ${current + 1} von ${steps.length}`;
    back.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    if (focus) steps[current]!.focus();
  }

  function draw(view: ResultView, focusGroup?: GroupId): void {
    container.replaceChildren(
      ...view.groups.map((group) => {
        const more = el('button', { class: 'button button--secondary no-print' }, `Alle ${formatNumber(group.total)} ${group.title} anzeigen`);
        more.type = 'button';
        more.addEventListener('click', () => {
          expanded = [...expanded, group.id];
          render(group.id).catch(failed);
        });
        return el(
          'section',
          { 'data-group': group.id },
          el('h3', {}, `${group.title} (${group.total})`),
          group.items.length ? el('ol', { class: 'card-list' }, ...group.items.map(resultCard)) : el('p', { class: 'muted' }, 'Keine passenden Einträge.'),
          group.items.length < group.total ? el('p', {}, more) : null,
        );
      }),
    );
    // After „Alle … anzeigen“, focus goes to the first entry that was not shown before.
    if (focusGroup) container.querySelectorAll<HTMLElement>(`[data-group="${focusGroup}"] .result h4 a`)[SHORT_LIST]?.focus();
    const query = filter.value.trim();
    count.textContent =
      `${view.visible} passende Einträge` +
      (view.hiddenClosed ? `; ${view.hiddenClosed} geschlossene Programme ausgeblendet` : '') +
      (query ? ` für „${query}“` : '') +
      '.';
  }

  /** Redraws the results for the current answers and view settings. */
  async function render(focusGroup?: GroupId): Promise<void> {
    const view = await check({ answers, today: today(), options: { showClosed: showClosed.checked, filter: filter.value, expanded } });
    if (view) draw(view, focusGroup);
  }

  /** Updates URL and results; resolves once the results are on the page. */
  async function update(next: Answers): Promise<void> {
    answers = next;
    const query = answersToQuery(answers);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    if (!hasAnswers(answers)) {
      section!.hidden = true;
      return;
    }
    expanded = [];
    document.getElementById('check-angaben')!.textContent = describeAnswers(answers);
    const cluster = clusterFor(answers);
    document.getElementById('check-cluster')!.replaceChildren(
      ...(cluster ? [clusterSentence(cluster), ' ', el('a', { href: '/studie/#typen' }, 'Mehr zu den Typen in der Studie')] : []),
    );
    await render();
    section!.hidden = false;
  }

  function failed(): void {
    form!.hidden = false;
    change.hidden = true;
    hints.replaceChildren(el('p', {}, 'Der Förder-Check konnte seine Daten nicht laden. Bitte nutzen Sie die Länderseiten unten.'));
  }

  const parsed = parseAnswers(new URLSearchParams(location.search));
  hints.replaceChildren(...parsed.notes.map((note) => el('p', {}, note)));
  fillForm(parsed.answers);
  // A shared link goes straight to the results; the questions open on request.
  form!.hidden = hasAnswers(parsed.answers);
  change.hidden = !form!.hidden;
  change.addEventListener('click', () => {
    form!.hidden = false;
    change.hidden = true;
    showStep(0, true);
  });
  showStep(0, false);
  update(parsed.answers).catch(failed);

  form!.addEventListener('change', () => update(readForm()).catch(failed));
  form!.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).id === 'check-einwohner') update(readForm()).catch(failed);
  });
  back.addEventListener('click', () => showStep(current - 1, true));
  next.addEventListener('click', () => showStep(current + 1, true));
  form!.addEventListener('submit', (event) => {
    event.preventDefault();
    update(readForm())
      .then(() => {
        section!.hidden = false;
        section!.focus();
      })
      .catch(failed);
  });
  filter.addEventListener('input', () => render().catch(failed));
  showClosed.addEventListener('change', () => render().catch(failed));
  // The printed result lists every match, whatever is folded on screen.
  document.getElementById('check-drucken')!.addEventListener('click', () => {
    expanded = resultGroups.map((group) => group.id);
    render()
      .then(() => window.print())
      .catch(failed);
  });
  document.getElementById('check-link')!.addEventListener('click', async () => {
    const status = document.getElementById('check-link-status')!;
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link kopiert.';
    } catch {
      status.textContent = `Bitte kopieren Sie die Adresse aus der Adresszeile.`;
    }
  });
}

if (form && section) {
  start(checker(new Worker(new URL('./foerder-check-worker.ts', import.meta.url), { type: 'module' })));
}
