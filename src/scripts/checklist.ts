/**
 * Makes a checklist workable: a tick box per step, kept in localStorage for this
 * checklist only (nothing leaves the browser), a progress count, a reset, and a
 * „Link kopieren“ button per step for consultants. Without JavaScript the list
 * stays a plain readable list with its step links.
 */
const list = document.querySelector<HTMLOListElement>('[data-checklist]');
const tools = document.querySelector<HTMLElement>('[data-checklist-tools]');

function load(key: string): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(key) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

if (list && tools) {
  const key = `foerderfinder:checkliste:${list.dataset.checklist}`;
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li[id]')];
  const progress = tools.querySelector<HTMLElement>('#checkliste-fortschritt')!;
  const done = load(key);
  const boxes: HTMLInputElement[] = [];

  const update = () => {
    try {
      localStorage.setItem(key, JSON.stringify([...done]));
    } catch {
      // Storage may be full or blocked; the ticks then last only for this visit.
    }
    progress.textContent = `${items.filter((item) => done.has(item.id)).length} von ${items.length} erledigt`;
  };

  for (const item of items) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'tick';
    box.id = `erledigt-${item.id}`;
    box.checked = done.has(item.id);
    box.setAttribute('aria-labelledby', `${item.id}-text`);
    box.addEventListener('change', () => {
      if (box.checked) done.add(item.id);
      else done.delete(item.id);
      item.classList.toggle('is-done', box.checked);
      update();
    });
    item.classList.toggle('is-done', box.checked);
    item.prepend(box);
    boxes.push(box);

    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'link-button';
    copy.textContent = 'Link kopieren';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
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

  tools.querySelector<HTMLButtonElement>('[data-reset]')!.addEventListener('click', () => {
    done.clear();
    for (const box of boxes) box.checked = false;
    for (const item of items) item.classList.remove('is-done');
    update();
  });
  update();

  // A shared link to one step: bring it into view and give it focus, so it is announced too.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && items.includes(target as HTMLLIElement)) target.focus();
}
