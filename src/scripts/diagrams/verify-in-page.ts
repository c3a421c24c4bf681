/**
 * Checks run in the headless browser on a baked SVG. Each function is handed to
 * page.evaluate(), so each must be self-contained (no imports, no outside references).
 */

export interface ShowInput {
  svg: string;
  theme: 'light' | 'dark';
  background: string;
}

/** Puts an SVG alone on the page, inside an element carrying Starlight's data-theme. */
export function showInPage(input: ShowInput): { width: number; height: number } {
  let host = document.getElementById('verify-host');
  if (!host) {
    host = document.createElement('div');
    host.id = 'verify-host';
    document.body.replaceChildren(host);
  }
  host.setAttribute('data-theme', input.theme);
  host.style.cssText = `display:inline-block;padding:8px;background:${input.background}`;
  host.innerHTML = input.svg;
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('no <svg> to show');
  const [, , w = 0] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  // Both the original (width="100%") and the baked SVG are drawn at their natural width.
  host.style.width = `${Math.ceil(w)}px`;
  const box = svg.getBoundingClientRect();
  return { width: box.width, height: box.height };
}

export interface LabelContrast {
  text: string;
  ratio: number;
  required: number;
  foreground: string;
  background: string;
}

/**
 * Contrast of every text label in the SVGs matching `selector` against what is painted behind
 * its centre: the topmost filled shape there, or else the first opaque background of the SVG's
 * ancestors (the page). WCAG 2 AA: 4.5:1, or 3:1 for large text.
 */
export function labelContrastInPage(selector: string): LabelContrast[] {
  type RGBA = [number, number, number, number];
  const parse = (value: string): RGBA | undefined => {
    const m = /rgba?\(([^)]*)\)/.exec(value);
    if (!m) return undefined;
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top: RGBA, under: RGBA): RGBA => {
    const a = top[3];
    return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
  };
  const lum = ([r, g, b]: RGBA) => {
    const f = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const hex = (c: RGBA) => `#${c.slice(0, 3).map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;
  const pageBehind = (el: Element): RGBA => {
    for (let e: Element | null = el.parentElement; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] >= 1) return bg;
    }
    return [255, 255, 255, 1];
  };
  const SHAPES = new Set(['rect', 'path', 'polygon', 'circle', 'ellipse', 'polyline']);

  const results: LabelContrast[] = [];
  for (const root of document.querySelectorAll(selector)) {
    const page = pageBehind(root);
    for (const text of root.querySelectorAll('text')) {
      const label = (text.textContent ?? '').trim();
      if (!label) continue;
      const glyphs =
        [...text.querySelectorAll('tspan')].find((t) => (t.textContent ?? '').trim() && !t.querySelector('tspan')) ?? text;
      const cs = getComputedStyle(glyphs);
      const fill = parse(cs.fill);
      if (!fill || cs.visibility === 'hidden' || cs.display === 'none') continue;
      // elementsFromPoint sees only what is in view: bring the label there (a wide diagram scrolls
      // sideways inside its box, and a long page puts most labels below the fold).
      text.scrollIntoView({ block: 'center', inline: 'center' });
      const box = text.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Filled shapes under the label's centre, topmost first; translucent ones blend downwards.
      const layers: RGBA[] = [];
      for (const el of document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)) {
        if (!root.contains(el) || el === root) break;
        if (!SHAPES.has(el.tagName) || el.closest('text')) continue;
        const s = getComputedStyle(el);
        const paint = parse(s.fill);
        const opacity = Number(s.fillOpacity) * Number(s.opacity);
        if (!paint || opacity === 0 || paint[3] === 0) continue;
        layers.push([paint[0], paint[1], paint[2], paint[3] * opacity]);
        if (paint[3] * opacity >= 1) break;
      }
      let background = page;
      for (const layer of layers.reverse()) background = over(layer, background);
      const fg = over(fill, background);
      const [hi, lo] = [lum(fg), lum(background)].sort((a, b) => b - a) as [number, number];
      const size = parseFloat(cs.fontSize);
      const large = size >= 24 || (Number(cs.fontWeight) >= 700 && size >= 18.66);
      results.push({
        text: label,
        ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
        required: large ? 3 : 4.5,
        foreground: hex(fg),
        background: hex(background),
      });
    }
  }
  return results;
}

/**
 * How different two PNG screenshots (base64) of one diagram are: the pixels that differ visibly
 * from every pixel around the same spot in the other image (so anti-aliasing that moved by a
 * fraction of a pixel does not count, a missing or recoloured stroke does), as a share of the
 * pixels that carry ink (differ from the background) in either image. 1 if the sizes differ.
 */
export async function pixelDifferenceInPage(pngs: { a: string; b: string }): Promise<number> {
  const decode = async (b64: string) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [a, b] = await Promise.all([decode(pngs.a), decode(pngs.b)]);
  if (a.width !== b.width || a.height !== b.height) return 1;
  const { width, height } = a;
  const distance = (x: Uint8ClampedArray, i: number, y: Uint8ClampedArray, j: number) =>
    Math.max(Math.abs(x[i]! - y[j]!), Math.abs(x[i + 1]! - y[j + 1]!), Math.abs(x[i + 2]! - y[j + 2]!));
  const matchesNear = (x: Uint8ClampedArray, i: number, y: Uint8ClampedArray, px: number, py: number) => {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const qx = px + dx;
        const qy = py + dy;
        if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
        if (distance(x, i, y, (qy * width + qx) * 4) <= 48) return true;
      }
    }
    return false;
  };
  let differing = 0;
  let ink = 0;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const i = (py * width + px) * 4;
      // The top-left pixel is the page background.
      if (distance(a.data, i, a.data, 0) > 24 || distance(b.data, i, b.data, 0) > 24) ink++;
      if (distance(a.data, i, b.data, i) > 48 && (!matchesNear(a.data, i, b.data, px, py) || !matchesNear(b.data, i, a.data, px, py))) {
        differing++;
      }
    }
  }
  return differing / Math.max(ink, 1);
}
