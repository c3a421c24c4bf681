/**
 * Previews (glossary terms, citations, cross-references) show on hover and keyboard focus through
 * CSS alone. This adds what CSS cannot: Escape dismisses an open preview (WCAG 1.4.13), and a
 * preview near the edge of a narrow screen is shifted to stay in view.
 */
function place(pop: HTMLElement) {
  const card = pop.querySelector<HTMLElement>('.bk-pop__card');
  if (!card) return;
  card.style.setProperty('--bk-shift', '0px');
  const r = card.getBoundingClientRect();
  const margin = 8;
  const shift = r.left < margin ? margin - r.left : r.right > innerWidth - margin ? innerWidth - margin - r.right : 0;
  card.style.setProperty('--bk-shift', `${Math.round(shift)}px`);
}

function open(target: EventTarget | null) {
  const pop = (target as HTMLElement | null)?.closest?.<HTMLElement>('.bk-pop');
  if (pop) {
    delete pop.dataset.dismissed;
    place(pop);
  }
}

document.addEventListener('pointerover', (e) => open(e.target));
document.addEventListener('focusin', (e) => open(e.target));
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  document.querySelectorAll<HTMLElement>('.bk-pop:hover, .bk-pop:focus-within').forEach((p) => (p.dataset.dismissed = ''));
});
