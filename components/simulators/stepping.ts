/** Stepping shared by the steppers: the step buttons, the keys and the soft-disabled ends. */

export interface Stepping {
  /** Show position `index`, kept within 0 … last(). */
  go(index: number): void;
  /** Start again from position 0 after what is being stepped through has changed. */
  restart(): void;
}

/**
 * Moves through positions 0 … last() of a stepper inside `root`: the buttons data-part="back",
 * "next", "reset" and (if present) "all", and ← → Home End anywhere in the widget except while
 * typing in a field or choosing in a list. `render` draws position i; the buttons that would do
 * nothing are marked aria-disabled, which keeps them focusable (focus is not lost at an end).
 */
export function stepping(root: HTMLElement, last: () => number, render: (index: number) => void): Stepping {
  let shown = -1;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`);
  const go = (index: number) => {
    const end = last();
    const i = Math.max(0, Math.min(end, index));
    if (i === shown) return;
    shown = i;
    render(i);
    part('back')?.setAttribute('aria-disabled', String(i === 0));
    for (const name of ['next', 'all']) part(name)?.setAttribute('aria-disabled', String(i === end));
  };
  const actions: Record<string, () => void> = {
    back: () => go(shown - 1),
    next: () => go(shown + 1),
    reset: () => go(0),
    all: () => go(Infinity),
  };
  for (const name in actions) part(name)?.addEventListener('click', actions[name]!);
  const keys: Record<string, string> = { ArrowLeft: 'back', ArrowRight: 'next', Home: 'reset', End: 'all' };
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const action = actions[keys[event.key] ?? ''];
    if (!action || event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea')) return;
    event.preventDefault();
    action();
  });
  return {
    go,
    restart: () => {
      shown = -1;
      go(0);
    },
  };
}
