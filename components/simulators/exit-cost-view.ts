/** HTML for the exit-cost calculator, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { describe, formatDuration, formatPercent, type CostTechnique, type ExitCostInput, type ExitCostResult } from '../../src/lib/exit-cost';

/** One bar per technique, scaled to the slowest; the text beside each bar carries the numbers. */
export function renderBars(result: ExitCostResult, chosen: CostTechnique): string {
  const max = Math.max(...result.rows.map((r) => r.seconds));
  return result.rows
    .map((r) => {
      const width = max > 0 ? Math.max(0.5, (r.seconds / max) * 100) : 0;
      const extra = r.technique === 'native' ? '' : ` (+${formatPercent(r.overheadPercent)})`;
      const current = r.technique === chosen;
      return (
        `<li${current ? ' aria-current="true"' : ''}><span class="sim-bar-label">${esc(r.label)}</span> ` +
        `<span class="sim-bar" aria-hidden="true"><span style="width:${width.toFixed(2)}%"></span></span> ` +
        `<span class="sim-bar-value">${formatDuration(r.seconds)}${extra}</span></li>`
      );
    })
    .join('');
}

export function renderSentence(result: ExitCostResult, chosen: CostTechnique, input: ExitCostInput): string {
  return esc(describe(result, chosen, input));
}
