/**
 * `<checklist-progress>`: makes the checklist inside it workable: a tick box per
 * step, kept in localStorage for this checklist only (nothing leaves the
 * browser), a progress count, a reset, and a „Link kopieren“ button per step for
 * consultants. Without JavaScript (or with a part missing) the list stays a plain
 * readable list with its step links.
 */
import { el, findParts } from './dom.ts';

const PARTS = ['progress', 'reset', 'items'] as const;

function load(key: string): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(key) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

/** The anchor as written; a malformed escape (`#%E0%A4%A`) is taken literally instead of throwing. */
function decodedAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

class ChecklistProgress extends HTMLElement {
  connectedCallback(): void {
    const parts = findParts(this, PARTS);
    if (!parts || !this.dataset.checklist) return;
    const key = `foerderfinder:checkliste:${this.dataset.checklist}`;
    const items = [...parts.items.querySelectorAll<HTMLLIElement>(':scope > li[id]')];
    const done = load(key);
    const boxes: HTMLInputElement[] = [];

    const showProgress = () => {
      parts.progress.textContent = `${items.filter((item) => done.has(item.id)).length} von ${items.length} erledigt`;
    };
    // Written only when the reader ticks or resets, and removed when nothing is ticked:
    // merely reading a checklist leaves no trace in the browser.
    const update = () => {
      try {
        if (done.size) localStorage.setItem(key, JSON.stringify([...done]));
        else localStorage.removeItem(key);
      } catch {
        // Storage may be full or blocked; the ticks then last only for this visit.
      }
      showProgress();
    };

    for (const item of items) {
      const box = el('input', { type: 'checkbox', class: 'tick', id: `erledigt-${item.id}`, 'aria-labelledby': `${item.id}-text` });
      box.checked = done.has(item.id);
      box.addEventListener('change', () => {
        if (box.checked) done.add(item.id);
        else done.delete(item.id);
        item.classList.toggle('is-done', box.checked);
        update();
      });
      item.classList.toggle('is-done', box.checked);
      item.prepend(box);
      boxes.push(box);

      // The step's text describes the button, so a list of fourteen „Link kopieren“ tells them apart.
      const copy = el('button', { type: 'button', class: 'link-button', 'aria-describedby': `${item.id}-text` }, 'Link kopieren');
      const status = el('span', { role: 'status' });
      copy.addEventListener('click', async () => {
        const url = `${location.origin}${location.pathname}#${item.id}`;
        try {
          await navigator.clipboard.writeText(url);
          status.textContent = ' Link kopiert.';
        } catch {
          status.textContent = ` ${url}`;
        }
      });
      item.querySelector('.item-link')?.append(' · ', copy, status);
    }

    parts.reset.addEventListener('click', () => {
      done.clear();
      for (const box of boxes) box.checked = false;
      for (const item of items) item.classList.remove('is-done');
      update();
    });
    showProgress();

    // A shared link to one step: bring it into view and give it focus, so it is announced too.
    const target = location.hash && document.getElementById(decodedAnchor(location.hash.slice(1)));
    if (target && items.includes(target as HTMLLIElement)) target.focus();
  }
}

customElements.define('checklist-progress', ChecklistProgress);
