/** <exit-cost>: recomputes the bars whenever a field changes; bad input keeps the last good bars. */
import { EXIT_COST_LIMITS, computeExitCost, type CostTechnique, type ExitCostInput } from '../../src/lib/exit-cost';
import type { ExitCostMessages } from '../../src/i18n/demos/exit-cost';
import { renderBars, renderSentence } from './exit-cost-view';
import { localizeRules, messagesOf, readFields, wireForm } from './form';

class ExitCost extends HTMLElement {
  private m: ExitCostMessages | null = null;

  connectedCallback(): void {
    if (this.m) return;
    this.m = messagesOf<ExitCostMessages>(this);
    wireForm(this, () => this.update());
  }

  private update(): void {
    const m = this.m!;
    const values = readFields(this, localizeRules(EXIT_COST_LIMITS, m.fields), m.number) as ExitCostInput | null;
    const stale = this.querySelector<HTMLElement>('[data-part="stale"]') as HTMLElement;
    stale.hidden = values !== null;
    if (!values) return;
    const outcome = computeExitCost(values, m.number, m.fields);
    if (!outcome.ok) return; // readFields already showed the messages
    const chosen = (this.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? 'hardware') as CostTechnique;
    (this.querySelector('[data-part="bars"]') as HTMLElement).innerHTML = renderBars(outcome.result, chosen, m);
    (this.querySelector('[data-part="sentence"]') as HTMLElement).innerHTML = renderSentence(outcome.result, chosen, values, m);
  }
}

if (!customElements.get('exit-cost')) customElements.define('exit-cost', ExitCost);
