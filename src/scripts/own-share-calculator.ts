/**
 * `<own-share-calculator>`: on a programme page, the planned costs in, the
 * expected funding and own share out (core/own-share.ts), with the rule in words.
 * Without JavaScript the form is hidden by CSS and the facts above stand alone.
 */
import { COST_ERROR, parseGermanInteger } from '../core/format.ts';
import { ownShare, type ProgrammeTerms } from '../core/own-share.ts';
import { fieldError, findParts } from './dom.ts';

const PARTS = ['form', 'cost', 'error', 'result'] as const;

class OwnShareCalculator extends HTMLElement {
  connectedCallback(): void {
    const parts = findParts(this, PARTS);
    if (!parts || !(parts.cost instanceof HTMLInputElement) || !this.dataset.terms) return;
    const terms = JSON.parse(this.dataset.terms) as ProgrammeTerms;
    const { cost, error, result } = parts;
    parts.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = parseGermanInteger(cost.value);
      const valid = value !== undefined && value > 0;
      fieldError(cost, error, valid ? undefined : COST_ERROR);
      result.textContent = valid ? ownShare(value, terms).text : '';
      if (!valid) cost.focus();
    });
  }
}

customElements.define('own-share-calculator', OwnShareCalculator);
