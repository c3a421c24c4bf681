/**
 * The <boot-comparison> element: redraws the build-time chart when a control changes and shows the
 * conditions and source of the bar that has focus or the pointer. Logic lives in src/lib/boot-chart.ts.
 */
import { chartHtml, detailsHtml, measuredText, type BootChartData, type BootChartState } from '../../src/lib/boot-chart';
import type { MetricId, ProvenanceChoice, SortKey } from '../../src/lib/figures';
import type { BootComparisonMessages } from '../../src/i18n/demos/boot-comparison';

class BootComparison extends HTMLElement {
  #data!: BootChartData;
  #state!: BootChartState;
  #chart!: HTMLElement;
  #details!: HTMLElement;
  #m!: BootComparisonMessages;

  connectedCallback() {
    if (this.#chart) return;
    this.#m = JSON.parse(this.dataset.messages!) as BootComparisonMessages;
    this.#data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as BootChartData;
    this.#state = JSON.parse(this.dataset.state!) as BootChartState;
    // The browser may restore controls to earlier values (back button): follow the controls.
    for (const c of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.dm-controls select, .dm-controls input')) {
      if (!(c instanceof HTMLInputElement && c.type === 'radio' && !c.checked)) this.#apply(c);
    }
    this.#chart = this.querySelector('.dm-chart')!;
    this.#details = this.querySelector('.dm-details')!;
    for (const el of this.querySelectorAll<HTMLElement>('.dm-js')) el.hidden = false;
    this.addEventListener('change', (e) => this.#onChange(e.target as HTMLInputElement | HTMLSelectElement));
    this.#chart.addEventListener('focusin', (e) => this.#show((e.target as HTMLElement).closest<HTMLElement>('.dm-row')));
    this.#chart.addEventListener('pointerover', (e) => this.#show((e.target as HTMLElement).closest<HTMLElement>('.dm-row')));
    this.#chart.addEventListener('keydown', (e) => this.#onKey(e));
    // The list of conditions is long: fold it once the interactive details can show them, and
    // unfold it for printing.
    const sources = this.querySelector('details.dm-sources') as HTMLDetailsElement | null;
    if (sources) {
      sources.open = false;
      addEventListener('beforeprint', () => (sources.open = true));
      this.addEventListener('click', (e) => {
        if ((e.target as HTMLElement).closest('a.dm-fn')) sources.open = true;
      });
    }
    this.#render();
    // When the reader starts the lab machine on this page, show its start-up beside the chart.
    const measured = this.querySelector<HTMLElement>('[data-part="measured"]');
    const timings: { restore?: number; cold?: number } = {};
    document.addEventListener('lab-timing', (e) => {
      const { mode, seconds } = (e as CustomEvent<{ mode: 'restore' | 'cold'; seconds: number }>).detail;
      timings[mode] = seconds;
      if (measured) {
        measured.textContent = measuredText(timings, this.#m);
        measured.hidden = false;
      }
    });
  }

  #onChange(control: HTMLInputElement | HTMLSelectElement) {
    if (this.#apply(control)) this.#render();
  }

  /** Copy one control's value into the state; false if the control is not one of ours. */
  #apply(control: HTMLInputElement | HTMLSelectElement): boolean {
    const s = this.#state;
    if (control.name === 'metric') s.metric = control.value as MetricId;
    else if (control.name === 'sort') s.sort = control.value as SortKey;
    else if (control.name === 'log') s.scale = (control as HTMLInputElement).checked ? 'log' : 'linear';
    else if (control.name.endsWith('-provenance')) s.provenance = control.value as ProvenanceChoice;
    else return false;
    return true;
  }

  #rows(): HTMLElement[] {
    return [...this.#chart.querySelectorAll<HTMLElement>('.dm-row')];
  }

  #render() {
    const active = this.querySelector<HTMLElement>('.dm-row.is-active')?.dataset.figure;
    this.#chart.innerHTML = chartHtml(this.#data, this.#state, true, this.#m);
    const rows = this.#rows();
    // One tab stop for the whole chart; the arrow keys move between bars.
    const keep = rows.find((r) => r.dataset.figure === active) ?? rows[0];
    if (keep) keep.tabIndex = 0;
  }

  #show(row: HTMLElement | null) {
    if (!row?.dataset.figure) return;
    for (const r of this.#rows()) r.classList.toggle('is-active', r === row);
    this.#details.innerHTML = detailsHtml(this.#data, row.dataset.figure, this.#m);
  }

  #onKey(e: KeyboardEvent) {
    const rows = this.#rows();
    const i = rows.indexOf((e.target as HTMLElement).closest('.dm-row') as HTMLElement);
    if (i < 0) return;
    const next = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = rows[Math.max(0, Math.min(rows.length - 1, next))]!;
    for (const r of rows) r.tabIndex = r === target ? 0 : -1;
    target.focus();
  }
}

if (!customElements.get('boot-comparison')) customElements.define('boot-comparison', BootComparison);
