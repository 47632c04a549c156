/**
 * `<deadline-filter>`: filters the Fristenkalender inside it by Land and level.
 * Without JavaScript (or with a part missing) every date stays listed.
 */
import { upcomingCountText } from '../core/deadlines.ts';
import { findParts } from './dom.ts';

const PARTS = ['land', 'level', 'count'] as const;

class DeadlineFilter extends HTMLElement {
  connectedCallback(): void {
    const parts = findParts(this, PARTS);
    if (!parts) return;
    const land = parts.land as HTMLSelectElement;
    const level = parts.level as HTMLSelectElement;
    const apply = () => {
      let visible = 0;
      for (const item of this.querySelectorAll<HTMLElement>('[data-part="month"] li')) {
        const states = item.dataset.states ?? '';
        const show = (!land.value || states === 'all' || states.split(' ').includes(land.value)) && (!level.value || item.dataset.level === level.value);
        item.hidden = !show;
        if (show) visible++;
      }
      for (const month of this.querySelectorAll<HTMLElement>('[data-part="month"]')) month.hidden = !month.querySelector('li:not([hidden])');
      parts.count.textContent = upcomingCountText(visible);
    };
    land.addEventListener('change', apply);
    level.addEventListener('change', apply);
    land.form?.addEventListener('submit', (event) => event.preventDefault());
    apply();
  }
}

customElements.define('deadline-filter', DeadlineFilter);
