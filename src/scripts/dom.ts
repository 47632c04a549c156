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

/**
 * GOV.UK's error summary: one linked line per problem (field id, message), shown and
 * focused when there are any, hidden when there are none. `follow` replaces the
 * plain jump to the field where the field may be out of view (the wizard's steps).
 * Returns whether the form is free of problems.
 */
export function errorSummary(box: HTMLElement, list: HTMLElement, problems: ReadonlyArray<readonly [string, string]>, follow?: (field: HTMLElement) => void): boolean {
  box.hidden = problems.length === 0;
  list.replaceChildren(
    ...problems.map(([id, text]) => {
      const link = el('a', { href: `#${id}` }, text);
      if (follow) {
        link.addEventListener('click', (event) => {
          event.preventDefault();
          follow(document.getElementById(id)!);
        });
      }
      return el('li', {}, link);
    }),
  );
  if (problems.length) box.focus();
  return problems.length === 0;
}
