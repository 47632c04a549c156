/**
 * The Merkliste in the browser's localStorage. Nothing is written before the
 * user first presses „Merken“ (or adds a shared list), and an empty list removes
 * the entry. Storage can be switched off or full; the list then lives for the
 * page only and the caller is told, so no click silently does nothing.
 */
import { readStored, serialise, STORAGE_KEY } from '../core/saved-list.ts';

/** Fired on document after every change, from this page or (via `storage`) another tab. */
export const CHANGE_EVENT = 'merkliste-change';

let memory: string[] | undefined;

/** The last stored text and what it read as: a list page asks once per „Merken“ button, so the text is parsed only when it changed. */
let parsed: { raw: string | null; value: { keys: string[]; damaged: boolean } } | undefined;

export function loadSaved(): { keys: string[]; damaged: boolean } {
  if (memory) return { keys: memory, damaged: false };
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (parsed?.raw !== raw) parsed = { raw, value: readStored(raw) };
    return parsed.value;
  } catch {
    return { keys: [], damaged: false };
  }
}

/** Stores the list; false when the browser refused, so the page can say the list is not kept. */
export function storeSaved(keys: readonly string[]): boolean {
  let stored = true;
  try {
    if (keys.length) localStorage.setItem(STORAGE_KEY, serialise(keys));
    else localStorage.removeItem(STORAGE_KEY);
    memory = undefined;
  } catch {
    memory = [...keys];
    stored = false;
  }
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  return stored;
}

addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY || event.key === null) document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
});
