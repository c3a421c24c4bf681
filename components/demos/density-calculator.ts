/**
 * The <density-calculator> element: recomputes the build-time table as the reader types. A bad
 * field gets its message beside it (aria-invalid, aria-describedby) and the table keeps the last
 * valid result. Arithmetic and messages live in src/lib/density.ts and src/lib/number-input.ts.
 */
import { DENSITY_FIELDS, validateDensity, type DensityField } from '../../src/lib/density';
import { densityCaption, densityRowsHtml, type DensityViewTechnology } from '../../src/lib/density-view';
import type { DensityMessages } from '../../src/i18n/demos/density';
import { fill } from '../../src/i18n/format';

class DensityCalculator extends HTMLElement {
  #list: DensityViewTechnology[] = [];
  #status = '';
  #m!: DensityMessages;

  connectedCallback() {
    if (this.#list.length) return;
    this.#m = JSON.parse(this.dataset.messages!) as DensityMessages;
    this.#list = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as DensityViewTechnology[];
    const form = this.querySelector('form')!;
    for (const el of this.querySelectorAll<HTMLElement>('.dm-js')) el.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', () => this.#update());
    // Browsers may restore typed values on back navigation: start from what the fields hold.
    this.#update();
  }

  #input(field: DensityField): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="${field}"]`)!;
  }

  #update() {
    const raw = Object.fromEntries(DENSITY_FIELDS.map((f) => [f, this.#input(f).value])) as Record<DensityField, string>;
    const m = this.#m;
    const result = validateDensity(raw, m);
    for (const f of DENSITY_FIELDS) {
      const input = this.#input(f);
      const message = result.ok ? undefined : result.errors[f];
      const box = this.querySelector<HTMLElement>(`#${CSS.escape(input.id)}-msg`)!;
      input.setAttribute('aria-invalid', String(Boolean(message)));
      box.textContent = message ?? '';
      box.hidden = !message;
    }
    const table = this.querySelector('table')!;
    if (result.ok) {
      this.querySelector('.dm-caption')!.textContent = densityCaption(result.inputs, m);
      table.querySelector('tbody')!.innerHTML = densityRowsHtml(result.inputs, this.#list, m);
      table.classList.remove('dm-stale');
      this.#say('');
    } else {
      table.classList.add('dm-stale');
      const n = Object.keys(result.errors).length;
      this.#say(n === 1 ? m.fixOne : fill(m.fixMany, { n }));
    }
  }

  /** Update the live region only when its text changes, so screen readers are not flooded. */
  #say(text: string) {
    if (text === this.#status) return;
    this.#status = text;
    this.querySelector('.dm-status')!.textContent = text;
  }
}

if (!customElements.get('density-calculator')) customElements.define('density-calculator', DensityCalculator);
