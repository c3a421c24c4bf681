/** HTML for the page-walk counter, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { walkLength, type Walk, type WalkCell } from '../../src/lib/page-walk';

/**
 * The grid (guest steps across, host levels down when nested). `shown` is how many references have
 * been stepped through: cells with a larger order are left blank.
 */
export function renderGrid(w: Walk, shown: number): string {
  const cellAt = new Map<string, WalkCell>(w.cells.map((c) => [`${c.row},${c.col}`, c]));
  const head = `<tr><td></td>${w.colLabels.map((l) => `<th scope="col">${esc(l)}</th>`).join('')}</tr>`;
  const rows = w.rowLabels
    .map((label, row) => {
      const cells = w.colLabels
        .map((_, col) => {
          const c = cellAt.get(`${row},${col}`);
          if (!c) return '<td class="sim-walk-none">data access (not counted)</td>';
          if (c.order === null) return `<td class="sim-walk-saved" title="${esc(c.label)}">saved<span class="sim-visually-hidden">: ${esc(c.label)}</span></td>`;
          if (c.order > shown) return `<td class="sim-walk-todo"><span class="sim-visually-hidden">not yet</span></td>`;
          const current = c.order === shown ? ' aria-current="step"' : '';
          return `<td class="sim-walk-${c.kind}"${current} title="${esc(c.label)}"><b>${c.order}</b><span class="sim-visually-hidden">: ${esc(c.label)}</span></td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(label)}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="sim-walk"><caption class="sim-visually-hidden">Memory references of one TLB miss, in order</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

/** "Reference 5 of 24: guest L4 entry." or the state before the first step. */
export function renderProgress(w: Walk, shown: number): string {
  if (w.references === 0) return 'The TLB holds the translation: no memory reference is needed.';
  if (shown === 0) return `Press Step to follow the walk: ${w.references} references.`;
  const c = w.cells.find((x) => x.order === shown);
  return `Reference ${shown} of ${w.references}: ${esc(c?.label ?? '')}.`;
}

/** One sentence comparing with the uncached walk and with native paging. */
export function renderSummary(w: Walk): string {
  const { paging, guestLevels: n, hostLevels: m } = w.options;
  const refs = `<b>${w.references}</b> memory reference${w.references === 1 ? '' : 's'}`;
  const saved = w.uncached - w.references;
  const cache = saved > 0 ? ` The caches save ${saved} of ${w.uncached}.` : '';
  if (paging === 'nested') {
    return `${refs} for this TLB miss; with no cache hit a ${n}-level guest on a ${m}-level host needs (${n}+1)(${m}+1) − 1 = ${walkLength('nested', n, m)}, against ${n} natively.${cache}`;
  }
  if (paging === 'shadow') {
    return `${refs}: the hardware walks the VMM’s ${n}-level shadow table as fast as native paging; the cost moves elsewhere, because the VMM must write-protect the guest’s page tables and update the shadow when they change.${cache}`;
  }
  return `${refs}: one per level of the ${n}-level page table.${cache}`;
}
