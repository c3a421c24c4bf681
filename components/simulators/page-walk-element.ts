/** <page-walk>: choose the configuration, then step through the walk one reference at a time. */
import { isPaging, walk, type Walk } from '../../src/lib/page-walk';
import { renderGrid, renderProgress, renderSummary } from './page-walk-view';
import { onStepKeys, setDisabled } from './stepping';

class PageWalk extends HTMLElement {
  private w: Walk | null = null;
  private shown = 0;

  connectedCallback(): void {
    if (this.w) return;
    const form = this.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', () => this.configure());
    this.button('back').addEventListener('click', () => this.show(this.shown - 1));
    this.button('next').addEventListener('click', () => this.show(this.shown + 1));
    this.button('all').addEventListener('click', () => this.show(Infinity));
    this.button('reset').addEventListener('click', () => this.show(0));
    onStepKeys(this, {
      back: () => this.show(this.shown - 1),
      next: () => this.show(this.shown + 1),
      first: () => this.show(0),
      last: () => this.show(Infinity),
    });
    this.configure();
  }

  private button(name: string): HTMLElement {
    return this.querySelector(`[data-part="${name}"]`) as HTMLElement;
  }

  private field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T {
    return this.querySelector(`[name="${name}"]`) as T;
  }

  private configure(): void {
    const paging = this.field<HTMLSelectElement>('paging').value;
    if (!isPaging(paging)) return;
    const nested = paging === 'nested';
    this.field('hostLevels').disabled = !nested;
    this.field('nestedTlbHit').disabled = !nested;
    this.w = walk({
      paging,
      guestLevels: Number(this.field('guestLevels').value),
      hostLevels: Number(this.field('hostLevels').value),
      tlbHit: this.field<HTMLInputElement>('tlbHit').checked,
      pwcHit: this.field<HTMLInputElement>('pwcHit').checked,
      nestedTlbHit: nested && this.field<HTMLInputElement>('nestedTlbHit').checked,
    });
    (this.querySelector('[data-part="summary"]') as HTMLElement).innerHTML = renderSummary(this.w);
    this.shown = -1;
    this.show(0);
  }

  private show(n: number): void {
    if (!this.w) return;
    const shown = Math.max(0, Math.min(this.w.references, n));
    if (shown === this.shown) return;
    this.shown = shown;
    (this.querySelector('[data-part="grid"]') as HTMLElement).innerHTML = renderGrid(this.w, shown);
    (this.querySelector('[data-part="progress"]') as HTMLElement).innerHTML = renderProgress(this.w, shown);
    setDisabled(this.button('back'), shown === 0);
    setDisabled(this.button('next'), shown === this.w.references);
    setDisabled(this.button('all'), shown === this.w.references);
  }
}

if (!customElements.get('page-walk')) customElements.define('page-walk', PageWalk);
