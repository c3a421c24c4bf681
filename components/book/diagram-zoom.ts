/**
 * The "Open diagram" buttons and the full-screen zoom dialog (DiagramZoom.astro). The diagram's
 * <svg> is moved into the dialog while it is open and put back when it closes, so the page never
 * holds two copies (ids, <title>, screen readers) and theme switching keeps working.
 */
import { fill } from '../../src/i18n/format';

/** The dialog's words, written by DiagramZoom.astro into its data-messages ({name}: the diagram's title). */
export interface ZoomMessages {
  diagram: string;
  openDiagram: string;
  openDiagramNamed: string;
}

const MIN = 0.25;
const MAX = 6;
const STEP = 1.25;

export function mountDiagramZoom() {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.bk-zoom');
  if (!dialog) return;
  const m = JSON.parse(dialog.dataset.messages!) as ZoomMessages;
  const stage = dialog.querySelector<HTMLElement>('.bk-zoom__stage')!;
  const title = dialog.querySelector<HTMLElement>('.bk-zoom__title')!;
  const level = dialog.querySelector<HTMLOutputElement>('.bk-zoom__level')!;
  let current: { svg: SVGSVGElement; home: HTMLElement; opener: HTMLButtonElement; width: number; height: number } | null = null;
  let zoom = 1;

  const natural = (svg: SVGSVGElement) => {
    const vb = svg.viewBox.baseVal;
    const width = Number(svg.getAttribute('width')) || vb?.width || svg.getBoundingClientRect().width;
    const height = Number(svg.getAttribute('height')) || vb?.height || svg.getBoundingClientRect().height;
    return { width, height };
  };

  function setZoom(z: number, keepCentre = true) {
    if (!current) return;
    const before = { x: stage.scrollLeft + stage.clientWidth / 2, y: stage.scrollTop + stage.clientHeight / 2, w: stage.scrollWidth, h: stage.scrollHeight };
    zoom = Math.min(MAX, Math.max(MIN, z));
    const { svg, width, height } = current;
    svg.style.setProperty('width', `${Math.round(width * zoom)}px`);
    svg.style.setProperty('height', `${Math.round(height * zoom)}px`);
    level.value = `${Math.round(zoom * 100)}%`;
    if (keepCentre) {
      stage.scrollLeft = (before.x * stage.scrollWidth) / before.w - stage.clientWidth / 2;
      stage.scrollTop = (before.y * stage.scrollHeight) / before.h - stage.clientHeight / 2;
    }
  }

  /** The zoom at which the whole diagram fits the stage. */
  function fit() {
    if (!current) return 1;
    const style = getComputedStyle(stage);
    const w = stage.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const h = stage.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return Math.min(w / current.width, h / current.height);
  }

  function open(figure: HTMLElement, opener: HTMLButtonElement) {
    const svg = figure.querySelector<SVGSVGElement>(':scope > svg');
    if (!svg) return;
    const { width, height } = natural(svg);
    current = { svg, home: figure, opener, width, height };
    title.textContent = svg.querySelector('title')?.textContent?.trim() || m.diagram;
    // Inline styles beat the diagram's own #id rule (min-width, max-width).
    svg.style.setProperty('min-width', '0');
    svg.style.setProperty('max-width', 'none');
    stage.append(svg);
    dialog!.showModal();
    // Start where the labels read at their drawn size or larger: the whole diagram if it fits,
    // otherwise its natural size (pan to see the rest).
    setZoom(Math.min(2, Math.max(1, fit())), false);
    stage.scrollTo(0, 0);
    stage.focus();
  }

  dialog.addEventListener('close', () => {
    if (!current) return;
    const { svg, home, opener } = current;
    for (const k of ['min-width', 'max-width', 'width', 'height']) svg.style.removeProperty(k);
    if (!svg.getAttribute('style')) svg.removeAttribute('style');
    home.prepend(svg);
    current = null;
    opener.focus();
  });

  dialog.addEventListener('click', (e) => {
    const action = (e.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (action === 'in') setZoom(zoom * STEP);
    else if (action === 'out') setZoom(zoom / STEP);
    else if (action === 'fit') setZoom(fit(), false);
    else if (action === 'close') dialog.close();
  });
  dialog.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') setZoom(zoom * STEP);
    else if (e.key === '-' || e.key === '_') setZoom(zoom / STEP);
    else if (e.key === '0') setZoom(fit(), false);
    else return;
    e.preventDefault();
  });
  stage.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      setZoom(zoom * Math.exp(-e.deltaY / 300));
    },
    { passive: false },
  );
  // Drag to pan with a mouse (touch pans natively).
  let drag: { x: number; y: number; left: number; top: number } | null = null;
  stage.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, left: stage.scrollLeft, top: stage.scrollTop };
    stage.setPointerCapture(e.pointerId);
  });
  stage.addEventListener('pointermove', (e) => {
    if (!drag) return;
    stage.scrollLeft = drag.left - (e.clientX - drag.x);
    stage.scrollTop = drag.top - (e.clientY - drag.y);
  });
  const endDrag = () => (drag = null);
  stage.addEventListener('pointerup', endDrag);
  stage.addEventListener('pointercancel', endDrag);

  for (const figure of document.querySelectorAll<HTMLElement>('[data-diagram]')) {
    if (figure.closest('dialog')) continue;
    const name = figure.querySelector(':scope > svg > title')?.textContent?.trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bk-diagram-open';
    button.textContent = m.openDiagram;
    if (name) button.setAttribute('aria-label', fill(m.openDiagramNamed, { name }));
    button.setAttribute('aria-haspopup', 'dialog');
    button.addEventListener('click', () => open(figure, button));
    figure.after(button);
  }
}
