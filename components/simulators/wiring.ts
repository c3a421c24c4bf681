/**
 * What every simulator's element does on connecting: read its messages (the server writes the
 * simulator's part of the catalogue, in the page's language, into data-messages) and recompute on
 * every edit of its form. No imports, so a simulator without number fields (PageWalk, TrapStepper)
 * does not load the field checking of ./form.ts.
 */

/** The simulator's messages, written by the server into its data-messages attribute. */
export function messagesOf<T>(el: HTMLElement): T {
  return JSON.parse(el.dataset.messages ?? '{}') as T;
}

/** Recompute on every edit of the simulator's form; it never submits. Returns the form. */
export function wireForm(root: HTMLElement, update: () => void, events: readonly string[] = ['input', 'change']): HTMLFormElement {
  const form = root.querySelector('form') as HTMLFormElement;
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const type of events) form.addEventListener(type, update);
  return form;
}
