/**
 * The two steps of `npm run pdf` (make-pdf.ts) that work on the print document inside Chromium:
 * each function is passed to page.evaluate, so it is self-contained (no imports, no outer names).
 *
 * preparePrint, before Paged.js lays the book out:
 *   - :has() rules are frozen: the elements their :has() compound matches are marked
 *     (data-bk-has-n) and the rule selects the mark. Paged.js copies a document that no longer
 *     changes, and a live :has() made every node it added recalculate styles far beyond that node.
 *   - A block that must not break (figures, tables, boxes, demos: break-inside: avoid) but is taller
 *     than a page is allowed to break, and its caption may start a page. Paged.js 0.4.3 cannot place
 *     such a block: it finds the same break twice, reports "Layout repeated" on the console and ends
 *     the book there, silently (pagedjs issue #274). That is what stopped the whole book after
 *     chapter 2's timeline and chapter 3's five-levels diagram.
 *   - Each Mermaid diagram gets its printed size: its natural size (the size it has in the web
 *     column), shrunk to the text column and to `diagramMaxPx` high; if that makes its smallest
 *     label smaller than `minPt`, it may fill a page; a wide one is turned sideways onto a page of
 *     its own (landscape); a tall one is cut into slices between its labels, one page each.
 *
 * printProblems, after layout: the elements Paged.js never placed (every element of the parsed
 * document carries a data-ref, recorded by make-pdf's afterParsed hook; the pages must hold them all) and the smallest diagram label of each
 * figure in points on paper (CSS px × 0.75), from the diagram's rendered size.
 */

export interface PrintGeometry {
  /** The text column's width and the page area's height, in CSS px (the @page box of print-book.css). */
  columnPx: number;
  pageHeightPx: number;
  /** A diagram beside text is at most this high, in CSS px. */
  diagramMaxPx: number;
  /** The smallest label size a printed diagram may have, in points. */
  minPt: number;
}

export interface PreparedPrint {
  /** Blocks taller than a page that were allowed to break: "figure#c2-fig-history-timeline (5457 px)". */
  split: string[];
  /** Diagrams that did not fit beside the text: "c3-fig-x: page|landscape|slices n". */
  diagrams: string[];
}

export function preparePrint(g: PrintGeometry): PreparedPrint {
  const main = document.querySelector<HTMLElement>('main.sl-markdown-content');
  if (!main) throw new Error('print document: no main.sl-markdown-content');
  const split: string[] = [];
  const diagrams: string[] = [];
  // Measure at the printed column's width.
  main.style.width = `${g.columnPx}px`;
  main.style.maxWidth = 'none';
  const where = (el: Element) => `${el.tagName.toLowerCase()}#${el.id || el.closest('[id]')?.id || '?'}`;
  const figureOf = (el: Element) => el.closest('figure, .bk-figure') as HTMLElement | null;

  // :has() rules freeze: the elements a :has() compound matches now are marked, and the rule uses the
  // mark instead. The document does not change before Paged.js copies it, and a :has() rule makes
  // each of Paged.js's thousands of additions recalculate styles far beyond what was added (the
  // list rule of Starlight's, the last kept by printableCss, cost about half of the layout time).
  let marks = 0;
  const splitTop = (text: string, at: string) => {
    const parts: string[] = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && at.includes(c)) {
        parts.push(text.slice(from, i));
        from = i + 1;
      }
    }
    parts.push(text.slice(from));
    return parts;
  };
  const freeze = (part: string): string => {
    const start = part.indexOf(':has(');
    if (start < 0) return part;
    // Only a :has() of the compound itself, not one nested in :is(), :not() or another :has().
    let open = 0;
    for (let i = 0; i < start; i++) open += part[i] === '(' || part[i] === '[' ? 1 : part[i] === ')' || part[i] === ']' ? -1 : 0;
    if (open !== 0) return part;
    // The end of the compound selector that holds the :has(): the next combinator outside brackets.
    let depth = 0;
    let end = part.length;
    for (let i = start; i < part.length; i++) {
      const c = part[i]!;
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && /[\s>+~]/.test(c)) {
        end = i;
        break;
      }
    }
    const compound = part.slice(0, end);
    const mark = `data-bk-has-${++marks}`;
    for (const el of document.querySelectorAll(compound)) el.setAttribute(mark, '');
    // The compound without its :has(…) groups, plus the mark.
    let plain = '';
    for (let i = 0; i < compound.length; i++) {
      if (compound.startsWith(':has(', i) && i >= start) {
        let d = 0;
        let j = i + 4;
        for (; j < compound.length; j++) {
          if (compound[j] === '(') d++;
          else if (compound[j] === ')' && --d === 0) break;
        }
        i = j;
        continue;
      }
      plain += compound[i];
    }
    return freeze(`${plain}[${mark}]`) + part.slice(end);
  };
  const rules = (list: CSSRuleList): CSSRule[] => [...list].flatMap((r) => ('cssRules' in r && !(r instanceof CSSStyleRule) ? rules((r as CSSGroupingRule).cssRules) : [r]));
  for (const sheet of [...document.styleSheets]) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules(list)) {
      if (!(rule instanceof CSSStyleRule) || !rule.selectorText.includes(':has(')) continue;
      try {
        rule.selectorText = splitTop(rule.selectorText, ',').map((p) => freeze(p.trim())).join(', ');
      } catch {
        /* a selector querySelectorAll cannot take (a pseudo-element): leave the rule as it is */
      }
    }
  }

  // A demo's labels of inputs are controls, which do nothing on paper (done here rather than with
  // a :has() rule, which would slow Paged.js's style recalculations).
  for (const label of [...main.querySelectorAll('[data-bk-demo] label')]) if (label.querySelector(':scope > input, :scope > select')) label.remove();

  // Diagrams first: their printed size decides their figure's height.
  const px = (n: number) => `${n.toFixed(2)}px`;
  const setSize = (svg: SVGSVGElement, w: number, h: number) => {
    svg.style.setProperty('width', px(w), 'important');
    svg.style.setProperty('height', px(h), 'important');
    svg.style.setProperty('max-width', 'none', 'important');
    svg.style.setProperty('max-height', 'none', 'important');
  };
  for (const svg of [...main.querySelectorAll<SVGSVGElement>('.mermaid-diagram > svg')]) {
    const vb = svg.viewBox.baseVal;
    const W = vb && vb.width ? vb.width : svg.width.baseVal.value;
    const H = vb && vb.height ? vb.height : svg.height.baseVal.value;
    if (!W || !H) continue;
    const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)).filter((n) => n > 0);
    const font = sizes.length ? Math.min(...sizes) : 14;
    const need = g.minPt / 0.75 / font; // the smallest scale at which the labels keep minPt
    const fig = figureOf(svg);
    const caption = fig?.querySelector('figcaption');
    const captionPx = caption ? caption.getBoundingClientRect().height + 12 : 0;
    const name = fig?.id || svg.querySelector('title')?.textContent || svg.id;
    const beside = Math.min(1, g.columnPx / W, g.diagramMaxPx / H);
    if (beside >= need) {
      setSize(svg, W * beside, H * beside);
      continue;
    }
    const page = Math.min(1, g.columnPx / W, (g.pageHeightPx - captionPx - 8) / H);
    if (page >= need) {
      setSize(svg, W * page, H * page);
      diagrams.push(`${name}: page (${(page * font * 0.75).toFixed(1)} pt)`);
      continue;
    }
    // Sideways: the page's height becomes the diagram's width. The figure (diagram and caption)
    // turns a quarter counter-clockwise onto a page of its own; its top faces the spine's side.
    const landW = g.pageHeightPx - 8;
    const land = Math.min(1, landW / W, (g.columnPx - captionPx - 8) / H);
    if (fig && W > H && land >= need) {
      setSize(svg, W * land, H * land);
      const inner = document.createElement('div');
      inner.className = 'bk-landscape';
      inner.append(...fig.childNodes);
      inner.style.width = px(landW);
      inner.style.height = px(g.columnPx);
      inner.style.transform = `translate(0, ${px(landW)}) rotate(-90deg)`;
      fig.append(inner);
      fig.dataset.bkLandscape = '';
      fig.style.height = px(landW);
      diagrams.push(`${name}: landscape (${(land * font * 0.75).toFixed(1)} pt)`);
      continue;
    }
    // Slices: at the column's width (or need, if less), cut between labels into pieces a page high.
    const scale = Math.min(1, g.columnPx / W);
    const wrapper = svg.parentElement;
    if (fig && wrapper && scale >= need) {
      setSize(svg, W * scale, H * scale);
      const rect = svg.getBoundingClientRect();
      const k = H / rect.height; // user units per CSS px
      // Label and box extents in user units: a cut never passes through one.
      const spans = [...svg.querySelectorAll('text, rect, foreignObject')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height > 0 && r.height * k < H / 4)
        .map((r) => [(r.top - rect.top) * k + vb.y, (r.bottom - rect.top) * k + vb.y] as const);
      // A slice must fit an empty page with its wrapper's margins, or Paged.js walks into the SVG
      // and prints parts of it on page after page.
      const wrapperStyle = getComputedStyle(wrapper);
      const extra = wrapper.getBoundingClientRect().height - rect.height + parseFloat(wrapperStyle.marginTop) + parseFloat(wrapperStyle.marginBottom);
      const maxSlice = (g.pageHeightPx * 0.85 - extra) * k;
      const cuts: number[] = [vb.y];
      while (vb.y + H - cuts.at(-1)! > maxSlice) {
        const from = cuts.at(-1)!;
        // Pieces of about equal height: the rest divided by the number of pages it needs.
        const rest = vb.y + H - from;
        let at = from + Math.min(maxSlice, rest / Math.ceil(rest / maxSlice));
        // Move the cut up to the nearest point that no label or box crosses.
        for (let guard = 0; guard < 1000; guard++) {
          const hit = spans.find(([a, b]) => a < at && b > at);
          if (!hit) break;
          at = hit[0] - 1;
        }
        if (at <= from + maxSlice / 4) at = from + maxSlice; // no gap: cut where it must
        cuts.push(at);
      }
      cuts.push(vb.y + H);
      // Each label and box's extent, to leave out of a slice what it does not show (Paged.js and
      // the PDF would still see it: geometry outside a viewBox is clipped, not absent).
      const parts = [...svg.querySelectorAll('text, rect, foreignObject, circle, polygon')];
      const extent = parts.map((el) => {
        const r = el.getBoundingClientRect();
        return [(r.top - rect.top) * k + vb.y, (r.bottom - rect.top) * k + vb.y] as const;
      });
      const pieces: HTMLElement[] = [];
      for (let i = 0; i + 1 < cuts.length; i++) {
        const piece = wrapper.cloneNode(false) as HTMLElement;
        const copy = svg.cloneNode(true) as SVGSVGElement;
        const copies = [...copy.querySelectorAll('text, rect, foreignObject, circle, polygon')];
        copies.forEach((el, j) => {
          const [a, b] = extent[j]!;
          if (b <= cuts[i]! || a >= cuts[i + 1]!) el.remove();
        });
        const h = cuts[i + 1]! - cuts[i]!;
        copy.setAttribute('viewBox', `${vb.x} ${cuts[i]} ${W} ${h}`);
        copy.setAttribute('height', String(h));
        setSize(copy, W * scale, h * scale);
        if (i > 0) copy.setAttribute('aria-hidden', 'true');
        piece.classList.add('bk-slice');
        piece.append(copy);
        pieces.push(piece);
      }
      wrapper.replaceWith(...pieces);
      fig.dataset.bkSplit = '';
      fig.style.breakInside = 'auto';
      diagrams.push(`${name}: ${pieces.length} slices (${(scale * font * 0.75).toFixed(1)} pt)`);
      continue;
    }
    setSize(svg, W * beside, H * beside); // too small: printProblems names it
  }

  // Unbreakable blocks taller than a page may break.
  for (const el of [...main.querySelectorAll<HTMLElement>('*')]) {
    if (el.closest('svg') || getComputedStyle(el).breakInside !== 'avoid' || el.dataset.bkLandscape !== undefined) continue;
    const h = el.getBoundingClientRect().height;
    if (h > g.pageHeightPx - 4) {
      el.style.breakInside = 'auto';
      el.dataset.bkSplit = '';
      split.push(`${where(el)} (${Math.round(h)} px)`);
    }
  }
  main.style.width = '';
  main.style.maxWidth = '';
  return { split, diagrams };
}

export interface PrintProblems {
  /** Elements of the book on no page: "p in #c3-process-virtual-machines: “The five levels…”". */
  lost: string[];
  lostCount: number;
  /** Diagrams Paged.js printed in pieces on several pages (it could not place them whole). */
  brokenDiagrams: string[];
  /** Figures whose smallest label is below minPt on paper: "c12-fig-x: 5.1 pt". */
  smallText: string[];
  /** The smallest diagram label in the book, in points (Infinity without diagrams). */
  smallestPt: number;
}

export function printProblems(args: { minPt: number }): PrintProblems {
  // [data-ref, tag, nearest id, text] of every element Paged.js parsed (make-pdf's afterParsed hook).
  const refs = (window as unknown as { __bkParsedRefs?: string[][] }).__bkParsedRefs;
  if (!refs) throw new Error('print document: Paged.js did not report the parsed content');
  const placed = new Set([...document.querySelectorAll<HTMLElement>('.pagedjs_pages [data-ref]')].map((e) => e.dataset.ref));
  const missing = refs.filter((r) => !placed.has(r[0]));
  const lost = missing.slice(0, 8).map(([, tag, id, text]) => `${tag} in #${id}: “${text}”`);
  const smallText: string[] = [];
  let smallestPt = Infinity;
  const byFigure = new Map<string, number>();
  // A figure's id, also on its continuation (Paged.js keeps the id in data-id).
  const figureName = (svg: SVGSVGElement) => {
    const fig = svg.closest('figure');
    return fig?.id || fig?.getAttribute('data-id') || svg.querySelector('title')?.textContent || svg.id;
  };
  const pagesOf = new Map<string, Set<string>>();
  for (const svg of document.querySelectorAll<SVGSVGElement>('.pagedjs_pages .mermaid-diagram > svg')) {
    const ref = svg.dataset.ref ?? svg.parentElement?.dataset.ref;
    const page = svg.closest<HTMLElement>('.pagedjs_page')?.dataset.pageNumber;
    if (!ref || !page) continue;
    const name = figureName(svg);
    pagesOf.set(`${ref}|${name}`, (pagesOf.get(`${ref}|${name}`) ?? new Set()).add(page));
  }
  // Keyed by the SVG's data-ref, which its pieces share (a continued figure has no id: its name may differ).
  const byRef = new Map<string, { name: string; pages: Set<string> }>();
  for (const [k, p] of pagesOf) {
    const [ref, name] = k.split('|') as [string, string];
    const entry = byRef.get(ref) ?? { name, pages: new Set<string>() };
    for (const n of p) entry.pages.add(n);
    byRef.set(ref, entry);
  }
  const brokenDiagrams = [...byRef.values()].filter((e) => e.pages.size > 1).map((e) => `${e.name} (pages ${[...e.pages].join(', ')})`);
  for (const svg of document.querySelectorAll<SVGSVGElement>('.pagedjs_pages .mermaid-diagram > svg')) {
    const vb = svg.viewBox.baseVal;
    const r = svg.getBoundingClientRect();
    if (!vb?.width || !vb.height || !r.width) continue;
    // Rendered px per user unit; a quarter turn keeps the area, so this holds for landscape too.
    const scale = Math.sqrt((r.width * r.height) / (vb.width * vb.height));
    const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)).filter((n) => n > 0);
    if (!sizes.length) continue;
    const pt = Math.min(...sizes) * scale * 0.75;
    const name = figureName(svg);
    byFigure.set(name, Math.min(pt, byFigure.get(name) ?? Infinity));
    smallestPt = Math.min(smallestPt, pt);
  }
  for (const [name, pt] of byFigure) if (pt < args.minPt - 0.05) smallText.push(`${name}: ${pt.toFixed(1)} pt`);
  return { lost, lostCount: missing.length, brokenDiagrams, smallText, smallestPt };
}
