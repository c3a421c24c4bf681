/**
 * Previews (glossary terms, citations, cross-references). Without JavaScript they show on hover and
 * keyboard focus through CSS alone, placed under their link. With it, each card becomes a manual
 * popover: it is drawn in the browser's top layer, so no column (Starlight's "On this page", the
 * header) can cover it, and it is placed inside the viewport, under its link or above it.
 * This script also adds:
 * - Escape dismisses an open preview (WCAG 1.4.13); the pointer may move onto the card;
 * - on a touch screen, tapping a glossary term shows its definition in place, with a link to the
 *   glossary entry, instead of leaving the chapter (a second tap, or a tap elsewhere, closes it);
 *   tapping a cross-reference or citation shows its preview first, and a second tap follows it.
 */
const MARGIN = 8;
const GAP = 4;
let openPop: HTMLElement | null = null;
let closeTimer: number | undefined;
let lastPointer = 'mouse';

const cardOf = (pop: HTMLElement) => pop.querySelector<HTMLElement>(':scope > .bk-pop__card');
const popOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.bk-pop') : null);

function place(pop: HTMLElement, card: HTMLElement) {
  const anchor = pop.querySelector('a') ?? pop;
  const rects = anchor.getClientRects();
  const a = rects[0] ?? anchor.getBoundingClientRect();
  card.style.maxWidth = `${Math.min(352, innerWidth - 2 * MARGIN)}px`;
  card.style.left = '0px';
  card.style.top = '0px';
  const { width, height } = card.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(a.left, innerWidth - MARGIN - width));
  const below = a.bottom + GAP;
  const above = a.top - GAP - height;
  const fitsBelow = below + height <= innerHeight - MARGIN;
  const top = fitsBelow || above < MARGIN ? Math.min(below, Math.max(MARGIN, innerHeight - MARGIN - height)) : above;
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}

function show(pop: HTMLElement, how: 'hover' | 'focus' | 'tap') {
  clearTimeout(closeTimer);
  if (openPop && openPop !== pop) hide(openPop);
  const card = cardOf(pop);
  if (!card) return;
  delete pop.dataset.dismissed;
  pop.toggleAttribute('data-tapped', how === 'tap');
  if (!card.matches(':popover-open')) card.showPopover();
  place(pop, card);
  openPop = pop;
}

function hide(pop: HTMLElement) {
  const card = cardOf(pop);
  if (card?.matches(':popover-open')) card.hidePopover();
  pop.removeAttribute('data-tapped');
  if (openPop === pop) openPop = null;
}

function laterHide(pop: HTMLElement) {
  clearTimeout(closeTimer);
  closeTimer = window.setTimeout(() => {
    if (!pop.matches(':hover') && !pop.contains(document.activeElement) && !pop.hasAttribute('data-tapped')) hide(pop);
  }, 200);
}

function prepare(root: ParentNode) {
  for (const card of root.querySelectorAll<HTMLElement>('.bk-pop__card')) {
    if ('showPopover' in card) card.popover = 'manual';
  }
}
prepare(document);
// The whole-book page adds chapters as the reader reaches them (whole-book-loader.ts).
document.addEventListener('bk:content', (e) => prepare(e.target as Element));

document.addEventListener('pointerdown', (e) => {
  lastPointer = e.pointerType;
  // A tap outside the open preview closes it.
  if (openPop && !openPop.contains(e.target as Node)) hide(openPop);
});
document.addEventListener('pointerover', (e) => {
  if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
  const pop = popOf(e.target);
  if (pop) show(pop, 'hover');
});
document.addEventListener('pointerout', (e) => {
  if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
  const pop = popOf(e.target);
  if (pop && !pop.contains(e.relatedTarget as Node)) laterHide(pop);
});
document.addEventListener('focusin', (e) => {
  const pop = popOf(e.target);
  if (pop && !pop.hasAttribute('data-tapped')) show(pop, 'focus');
});
document.addEventListener('focusout', (e) => {
  const pop = popOf(e.target);
  if (pop && !pop.contains(e.relatedTarget as Node)) laterHide(pop);
});
document.addEventListener('click', (e) => {
  if (lastPointer !== 'touch') return;
  const link = (e.target as Element | null)?.closest?.('.bk-term__link, .bk-pop > a');
  const pop = link && popOf(link);
  if (!pop || !cardOf(pop)) return;
  const again = openPop === pop && pop.hasAttribute('data-tapped');
  // A cross-reference or citation already previewed: the second tap goes where it points.
  if (again && !link.classList.contains('bk-term__link')) return;
  e.preventDefault();
  if (again) hide(pop);
  else show(pop, 'tap');
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || !openPop) return;
  openPop.dataset.dismissed = '';
  hide(openPop);
});
const replace = () => openPop && cardOf(openPop) && place(openPop, cardOf(openPop)!);
addEventListener('scroll', replace, { passive: true, capture: true });
addEventListener('resize', replace);
