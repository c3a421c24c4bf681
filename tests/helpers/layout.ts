/**
 * Layout checks run in the page, shared by the browser tests of the demos, the simulators and the
 * chapters: what a student would see as misaligned, clipped or too small.
 */
import type { Page } from 'playwright-core';

/**
 * Fields laid out in one row must have their inputs at one height. Groups the fields under each
 * `rowsSelector` element by the top of the field (fields on one line of the layout start together)
 * and reports every row whose inputs' tops differ by more than a pixel.
 */
export function misalignedInputs(page: Page, rowsSelector: string, fieldSelector: string): Promise<string[]> {
  return page.evaluate(
    ({ rowsSelector, fieldSelector }) => {
      const out: string[] = [];
      for (const row of document.querySelectorAll(rowsSelector)) {
        const fields = [...row.querySelectorAll<HTMLElement>(fieldSelector)].filter((f) => f.getClientRects().length > 0);
        const lines = new Map<number, { name: string; top: number }[]>();
        for (const f of fields) {
          const control = f.querySelector<HTMLElement>('input, select');
          if (!control) continue;
          const key = Math.round(f.getBoundingClientRect().top);
          const line = [...lines.keys()].find((k) => Math.abs(k - key) <= 2) ?? key;
          lines.set(line, [...(lines.get(line) ?? []), { name: control.getAttribute('name') ?? control.id, top: control.getBoundingClientRect().top }]);
        }
        for (const line of lines.values()) {
          const tops = line.map((c) => c.top);
          if (Math.max(...tops) - Math.min(...tops) > 1) out.push(line.map((c) => `${c.name}@${c.top.toFixed(1)}`).join(', '));
        }
      }
      return out;
    },
    { rowsSelector, fieldSelector },
  );
}

/** Selects whose chosen option's text does not fit the closed select (the reader sees it cut off). */
export function clippedSelects(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const out: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const s of document.querySelectorAll<HTMLSelectElement>(`${scope} select`)) {
      if (!s.getClientRects().length) continue;
      const cs = getComputedStyle(s);
      canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // Room for the text: the box minus padding, borders and the drop-down arrow (about 20 px).
      const room = s.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth) - 20;
      for (const o of s.options) {
        const w = canvas.measureText(o.text).width;
        if (w > room) out.push(`${s.name}: “${o.text}” needs ${w.toFixed(0)} px, has ${room.toFixed(0)}`);
      }
    }
    return out;
  }, scope);
}

/**
 * Text in the SVGs under `scope`: its size on screen (font size × the SVG's scale) and whether its
 * box lies inside the SVG's viewport. Returns the problems found.
 */
export function svgTextProblems(page: Page, scope: string, minPx: number): Promise<string[]> {
  return page.evaluate(
    ({ scope, minPx }) => {
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} svg`)) {
        const vb = svg.viewBox.baseVal;
        const box = svg.getBoundingClientRect();
        const scale = vb && vb.width ? box.width / vb.width : 1;
        for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
          const px = parseFloat(getComputedStyle(t).fontSize) * scale;
          if (px < minPx - 0.01) out.push(`“${t.textContent}” is ${px.toFixed(1)} px on screen`);
          const b = t.getBBox();
          const [x0, y0, x1, y1] = vb && vb.width ? [vb.x, vb.y, vb.x + vb.width, vb.y + vb.height] : [0, 0, box.width, box.height];
          if (b.x < x0 - 0.5 || b.y < y0 - 0.5 || b.x + b.width > x1 + 0.5 || b.y + b.height > y1 + 0.5) {
            out.push(`“${t.textContent}” is clipped: box ${b.x.toFixed(0)},${b.y.toFixed(0)} ${b.width.toFixed(0)}×${b.height.toFixed(0)} outside ${x0},${y0} ${x1}×${y1}`);
          }
        }
        // The SVG itself must fit its container (else the page scrolls sideways).
        const parent = svg.parentElement!.getBoundingClientRect();
        if (box.right > parent.right + 0.5) out.push(`the SVG (${box.width.toFixed(0)} px) is wider than its container (${parent.width.toFixed(0)} px)`);
      }
      return out;
    },
    { scope, minPx },
  );
}

/**
 * Captions and scrollers of wide tables: a caption must not sit inside a horizontal scroller or be
 * clipped; a scrolled table's first column must stay in view on an opaque background.
 */
export function tableProblems(page: Page, scope: string, options: { stickyFirstColumn: boolean }): Promise<string[]> {
  return page.evaluate(async ({ scope, sticky }) => {
    const out: string[] = [];
    const scrolls = (el: Element) => {
      const s = getComputedStyle(el);
      return /(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
    };
    const opaque = (color: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(color);
      if (!m) return false;
      const parts = m[1]!.split(/[ ,/]+/).filter(Boolean);
      return parts.length < 4 || Number(parts[3]) >= 1;
    };
    for (const table of document.querySelectorAll<HTMLTableElement>(`${scope} table`)) {
      if (!table.getClientRects().length) continue;
      const name = (table.getAttribute('aria-labelledby') ?? table.className) || 'table';
      // The captions a reader reads for this table: its <caption>, a caption labelling it, its figure's.
      const captions: HTMLElement[] = [];
      if (table.caption) captions.push(table.caption);
      for (const id of (table.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
        const c = document.getElementById(id);
        if (c) captions.push(c);
      }
      const fig = table.closest('figure')?.querySelector<HTMLElement>(':scope > figcaption');
      if (fig) captions.push(fig);
      for (const c of captions) {
        // A visually hidden caption (for screen readers only) is read, not seen: nothing to clip.
        const box = c.getBoundingClientRect();
        if (box.width <= 2 || box.height <= 2) continue;
        let scroller: Element | null = null;
        for (let a = c.parentElement; a && a !== document.body; a = a.parentElement) if (scrolls(a)) scroller = a;
        if (scroller) out.push(`${name}: caption “${c.textContent!.trim().slice(0, 40)}” sits inside a sideways scroller`);
        if (c.scrollWidth > c.clientWidth + 1) out.push(`${name}: caption “${c.textContent!.trim().slice(0, 40)}” is clipped`);
        const r = c.getBoundingClientRect();
        if (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5) out.push(`${name}: caption “${c.textContent!.trim().slice(0, 40)}” runs off the screen`);
      }
      // A table wider than its scroller: scroll to the end; the first column must stay in view.
      let scroller: HTMLElement | null = null;
      for (let a: HTMLElement | null = table; a && a !== document.body; a = a.parentElement) if (scrolls(a)) scroller = a;
      if (!scroller || !sticky) continue;
      const first = table.querySelector<HTMLElement>('tbody tr > :first-child');
      if (!first) continue;
      scroller.scrollLeft = scroller.scrollWidth;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const left = first.getBoundingClientRect().left;
      const edge = scroller.getBoundingClientRect().left;
      if (Math.abs(left - edge) > 2) out.push(`${name}: scrolled sideways, its first column leaves the view (${left.toFixed(0)} vs ${edge.toFixed(0)})`);
      if (!opaque(getComputedStyle(first).backgroundColor)) out.push(`${name}: its sticky first column has a see-through background (${getComputedStyle(first).backgroundColor})`);
      scroller.scrollLeft = 0;
    }
    return out;
  }, { scope, sticky: options.stickyFirstColumn });
}
