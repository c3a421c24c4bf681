/**
 * Renders one Mermaid diagram in the headless browser and "bakes" it into a compact, themeable
 * SVG. This function is handed to Playwright's page.evaluate(), so it must be self-contained:
 * no imports and no reference to anything outside its own body.
 *
 * How it works:
 * 1. Mermaid renders the diagram twice, with the light and with the dark theme. The two SVGs
 *    have the same elements and geometry and differ only in colours (checked; a mismatch fails).
 * 2. For every element, the browser's computed style in each theme is read, and only what the
 *    element does not already inherit is kept. Mermaid's own <style> (tens of kilobytes, mostly
 *    rules for shapes the diagram does not use) is dropped.
 * 3. A colour that differs between themes becomes a CSS custom property, defined once for light
 *    and once under `[data-theme=dark]`, so Starlight's theme toggle recolours the diagram
 *    instantly. Print forces black on white through the same properties.
 * 4. Elements with identical styles share one short class. Unreferenced ids, unused markers and
 *    filters, empty groups, data-* attributes and float noise are removed; the ids that remain
 *    all start with the diagram's own id, so several diagrams on one page never clash.
 */

export interface BakeInput {
  /** The root <svg> id; every id kept inside starts with it. */
  id: string;
  /** The diagram text, with its accTitle/accDescr lines emptied. */
  source: string;
  /** From accTitle and accDescr: written as the SVG's <title> and <desc>. */
  title: string;
  description: string;
  configs: { light: Record<string, unknown>; dark: Record<string, unknown> };
  /** Page background of each theme (any CSS colour). */
  backgrounds: { light: string; dark: string };
  /** font-family written into the SVG. */
  pageFont: string;
}

export type BakeResult =
  | { ok: true; svg: string; originals: { light: string; dark: string } }
  | { ok: false; stage: 'parse' | 'render' | 'layout' | 'accessibility'; message: string };

export async function bakeInPage(input: BakeInput): Promise<BakeResult> {
  type Theme = 'light' | 'dark';
  type Styles = Record<string, string>;
  interface MermaidApi {
    initialize(config: Record<string, unknown>): void;
    parse(text: string): Promise<unknown>;
    render(id: string, text: string): Promise<{ svg: string }>;
  }
  const mermaid = (globalThis as unknown as { mermaid?: MermaidApi }).mermaid;
  if (!mermaid) return { ok: false, stage: 'render', message: 'Mermaid is not loaded in the page' };

  const SVG_NS = 'http://www.w3.org/2000/svg';
  // Properties that inherit: kept on an element only where they differ from its parent.
  const INHERITED = [
    'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity',
    'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin',
    'stroke-miterlimit', 'font-size', 'font-weight', 'font-style', 'font-variant', 'text-anchor',
    'letter-spacing', 'word-spacing', 'dominant-baseline', 'visibility', 'color', 'paint-order',
    'shape-rendering', 'text-rendering', 'white-space', 'direction', 'writing-mode',
  ];
  // Properties that do not inherit: kept where they differ from a fresh element of the same tag.
  const OWN = [
    'opacity', 'display', 'filter', 'clip-path', 'mask', 'stop-color', 'stop-opacity',
    'flood-color', 'flood-opacity', 'lighting-color', 'alignment-baseline', 'baseline-shift',
    'text-decoration-line', 'rx', 'ry', 'background-color', 'overflow',
  ];
  // Inherited properties the root always sets, whatever the page around it sets.
  const ROOT_ALWAYS = new Set([
    'color', 'font-size', 'font-weight', 'font-style', 'letter-spacing',
    'word-spacing', 'white-space', 'text-anchor', 'visibility',
  ]);
  const BAKED = new Set([...INHERITED, ...OWN, 'font-family']);
  const DEF_TAGS = new Set(['marker', 'filter', 'linearGradient', 'radialGradient', 'clipPath', 'mask', 'pattern', 'symbol']);
  const SHAPES = new Set(['rect', 'path', 'polygon', 'circle', 'ellipse', 'polyline']);
  const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
  const GEOMETRY = new Set([
    'd', 'points', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height',
    'transform', 'viewBox', 'dx', 'dy', 'refX', 'refY', 'markerWidth', 'markerHeight',
    'stdDeviation', 'gradientTransform', 'offset',
  ]);
  // Attributes whose value may differ between the two themes without changing the layout (ids:
  // sequence diagrams number some ids with a counter that runs on across renders).
  const COLOUR_ATTRS = new Set(['id', 'style', 'class', 'fill', 'stroke', 'color', 'flood-color', 'stop-color', 'lighting-color']);

  const fail = (stage: 'parse' | 'render' | 'layout' | 'accessibility', message: string): BakeResult => ({ ok: false, stage, message });

  // --- 1. Parse, then render in both themes --------------------------------------------------
  try {
    mermaid.initialize(input.configs.light);
    await mermaid.parse(input.source);
  } catch (error) {
    return fail('parse', error instanceof Error ? error.message : String(error));
  }

  const stage = document.createElement('div');
  document.body.append(stage);

  const render = async (theme: Theme) => {
    mermaid.initialize(input.configs[theme]);
    const { svg } = await mermaid.render(input.id, input.source);
    return svg;
  };
  const mount = (svgText: string, theme: Theme): SVGSVGElement => {
    stage.replaceChildren();
    stage.style.background = input.backgrounds[theme];
    stage.innerHTML = svgText;
    const root = stage.querySelector('svg');
    if (!root) throw new Error('Mermaid produced no <svg>');
    return root;
  };
  const elementsOf = (root: Element): Element[] => [root, ...root.querySelectorAll('*')];
  const skipped = (el: Element) => el.closest('style, title, desc') !== null;
  const snapshot = (root: Element): Styles[] =>
    elementsOf(root).map((el) => {
      const cs = getComputedStyle(el);
      const out: Styles = {};
      for (const p of BAKED) out[p] = cs.getPropertyValue(p);
      return out;
    });

  let originals: { light: string; dark: string };
  let lightRoot: SVGSVGElement;
  let lightStyles: Styles[];
  let darkStyles: Styles[];
  let darkElements: Element[];
  try {
    originals = { light: await render('light'), dark: await render('dark') };
    const darkRoot = mount(originals.dark, 'dark');
    darkStyles = snapshot(darkRoot);
    darkElements = elementsOf(darkRoot).map((el) => el.cloneNode(false) as Element);
    lightRoot = mount(originals.light, 'light');
    lightStyles = snapshot(lightRoot);
  } catch (error) {
    stage.remove();
    return fail('render', error instanceof Error ? error.message : String(error));
  }

  // --- 2. The two renderings must share one layout ----------------------------------------------
  const lightElements = elementsOf(lightRoot);
  if (lightElements.length !== darkElements.length) {
    stage.remove();
    return fail('layout', `the light and dark renderings differ (${lightElements.length} vs ${darkElements.length} elements)`);
  }
  for (let i = 0; i < lightElements.length; i++) {
    const a = lightElements[i]!;
    const b = darkElements[i]!;
    const attrs = (el: Element) =>
      [...el.attributes]
        .filter((x) => !COLOUR_ATTRS.has(x.name))
        .map((x) => `${x.name}=${x.value}`)
        .sort()
        .join(' ');
    if (a.tagName !== b.tagName || attrs(a) !== attrs(b)) {
      stage.remove();
      return fail('layout', `the light and dark renderings differ at <${a.tagName}> (element ${i})`);
    }
  }

  // --- 3. Styles each element needs ---------------------------------------------------------------
  const referenceStyles = new Map<string, Styles>();
  const refHost = document.createElement('div');
  const refSvg = document.createElementNS(SVG_NS, 'svg');
  refHost.append(refSvg);
  document.body.append(refHost);
  const reference = (el: Element): Styles => {
    const key = `${el.namespaceURI} ${el.tagName}`;
    let styles = referenceStyles.get(key);
    if (!styles) {
      const fresh =
        el.namespaceURI === SVG_NS ? document.createElementNS(SVG_NS, el.tagName) : document.createElement(el.tagName);
      (el.namespaceURI === SVG_NS ? refSvg : refHost).append(fresh);
      const cs = getComputedStyle(fresh);
      styles = {};
      for (const p of BAKED) styles[p] = cs.getPropertyValue(p);
      fresh.remove();
      referenceStyles.set(key, styles);
    }
    return styles;
  };

  const hex2 = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');
  const shortHex = (h: string) => (/^#(.)\1(.)\2(.)\3$/.test(h) ? `#${h[1]}${h[3]}${h[5]}` : h);
  // Computed colours come as rgb()/rgba(); write them as short hex. Quotes are dropped from url().
  const normalize = (value: string) =>
    value
      .replace(/rgba?\(([^)]*)\)/g, (_m, body: string) => {
        const parts = body.split(/[\s,/]+/).filter(Boolean).map(Number);
        const [r = 0, g = 0, b = 0, a = 1] = parts;
        const base = shortHex(`#${hex2(r)}${hex2(g)}${hex2(b)}`);
        if (a >= 1) return base;
        if (a <= 0) return 'transparent';
        return `#${hex2(r)}${hex2(g)}${hex2(b)}${hex2(a * 255)}`;
      })
      .replace(/url\("([^"]*)"\)/g, 'url($1)')
      .trim();

  const index = new Map<Element, number>();
  lightElements.forEach((el, i) => index.set(el, i));

  type Role = 'ink' | 'paper';
  interface Colour {
    name: string;
    light: string;
    dark: string;
    role: Role;
  }
  const colours = new Map<string, Colour>();
  const colourVar = (role: Role, light: string, dark: string) => {
    const key = `${role} ${light} ${dark}`;
    let c = colours.get(key);
    if (!c) {
      c = { name: `--${letters(colours.size).toLowerCase()}`, light, dark, role };
      colours.set(key, c);
    }
    return `var(${c.name})`;
  };
  function letters(n: number): string {
    let s = '';
    let k = n;
    do {
      s = String.fromCharCode(65 + (k % 26)) + s;
      k = Math.floor(k / 26) - 1;
    } while (k >= 0);
    return s;
  }

  // Paint (fill, stroke) is declared on the elements that draw with it, never on groups: then
  // each colour's role is known exactly (a text's fill is ink, a shape's fill is paper, every
  // stroke is ink) and print can map ink to black and paper to white.
  const PAINT = new Set(['fill', 'stroke']);
  const DRAWS = new Set([...SHAPES, 'line', 'text', 'image', 'use']);
  const isColour = (v: string) => /^#[0-9a-f]{3,8}$/i.test(v);

  const declarations = new Map<Element, string[]>();
  for (let i = 0; i < lightElements.length; i++) {
    const el = lightElements[i]!;
    if (skipped(el)) continue;
    const isRoot = i === 0;
    const isSvg = el.namespaceURI === SVG_NS;
    const parentIndex = isRoot ? -1 : index.get(el.parentElement!)!;
    const ref = reference(el);
    const L = lightStyles[i]!;
    const D = darkStyles[i]!;
    const out: string[] = [];
    for (const p of [...INHERITED, ...OWN]) {
      // background-color and color paint nothing in SVG (only in HTML inside <foreignObject>).
      if (isSvg && !isRoot && (p === 'background-color' || p === 'color')) continue;
      const l = normalize(L[p] ?? '');
      const d = normalize(D[p] ?? '');
      const r = normalize(ref[p] ?? '');
      let needed: boolean;
      if (PAINT.has(p) && isSvg) {
        if (isRoot) {
          // The initial values, whatever the page around sets; groups below declare none.
          out.push(`${p}:${r}`);
          continue;
        }
        if (TEXT_TAGS.has(el.tagName) && el.tagName !== 'text') {
          needed = l !== normalize(lightStyles[parentIndex]![p] ?? '') || d !== normalize(darkStyles[parentIndex]![p] ?? '');
        } else if (DRAWS.has(el.tagName)) {
          needed = l !== r || d !== r;
        } else {
          needed = false;
        }
      } else if (INHERITED.includes(p)) {
        needed = isRoot
          ? ROOT_ALWAYS.has(p) || l !== r || d !== r
          : l !== normalize(lightStyles[parentIndex]![p] ?? '') || d !== normalize(darkStyles[parentIndex]![p] ?? '');
      } else {
        needed = l !== r || d !== r;
      }
      if (!needed || l === '') continue;
      if (l === d && !isColour(l)) {
        out.push(`${p}:${l}`);
      } else {
        // Every colour goes through a custom property, so both the dark theme and print can
        // change it.
        const ink = p === 'stroke' || p === 'color' || (p === 'fill' && TEXT_TAGS.has(el.tagName));
        out.push(`${p}:${colourVar(ink ? 'ink' : 'paper', l, d)}`);
      }
    }
    declarations.set(el, out);
  }

  // --- 4. Accessibility: <title> and <desc> from accTitle and accDescr ---------------------------
  // Written here rather than by Mermaid, which omits them for some diagram kinds.
  if (!input.title.trim() || !input.description.trim()) {
    stage.remove();
    refHost.remove();
    return fail('accessibility', 'the diagram has no accTitle or no accDescr');
  }
  for (const old of lightRoot.querySelectorAll(':scope > title, :scope > desc')) old.remove();
  const title = document.createElementNS(SVG_NS, 'title');
  title.id = `${input.id}-t`;
  title.textContent = input.title.trim();
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.id = `${input.id}-d`;
  desc.textContent = input.description.trim();
  lightRoot.prepend(title, desc);

  // --- 5. Ids: keep only those referenced, renamed under the diagram's id --------------------------
  const referenced = new Set<string>();
  const collectRefs = (text: string) => {
    for (const m of text.matchAll(/url\(["']?#([^)"']+)["']?\)/g)) referenced.add(m[1]!);
  };
  for (const el of lightElements) {
    for (const attr of el.attributes) {
      collectRefs(attr.value);
      if ((attr.localName === 'href') && attr.value.startsWith('#')) referenced.add(attr.value.slice(1));
    }
  }
  for (const list of declarations.values()) for (const d of list) collectRefs(d);
  referenced.add(title.id);
  referenced.add(desc.id);

  // Remove unreferenced defs (unused arrowheads, filters) and everything inside them.
  for (const el of lightElements) {
    if (DEF_TAGS.has(el.tagName) && !referenced.has(el.id) && el.isConnected) el.remove();
  }
  // Zero-size rects and (repeatedly) empty groups draw nothing.
  for (const el of lightRoot.querySelectorAll('rect')) {
    const w = el.getAttribute('width');
    const h = el.getAttribute('height');
    if (w === null || h === null || Number(w) === 0 || Number(h) === 0) {
      const cs = getComputedStyle(el);
      if ((cs.width === 'auto' || cs.width === '0px') || (cs.height === 'auto' || cs.height === '0px')) el.remove();
    }
  }
  let removedEmpty = true;
  while (removedEmpty) {
    removedEmpty = false;
    for (const g of lightRoot.querySelectorAll('g, defs')) {
      if (g.childElementCount === 0 && !(g.id && referenced.has(g.id))) {
        g.remove();
        removedEmpty = true;
      }
    }
  }

  const renamed = new Map<string, string>();
  let nextId = 0;
  for (const el of lightRoot.querySelectorAll('[id]')) {
    if (referenced.has(el.id)) {
      const fresh = el === title ? `${input.id}-t` : el === desc ? `${input.id}-d` : `${input.id}-${(nextId++).toString(36)}`;
      renamed.set(el.id, fresh);
    }
  }
  const renameRefs = (text: string) =>
    text.replace(/url\(["']?#([^)"']+)["']?\)/g, (m, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : m));

  // --- 6. Rewrite the light rendering into the baked SVG ----------------------------------------
  const round = (value: string) =>
    value.replace(/-?(?:\d+\.\d+|\.\d+|\d+)(?:e[-+]?\d+)?/gi, (m) => {
      const n = Number(m);
      if (!Number.isFinite(n)) return m;
      const r = Math.round(n * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    });

  const classes = new Map<string, string>();
  let rootDeclarations: string[] = [];
  for (const el of elementsOf(lightRoot)) {
    const decls = declarations.get(el);
    const isRoot = el === lightRoot;
    for (const attr of [...el.attributes]) {
      const name = attr.name;
      if (
        name === 'style' || name === 'class' || name.startsWith('data-') || name === 'aria-roledescription' ||
        (name === 'name' && el.namespaceURI === SVG_NS) ||
        (BAKED.has(name) && !skipped(el)) || (!isRoot && name === 'role')
      ) {
        el.removeAttribute(name);
      } else if (name === 'id') {
        if (isRoot) continue;
        const fresh = renamed.get(attr.value);
        if (fresh) el.setAttribute('id', fresh);
        else el.removeAttribute('id');
      } else if (attr.localName === 'href' && attr.value.startsWith('#')) {
        const fresh = renamed.get(attr.value.slice(1));
        if (fresh) el.setAttributeNS(attr.namespaceURI, name, `#${fresh}`);
      } else if (GEOMETRY.has(name)) {
        el.setAttribute(name, round(attr.value));
      } else if (attr.value.includes('url(')) {
        el.setAttribute(name, renameRefs(attr.value));
      }
    }
    if (!decls) continue;
    const list = decls.map(renameRefs);
    if (isRoot) {
      rootDeclarations = list;
      continue;
    }
    if (list.length === 0) continue;
    const key = list.join(';');
    let cls = classes.get(key);
    if (!cls) {
      cls = letters(classes.size);
      classes.set(key, cls);
    }
    el.setAttribute('class', cls);
  }

  // A group or tspan left with no attributes does nothing: keep only its children. (Mermaid
  // nests several bare groups around each node and puts every word in its own tspan.)
  for (const el of [...lightRoot.querySelectorAll('g, tspan')]) {
    if (el.attributes.length === 0) el.replaceWith(...el.childNodes);
  }
  lightRoot.normalize();

  // Root: intrinsic size from the viewBox, scaled down to the column on narrow screens.
  const viewBox = (lightRoot.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [, , vw = 0, vh = 0] = viewBox;
  lightRoot.setAttribute('width', round(String(vw)));
  lightRoot.setAttribute('height', round(String(vh)));
  lightRoot.setAttribute('role', 'img');
  lightRoot.setAttribute('aria-labelledby', `${input.id}-t`);
  lightRoot.setAttribute('aria-describedby', `${input.id}-d`);
  for (const el of lightRoot.querySelectorAll('style')) el.remove();

  // --- 7. The stylesheet: colours per theme, print, classes ---------------------------------------
  const luminance = (hex: string) => {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex);
    if (!m) return 0.5;
    let h = m[1]!;
    if (h.length === 3) h = [...h].map((c) => c + c).join('');
    const ch = [0, 2, 4].map((k) => parseInt(h.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
  };
  // Print: lines and text black, fills white; a fill that is dark on screen (an arrowhead) stays
  // black, and text that is white on screen (on such a fill) stays white.
  const printValue = (c: Colour) => {
    if (c.light === 'transparent' || c.light === 'none') return c.light;
    if (!c.light.startsWith('#')) return c.light;
    const lum = luminance(c.light);
    if (c.role === 'ink') return lum > 0.8 ? '#fff' : '#000';
    return lum < 0.2 ? '#000' : '#fff';
  };
  const all = [...colours.values()];
  const id = `#${input.id}`;
  const css = [
    // Scale down to the column, but not below 3/4 size: on a phone a wide diagram scrolls
    // sideways (the page wraps it in an overflow-x:auto box) rather than shrinking to 6 px text.
    `${id}{font-family:${input.pageFont};max-width:100%;min-width:${Math.round(vw * 0.75)}px;height:auto;${[...rootDeclarations, ...all.map((c) => `${c.name}:${c.light}`)].join(';')}}`,
    all.some((c) => c.dark !== c.light)
      ? `[data-theme=dark] ${id}{${all.filter((c) => c.dark !== c.light).map((c) => `${c.name}:${c.dark}`).join(';')}}`
      : '',
    ...[...classes].map(([decls, cls]) => `${id} .${cls}{${decls}}`),
    `@media print{${id}${id}{min-width:0;${all.map((c) => `${c.name}:${printValue(c)}`).join(';')}}${id}${id} *{filter:none}}`,
  ].join('');
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = css;
  desc.after(style);

  const svg = new XMLSerializer().serializeToString(lightRoot);
  stage.remove();
  refHost.remove();
  return { ok: true, svg, originals };
}
