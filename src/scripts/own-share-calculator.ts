/**
 * `<own-share-calculator>`: on a programme page, the planned costs in, the
 * expected funding and own share out (core/own-share.ts), with the rule in words.
 * Ticked conditions (Haushaltsnotlage …) choose a special rate where the source
 * states one. Without JavaScript the form is hidden by CSS and the facts above stand alone.
 */
import { COST_ERROR, parseGermanInteger } from '../core/format.ts';
import { ownShare, type ProgrammeTerms } from '../core/own-share.ts';
import { fieldError, findParts } from './dom.ts';

const PARTS = ['form', 'cost', 'error', 'result'] as const;

class OwnShareCalculator extends HTMLElement {
  connectedCallback(): void {
    const parts = findParts(this, PARTS);
    if (!parts || !(parts.cost instanceof HTMLInputElement) || !(parts.form instanceof HTMLFormElement) || !this.dataset.terms) return;
    const terms = JSON.parse(this.dataset.terms) as ProgrammeTerms;
    const { form, cost, error, result } = parts;
    const conditions = () =>
      [...form.querySelectorAll<HTMLInputElement>('input[name="bedingung"]')].filter((box) => box.checked).map((box) => box.value);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = parseGermanInteger(cost.value);
      const valid = value !== undefined && value > 0;
      fieldError(cost, error, valid ? undefined : COST_ERROR);
      result.textContent = valid ? ownShare(value, terms, { conditions: conditions() }).text : '';
      if (!valid) cost.focus();
    });
    // A result on screen follows the ticks, so it never shows a rate the boxes no longer say;
    // the focus stays on the box (no error jump), so only a valid figure is recomputed.
    form.addEventListener('change', (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || target.name !== 'bedingung' || !result.textContent) return;
      const value = parseGermanInteger(cost.value);
      if (value !== undefined && value > 0) result.textContent = ownShare(value, terms, { conditions: conditions() }).text;
    });
  }
}

customElements.define('own-share-calculator', OwnShareCalculator);
