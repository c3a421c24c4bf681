/** <exit-cost>: recomputes the bars whenever a field changes; bad input keeps the last good bars. */
import { EXIT_COST_FIELDS, exitCost, type CostTechnique, type ExitCostInput } from '../../src/lib/exit-cost';
import { renderBars, renderSentence } from './exit-cost-view';
import { readFields } from './form';

class ExitCost extends HTMLElement {
  private wired = false;

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    const form = this.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.update());
    form.addEventListener('change', () => this.update());
  }

  private update(): void {
    const values = readFields(this, EXIT_COST_FIELDS) as ExitCostInput | null;
    const stale = this.querySelector<HTMLElement>('[data-part="stale"]') as HTMLElement;
    stale.hidden = values !== null;
    if (!values) return;
    const outcome = exitCost(values);
    if (!outcome.ok) return; // readFields already showed the messages
    const chosen = (this.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? 'hardware') as CostTechnique;
    (this.querySelector('[data-part="bars"]') as HTMLElement).innerHTML = renderBars(outcome.result, chosen);
    (this.querySelector('[data-part="sentence"]') as HTMLElement).innerHTML = renderSentence(outcome.result, chosen, values);
  }
}

if (!customElements.get('exit-cost')) customElements.define('exit-cost', ExitCost);
