/** HTML for the exit-cost calculator, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { describe, formatDuration, formatPercent, type CostTechnique, type ExitCostInput, type ExitCostResult } from '../../src/lib/exit-cost';
import type { ExitCostMessages } from '../../src/i18n/demos/exit-cost';

/** One bar per technique, scaled to the slowest; the text beside each bar carries the numbers. */
export function renderBars(result: ExitCostResult, chosen: CostTechnique, m: ExitCostMessages): string {
  const lang = m.number.lang;
  const max = Math.max(...result.rows.map((r) => r.seconds));
  return result.rows
    .map((r) => {
      const width = max > 0 ? Math.max(0.5, (r.seconds / max) * 100) : 0;
      const extra = r.technique === 'native' ? '' : ` (+${formatPercent(r.overheadPercent, lang)})`;
      const current = r.technique === chosen;
      return (
        `<li${current ? ' aria-current="true"' : ''}><span class="sim-bar-label">${esc(m.techniques[r.technique])}</span> ` +
        `<span class="sim-bar" aria-hidden="true"><span style="width:${width.toFixed(2)}%"></span></span> ` +
        `<span class="sim-bar-value">${formatDuration(r.seconds, lang)}${extra}</span></li>`
      );
    })
    .join('');
}

export function renderSentence(result: ExitCostResult, chosen: CostTechnique, input: ExitCostInput, m: ExitCostMessages): string {
  return esc(describe(result, chosen, input, m));
}
