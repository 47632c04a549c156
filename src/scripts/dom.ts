/**
 * Small DOM helpers for the browser islands. Text goes in as text nodes, never
 * as HTML, so nothing from a URL or a catalogue can become markup.
 */

/** Creates an element with attributes and text or element children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(key, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/**
 * The parts of an island, looked up inside its own root by `data-part`. Returns
 * undefined when one is missing, so the island leaves the plain HTML alone
 * instead of failing half-way (as GOV.UK Frontend's components do).
 */
export function findParts<const Names extends readonly string[]>(
  root: HTMLElement,
  names: Names,
): { [N in Names[number]]: HTMLElement } | undefined {
  const parts: Record<string, HTMLElement> = {};
  for (const name of names) {
    const part = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
    if (!part) {
      console.error(`${root.localName}: Teil „${name}“ fehlt im Markup`);
      return undefined;
    }
    parts[name] = part;
  }
  return parts as { [N in Names[number]]: HTMLElement };
}

/**
 * GOV.UK's error pattern at one field: the message above it, the field marked
 * invalid and described by the message before its hint. `text` undefined clears it.
 */
export function fieldError(input: HTMLElement, message: HTMLElement, text: string | undefined): void {
  const hint = (input.dataset.hint ??= input.getAttribute('aria-describedby') ?? '');
  message.hidden = !text;
  message.textContent = text ?? '';
  input.toggleAttribute('aria-invalid', Boolean(text));
  const describedBy = text ? `${message.id} ${hint}`.trim() : hint;
  if (describedBy) input.setAttribute('aria-describedby', describedBy);
  else input.removeAttribute('aria-describedby');
}
