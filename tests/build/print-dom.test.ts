/**
 * The print document's preparation (src/scripts/print-dom.ts, run by make-pdf before Paged.js), on
 * small pages in Chromium: :has() rules are frozen to marks without changing any computed style;
 * an unbreakable block taller than a page may break; a diagram whose labels would print below 7 pt
 * in the column is turned sideways (wide) or cut into slices (tall), and one that fits keeps its
 * natural size. (The whole pipeline, with Paged.js, is tests/build/pdf.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findChromium } from '../../src/lib/chromium-path';
import { preparePrint, type PreparedPrint } from '../../src/scripts/print-dom';

const GEOMETRY = { columnPx: 514, pageHeightPx: 756, diagramMaxPx: 623, minPt: 7 };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage();
}, 60_000);
afterAll(() => browser?.close());

/** A stand-in for a rendered Mermaid diagram: n labels of 14 px in a column or a row. */
const diagram = (id: string, n: number, across: boolean) => {
  const w = across ? n * 150 + 20 : 180;
  const h = across ? 300 : n * 100 + 20;
  const labels = Array.from({ length: n }, (_, i) => `<text x="${across ? 20 + i * 150 : 20}" y="${across ? 150 : 50 + i * 100}">Label ${i + 1}</text>`).join('');
  return `<figure class="bk-figure" id="${id}"><div class="bk-figure__body"><div class="mermaid-diagram"><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" style="font-size:14px">${labels}</svg></div></div><figcaption>Caption of ${id}.</figcaption></figure>`;
};

async function prepare(html: string): Promise<PreparedPrint> {
  await page.setContent(`<!doctype html><style>
    figure, .box { break-inside: avoid; }
    ul:has(> li > p) > li > p { margin-bottom: 7px; }
    .note:has(> .sr-only) { color: rgb(200, 0, 0); }
    li > :is(p):not(:has(~ p)) { padding-left: 3px; }
  </style><main class="sl-markdown-content">${html}</main>`);
  return page.evaluate(preparePrint, GEOMETRY);
}

describe('preparePrint', () => {
  it('freezes :has() rules to marks without changing any computed style', async () => {
    await prepare('<ul><li><p>a</p><p>b</p></li></ul><ul><li>plain</li></ul><div class="note"><span class="sr-only">x</span></div><div class="note"><span>y</span></div>');
    // Styles as the original rules gave them, in a fresh copy of the page.
    const styles = () =>
      page.evaluate(() => [...document.querySelectorAll('main *')].map((e) => `${e.tagName} ${getComputedStyle(e).marginBottom} ${getComputedStyle(e).color} ${getComputedStyle(e).paddingLeft}`));
    const after = await styles();
    const selectors = await page.evaluate(() => [...(document.styleSheets[0]!.cssRules as unknown as CSSStyleRule[])].map((r) => r.selectorText));
    await page.setContent(await page.evaluate(() => document.documentElement.outerHTML.replace(/ data-bk-has-\d+=""/g, '')));
    await page.evaluate(() => {
      const sheet = document.styleSheets[0]!;
      while (sheet.cssRules.length) sheet.deleteRule(0);
      for (const r of ['figure, .box { break-inside: avoid; }', 'ul:has(> li > p) > li > p { margin-bottom: 7px; }', '.note:has(> .sr-only) { color: rgb(200, 0, 0); }', 'li > :is(p):not(:has(~ p)) { padding-left: 3px; }'])
        sheet.insertRule(r, sheet.cssRules.length);
    });
    expect(after).toEqual(await styles());
    expect(after.filter((s) => s.includes('7px')).length, 'the list rule still applies').toBe(2);
    expect(selectors[1]).toMatch(/^ul\[data-bk-has-\d+\] > li > p$/);
    expect(selectors[2]).toMatch(/^\.note\[data-bk-has-\d+\]$/);
    expect(selectors[3], 'a :has() nested in :not() is left as it is').toContain(':has(');
  });

  it('lets an unbreakable block taller than a page break, and leaves a shorter one whole', async () => {
    const r = await prepare(`<div class="box" id="tall" style="height:900px">tall</div><div class="box" id="short" style="height:300px">short</div>`);
    expect(r.split).toEqual(['div#tall (900 px)']);
    expect(await page.evaluate(() => [document.getElementById('tall')!.style.breakInside, document.getElementById('short')!.style.breakInside])).toEqual(['auto', '']);
  });

  it('keeps a diagram that fits at its natural size, turns a wide one sideways and slices a tall one', async () => {
    const r = await prepare(diagram('fits', 3, false) + diagram('wide', 6, true) + diagram('tall', 24, false));
    expect(r.diagrams).toEqual([expect.stringMatching(/^wide: landscape \((\d+\.\d) pt\)$/), expect.stringMatching(/^tall: \d slices \(10\.5 pt\)$/)]);
    const sizes = await page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('svg')].map((s) => `${s.closest('figure')!.id} ${Math.round(s.getBoundingClientRect().width)}`));
    expect(sizes[0]).toBe('fits 180');
    expect(await page.evaluate(() => document.getElementById('wide')!.hasAttribute('data-bk-landscape'))).toBe(true);
    // Every label of the tall diagram is in exactly one slice, and no slice is taller than a page.
    const slices = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('#tall svg')].map((s) => ({ h: s.getBoundingClientRect().height, labels: [...s.querySelectorAll('text')].map((t) => t.textContent) })),
    );
    expect(slices.length).toBeGreaterThan(2);
    for (const s of slices) expect(s.h).toBeLessThanOrEqual(GEOMETRY.pageHeightPx * 0.85);
    expect(slices.flatMap((s) => s.labels)).toEqual(Array.from({ length: 24 }, (_, i) => `Label ${i + 1}`));
  });
});
