/** HTML for the page-walk counter, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { walkLength, type Walk, type WalkCell } from '../../src/lib/page-walk';
import type { PageWalkMessages } from '../../src/i18n/demos/page-walk';
import { fill } from '../../src/i18n/format';

/**
 * The grid (guest steps across, host levels down when nested). `shown` is how many references have
 * been stepped through: cells with a larger order are left blank.
 */
export function renderGrid(w: Walk, shown: number, m: PageWalkMessages): string {
  const cellAt = new Map<string, WalkCell>(w.cells.map((c) => [`${c.row},${c.col}`, c]));
  const head = `<tr><td></td>${w.colLabels.map((l) => `<th scope="col">${esc(l)}</th>`).join('')}</tr>`;
  const rows = w.rowLabels
    .map((label, row) => {
      const cells = w.colLabels
        .map((_, col) => {
          const c = cellAt.get(`${row},${col}`);
          if (!c) return `<td class="sim-walk-none">${esc(m.notCounted)}</td>`;
          if (c.order === null) return `<td class="sim-walk-saved" title="${esc(c.label)}">${esc(m.saved)}<span class="sim-visually-hidden">${esc(m.colon)}${esc(c.label)}</span></td>`;
          if (c.order > shown) return `<td class="sim-walk-todo"><span class="sim-visually-hidden">${esc(m.notYet)}</span></td>`;
          const current = c.order === shown ? ' aria-current="step"' : '';
          return `<td class="sim-walk-${c.kind}"${current} title="${esc(c.label)}"><b>${c.order}</b><span class="sim-visually-hidden">${esc(m.colon)}${esc(c.label)}</span></td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(label)}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="sim-walk"><caption class="sim-visually-hidden">${esc(m.caption)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

/** "Reference 5 of 24: guest L4 entry." or the state before the first step. */
export function renderProgress(w: Walk, shown: number, m: PageWalkMessages): string {
  if (w.references === 0) return esc(m.tlbHolds);
  if (shown === 0) return esc(fill(m.pressStep, { n: w.references.toLocaleString(m.lang) }));
  const c = w.cells.find((x) => x.order === shown);
  return esc(fill(m.reference, { i: shown.toLocaleString(m.lang), n: w.references.toLocaleString(m.lang), what: c?.label ?? '' }));
}

/** One sentence comparing with the uncached walk and with native paging. */
export function renderSummary(w: Walk, msg: PageWalkMessages): string {
  const { paging, guestLevels: n, hostLevels: m } = w.options;
  const refs = fill(esc(w.references === 1 ? msg.refsOne : msg.refsMany), { n: `<b>${w.references}</b>` });
  const saved = w.uncached - w.references;
  const cache = saved > 0 ? esc(fill(msg.cachesSave, { saved, uncached: w.uncached })) : '';
  const template = paging === 'nested' ? msg.summaryNested : paging === 'shadow' ? msg.summaryShadow : msg.summaryNative;
  return fill(esc(template), { refs, n, m, worst: paging === 'nested' ? walkLength('nested', n, m) : '', cache });
}
