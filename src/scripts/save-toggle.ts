/**
 * „Merken“ on entry pages and result cards, and the Merkliste link in the header
 * with its count. `<save-toggle data-url data-title>` wraps a plain button that
 * CSS shows only with scripting; this sets its pressed state and toggles the
 * entry. Every change is announced in the header's status region, since the
 * count there changes out of a screen-reader user's sight.
 */
import { keyFromUrl, MAX_SAVED, toggle } from '../core/saved-list.ts';
import { CHANGE_EVENT, loadSaved, storeSaved } from './saved-store.ts';

const countText = (count: number) => (count === 1 ? '1 Eintrag' : `${count} Einträge`);

function announce(text: string): void {
  const region = document.querySelector<HTMLElement>('[data-saved-announce]');
  if (region) region.textContent = text;
}

function showCount(): void {
  const { keys } = loadSaved();
  for (const count of document.querySelectorAll<HTMLElement>('[data-saved-count]')) count.textContent = String(keys.length);
}

export class SaveToggle extends HTMLElement {
  static observedAttributes = ['data-url', 'data-title'];
  #listening = false;

  connectedCallback(): void {
    if (!this.#listening) {
      this.addEventListener('click', (event) => {
        if ((event.target as Element).closest('button')) this.#toggle();
      });
      this.#listening = true;
    }
    this.#show();
  }

  attributeChangedCallback(): void {
    this.#show();
  }

  #show(): void {
    const key = keyFromUrl(this.dataset.url ?? '');
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = !key;
    // Cards drawn from a template get their title late; the button's name follows it. The name starts with the visible word (WCAG 2.5.3).
    button.setAttribute('aria-label', `Merken: ${this.dataset.title ?? ''}`);
    button.setAttribute('aria-pressed', String(key !== undefined && loadSaved().keys.includes(key)));
  }

  #toggle(): void {
    const key = keyFromUrl(this.dataset.url ?? '');
    if (!key) return;
    const before = loadSaved().keys;
    const after = toggle(before, key);
    const title = `„${this.dataset.title ?? ''}“`;
    if (after.length === before.length) {
      announce(`Die Merkliste ist voll (${MAX_SAVED} Einträge). Entfernen Sie dort zuerst einen Eintrag.`);
      return;
    }
    const kept = storeSaved(after);
    const added = after.length > before.length;
    announce(
      `${title} ${added ? 'ist auf der Merkliste' : 'ist nicht mehr auf der Merkliste'}; dort ${after.length === 1 ? 'steht' : 'stehen'} ${countText(after.length)}.` +
        (kept ? '' : ' Ihr Browser erlaubt kein Speichern: Die Liste gilt nur, solange diese Seite offen ist.'),
    );
  }
}

/** A toggle for lists drawn in the browser (search results), with the same markup as SaveToggle.astro. */
export function createSaveToggle(url: string, title: string): HTMLElement {
  const element = document.createElement('save-toggle');
  element.className = 'save-area needs-js';
  element.dataset.title = title;
  element.dataset.url = url;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'save-toggle';
  button.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-label', `Merken: ${title}`);
  button.append('Merken');
  element.append(button);
  return element;
}

if (!customElements.get('save-toggle')) customElements.define('save-toggle', SaveToggle);
document.addEventListener(CHANGE_EVENT, () => {
  showCount();
  for (const element of document.querySelectorAll<SaveToggle>('save-toggle')) element.attributeChangedCallback();
});
showCount();
