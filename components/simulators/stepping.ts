/** Keyboard stepping and soft-disabled buttons shared by the steppers. */

/** ← → Home End step through the widget, except while typing in a field or choosing in a list. */
export function onStepKeys(
  root: HTMLElement,
  actions: { back: () => void; next: () => void; first: () => void; last: () => void },
): void {
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea')) return;
    const action = { ArrowLeft: actions.back, ArrowRight: actions.next, Home: actions.first, End: actions.last }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
}

/** aria-disabled keeps the button focusable (focus is not lost at the end) while saying it does nothing. */
export function setDisabled(button: HTMLElement, disabled: boolean): void {
  button.setAttribute('aria-disabled', String(disabled));
}
