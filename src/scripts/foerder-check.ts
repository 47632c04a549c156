/**
 * Browser side of the Förder-Check: turns the GET form into steps, keeps the
 * answers in the URL, and renders ranked results with the shared matching
 * function. Everything from the URL or the catalogue goes into the page as text
 * (textContent), never as HTML.
 */
import Fuse from 'fuse.js';
import { answersToQuery, parseAnswers, type Answers } from '../lib/answers.ts';
import { clusterFor, clusterSentence } from '../lib/clusters.ts';
import { dayInBerlin } from '../lib/dates.ts';
import { deadlineWithDaysLeft, displayStatusLabels } from '../lib/deadlines.ts';
import { formatDate, formatNumber, joinGerman } from '../lib/format.ts';
import type { WizardEntry } from '../lib/match-entry.ts';
import { matchEntries, type MatchResult } from '../lib/matching.ts';
import { applicantTypes, barriers, fields, helpTypes, sizes, stages, states, type CollectionName } from '../lib/vocabulary.ts';

type Result = MatchResult<WizardEntry>;

const form = document.getElementById('foerder-check') as HTMLFormElement | null;
const section = document.getElementById('check-ergebnisse') as HTMLElement | null;

const groups: Array<{ title: string; collections: CollectionName[] }> = [
  { title: 'Förderprogramme', collections: ['programmes'] },
  { title: 'Unterstützungsangebote', collections: ['offers'] },
  { title: 'Checklisten und Leitfäden', collections: ['checklists', 'guides'] },
  { title: 'Praxisbeispiele', collections: ['examples'] },
];

/** Creates an element with text children only. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'class' | 'href' | 'id', string>> = {},
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

function resultCard(result: Result): HTMLElement {
  const { entry, deadline } = result;
  const status = deadline
    ? el(
        'p',
        {},
        el('span', { class: `tag tag--${deadline.status}` }, displayStatusLabels[deadline.status]),
        deadline.next ? ` Nächste Frist: ${deadlineWithDaysLeft(deadline.next, formatDate)}` : null,
      )
    : null;
  return el(
    'li',
    { class: 'card result' },
    el('h4', {}, el('a', { href: entry.url }, entry.title)),
    status,
    el('p', {}, entry.summary),
    result.reasons.length ? el('p', { class: 'reasons' }, el('strong', {}, 'Passt:'), ` ${result.reasons.join(' · ')}`) : null,
    result.caveats.length ? el('p', { class: 'caveats' }, el('strong', {}, 'Einschränkungen:'), ` ${result.caveats.join(' · ')}`) : null,
    entry.facts.length ? el('p', { class: 'meta' }, entry.facts.join(' · ')) : null,
    entry.lastChecked ? el('p', { class: 'meta' }, `Zuletzt geprüft: ${formatDate(entry.lastChecked)}`) : null,
  );
}

/**
 * Sets up the steps at once and renders results as soon as the catalogue has
 * arrived, so the questions can be answered while the data is still loading.
 */
function start(catalogue: Promise<WizardEntry[]>): void {
  const steps = [...form!.querySelectorAll<HTMLFieldSetElement>('[data-step]')];
  const progress = document.getElementById('check-fortschritt')!;
  const back = form!.querySelector<HTMLButtonElement>('[data-back]')!;
  const next = form!.querySelector<HTMLButtonElement>('[data-next]')!;
  const filter = document.getElementById('check-eingrenzen') as HTMLInputElement;
  const showClosed = document.getElementById('check-geschlossene') as HTMLInputElement;
  const count = document.getElementById('check-anzahl')!;
  const container = document.getElementById('check-gruppen')!;
  const today = dayInBerlin(new Date());
  let current = 0;
  let results: Result[] = [];

  function showStep(index: number, focus: boolean): void {
    current = Math.max(0, Math.min(index, steps.length - 1));
    steps.forEach((step, i) => (step.hidden = i !== current));
    progress.textContent = `Frage ${current + 1} von ${steps.length}`;
    back.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    if (focus) steps[current]!.focus();
  }

  function render(): void {
    const query = filter.value.trim();
    let visible = results.filter((result) => showClosed.checked || !result.closed);
    if (query) {
      const fuse = new Fuse(visible, {
        keys: [
          { name: 'entry.title', weight: 3 },
          { name: 'entry.facts', weight: 2 },
          { name: 'entry.summary', weight: 1 },
        ],
        threshold: 0.35,
        ignoreLocation: true,
      });
      const kept = new Set(fuse.search(query.slice(0, 32)).map((hit) => hit.item));
      visible = visible.filter((result) => kept.has(result));
    }
    const hiddenClosed = results.filter((result) => result.closed).length;
    container.replaceChildren(
      ...groups.map((group) => {
        const items = visible.filter((result) => group.collections.includes(result.entry.collection));
        return el(
          'section',
          {},
          el('h3', {}, `${group.title} (${items.length})`),
          items.length ? el('ol', { class: 'card-list' }, ...items.map(resultCard)) : el('p', { class: 'muted' }, 'Keine passenden Einträge.'),
        );
      }),
    );
    count.textContent =
      `${visible.length} passende Einträge` +
      (!showClosed.checked && hiddenClosed ? `; ${hiddenClosed} geschlossene Programme ausgeblendet` : '') +
      (query ? ` für „${query}“` : '') +
      '.';
  }

  /** Updates URL and results; resolves once the results are on the page. */
  async function update(answers: Answers): Promise<void> {
    const query = answersToQuery(answers);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    if (!hasAnswers(answers)) {
      section!.hidden = true;
      return;
    }
    // Updates resolve in the order they were asked for, since they all wait on one promise.
    const entries = await catalogue;
    results = matchEntries(answers, entries, today);
    document.getElementById('check-angaben')!.textContent = describeAnswers(answers);
    const cluster = clusterFor(answers);
    const clusterLine = document.getElementById('check-cluster')!;
    clusterLine.replaceChildren(
      ...(cluster ? [clusterSentence(cluster), ' ', el('a', { href: '/studie/#typen' }, 'Mehr zu den Typen in der Studie')] : []),
    );
    section!.hidden = false;
    render();
  }

  const { answers, notes } = parseAnswers(new URLSearchParams(location.search));
  const hints = document.getElementById('check-hinweise')!;
  hints.replaceChildren(...notes.map((note) => el('p', {}, note)));
  fillForm(answers);
  // A shared link goes straight to the results; the questions open on request.
  const change = document.getElementById('check-aendern') as HTMLButtonElement;
  form!.hidden = hasAnswers(answers);
  change.hidden = !form!.hidden;
  change.addEventListener('click', () => {
    form!.hidden = false;
    change.hidden = true;
    showStep(0, true);
  });
  showStep(0, false);
  update(answers).catch(failed);

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
  filter.addEventListener('input', render);
  showClosed.addEventListener('change', render);
  document.getElementById('check-drucken')!.addEventListener('click', () => window.print());
  document.getElementById('check-link')!.addEventListener('click', async () => {
    const status = document.getElementById('check-link-status')!;
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link kopiert.';
    } catch {
      status.textContent = `Bitte kopieren Sie die Adresse aus der Adresszeile.`;
    }
  });

  function failed(): void {
    form!.hidden = false;
    change.hidden = true;
    hints.replaceChildren(el('p', {}, 'Der Förder-Check konnte seine Daten nicht laden. Bitte nutzen Sie die Länderseiten unten.'));
  }
}

if (form && section) {
  start(
    fetch('/foerder-check/daten.json').then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<WizardEntry[]>;
    }),
  );
}
