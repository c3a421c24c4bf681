/**
 * The <feature-matrix> element: hides the columns of the technologies that lack a checked feature,
 * marks the rows asked about, and says what is left.
 * Filtering lives in src/lib/feature-matrix.ts.
 */
import { describeFilter, filterMatrix, type Feature, type OsTechnology } from '../../src/lib/feature-matrix';
import type { FeatureMatrixMessages } from '../../src/i18n/demos/feature-matrix';

class FeatureMatrix extends HTMLElement {
  #data?: { features: Feature[]; technologies: OsTechnology[] };
  #m!: FeatureMatrixMessages;

  connectedCallback() {
    if (this.#data) return;
    this.#data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
    this.#m = JSON.parse(this.dataset.messages!) as FeatureMatrixMessages;
    for (const el of this.querySelectorAll<HTMLElement>('.dm-js')) el.hidden = false;
    this.addEventListener('change', () => this.#update());
    this.#update();
  }

  #update() {
    const data = this.#data!;
    const required = [...this.querySelectorAll<HTMLInputElement>('input[name="feature"]:checked')].map((i) => i.value);
    const acceptPartial = this.querySelector<HTMLInputElement>('input[name="partial"]')!.checked;
    const filter = { required, acceptPartial };
    const result = filterMatrix(data.technologies, filter);
    const shown = new Set(result.shown.map((t) => t.id));
    for (const cell of this.querySelectorAll<HTMLElement>('table [data-technology]')) cell.hidden = !shown.has(cell.dataset.technology!);
    // Mark the rows the reader asked about.
    for (const row of this.querySelectorAll<HTMLElement>('tbody tr[data-feature]')) row.classList.toggle('dm-needed', required.includes(row.dataset.feature!));
    this.querySelector('.dm-status')!.textContent = describeFilter(result, data.features, filter, this.#m);
  }
}

if (!customElements.get('feature-matrix')) customElements.define('feature-matrix', FeatureMatrix);
