/**
 * Contrast of an element's text against what is behind it, measured from computed styles in the
 * page (pass to page.evaluate). For states axe may leave as "needs review" (a background with
 * alpha, a pseudo-class such as :hover), so a gate does not depend on axe's judgement alone.
 */
export function textContrastInPage(selector: string): { selector: string; text: string; foreground: string; background: string; ratio: number }[] {
  const parse = (c: string): [number, number, number, number] => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const over = (top: number[], under: number[]) => top.slice(0, 3).map((v, i) => v * top[3]! + under[i]! * (1 - top[3]!)).concat(1);
  const lum = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  /** The background colour painted behind el: its own and its ancestors' backgrounds, composited. */
  const backdrop = (el: Element | null): number[] => {
    const layers: number[][] = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let colour = [255, 255, 255, 1];
    if (!layers.length || layers.at(-1)![3]! < 1) colour = parse(getComputedStyle(document.documentElement).backgroundColor).slice(3)[0] ? parse(getComputedStyle(document.documentElement).backgroundColor) : colour;
    for (const l of layers.reverse()) colour = over(l, colour);
    return colour;
  };
  return [...document.querySelectorAll(selector)].map((el) => {
    const bg = backdrop(el);
    const fg = over(parse(getComputedStyle(el).color), bg);
    const [a, b] = [lum(fg) + 0.05, lum(bg) + 0.05];
    const ratio = Math.round((Math.max(a, b) / Math.min(a, b)) * 100) / 100;
    return { selector, text: (el.textContent ?? '').trim().slice(0, 40), foreground: `rgb(${fg.slice(0, 3).map(Math.round).join(', ')})`, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`, ratio };
  });
}
