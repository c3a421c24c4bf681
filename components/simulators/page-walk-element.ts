/** <page-walk>: choose the configuration, then step through the walk one reference at a time. */
import { isPaging, walkIn, type Walk } from '../../src/lib/page-walk';
import { renderGrid, renderProgress, renderSummary } from './page-walk-view';
import { stepping, type Stepping } from './stepping';
import { messagesOf, wireForm } from './wiring';
import type { PageWalkMessages } from '../../src/i18n/demos/page-walk';

class PageWalk extends HTMLElement {
  private w: Walk | null = null;
  private stepping: Stepping | null = null;
  private m!: PageWalkMessages;

  connectedCallback(): void {
    if (this.stepping) return;
    this.m = messagesOf<PageWalkMessages>(this);
    this.stepping = stepping(this, () => this.w?.references ?? 0, (shown) => this.show(shown));
    wireForm(this, () => this.configure(), ['change']);
    this.configure();
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
    this.w = walkIn({
      paging,
      guestLevels: Number(this.field('guestLevels').value),
      hostLevels: Number(this.field('hostLevels').value),
      tlbHit: this.field<HTMLInputElement>('tlbHit').checked,
      pwcHit: this.field<HTMLInputElement>('pwcHit').checked,
      nestedTlbHit: nested && this.field<HTMLInputElement>('nestedTlbHit').checked,
    }, this.m.words);
    (this.querySelector('[data-part="summary"]') as HTMLElement).innerHTML = renderSummary(this.w, this.m);
    this.stepping?.restart();
  }

  private show(shown: number): void {
    if (!this.w) return;
    (this.querySelector('[data-part="grid"]') as HTMLElement).innerHTML = renderGrid(this.w, shown, this.m);
    (this.querySelector('[data-part="progress"]') as HTMLElement).innerHTML = renderProgress(this.w, shown, this.m);
  }
}

if (!customElements.get('page-walk')) customElements.define('page-walk', PageWalk);
