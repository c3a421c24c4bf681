/**
 * The <history-timeline> element: shows only the milestones of the checked eras and kinds (none
 * checked means all) and says how many are shown. Filtering lives in src/lib/timeline.ts.
 */
import { matchesTimelineFilter, timelineStatus, type EraId, type Milestone, type MilestoneKind } from '../../src/lib/timeline';
import type { TimelineMessages } from '../../src/i18n/timeline';

/** What the filter needs of a milestone (its words stay in the page, in the page's language). */
type Item = Pick<Milestone, 'id' | 'year' | 'kind'>;

class HistoryTimeline extends HTMLElement {
  #items?: Item[];

  connectedCallback() {
    if (this.#items) return;
    this.#items = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Item[];
    for (const el of this.querySelectorAll<HTMLElement>('.dm-js')) el.hidden = false;
    this.addEventListener('change', () => this.#update());
    this.querySelector('[data-action="all"]')!.addEventListener('click', () => {
      for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
      this.#update();
    });
    this.#update();
  }

  #checked<T extends string>(name: string): T[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value as T);
  }

  #update() {
    const items = this.#items!;
    const filter = { eras: this.#checked<EraId>('era'), kinds: this.#checked<MilestoneKind>('kind') };
    const shown = new Set(items.filter((m) => matchesTimelineFilter(m, filter)).map((m) => m.id));
    for (const li of this.querySelectorAll<HTMLElement>('li[data-milestone]')) li.hidden = !shown.has(li.dataset.milestone!);
    this.querySelector('.dm-status')!.textContent = timelineStatus(shown.size, items.length, filter, JSON.parse(this.dataset.messages!) as TimelineMessages);
  }
}

if (!customElements.get('history-timeline')) customElements.define('history-timeline', HistoryTimeline);
