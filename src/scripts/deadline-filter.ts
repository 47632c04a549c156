/** Filters the Fristenkalender by Land and level; without JavaScript every deadline is listed. */
const form = document.getElementById('fristen-filter') as HTMLFormElement | null;
if (form) {
  const land = document.getElementById('fristen-land') as HTMLSelectElement;
  const level = document.getElementById('fristen-ebene') as HTMLSelectElement;
  const count = document.getElementById('fristen-anzahl')!;
  const apply = () => {
    let visible = 0;
    for (const item of document.querySelectorAll<HTMLElement>('.deadline-month li')) {
      const states = item.dataset.states ?? '';
      const show = (!land.value || states === 'all' || states.split(' ').includes(land.value)) && (!level.value || item.dataset.level === level.value);
      item.hidden = !show;
      if (show) visible++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('.deadline-month')) {
      section.hidden = !section.querySelector('li:not([hidden])');
    }
    count.textContent = `${visible} kommende Fristen.`;
  };
  land.addEventListener('change', apply);
  level.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
