/**
 * Browser tests for Mermaid diagrams on a built page: the theme toggle recolours them at once,
 * they show without JavaScript, print black on white, keep their labels legible (axe and a
 * label-by-label contrast check, in both themes) and stay readable at phone width.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { labelContrastInPage } from '../../src/scripts/diagrams/verify-in-page';
import { useBrowser } from '../helpers/browser';
import { htmlFiles, isWholeBook, readPage } from '../helpers/dist';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
// The page with the most diagrams (the test follows the book as chapters gain diagrams).
const diagramPage = htmlFiles(dist)
  // The whole book repeats every chapter (and loads most of them only as the reader reaches them).
  .filter((file) => !isWholeBook(file))
  .map((file) => ({ file, count: readPage(dist, file).split('class="mermaid-diagram"').length - 1 }))
  .filter((p) => p.count > 0)
  .sort((a, b) => b.count - a.count)[0];
const url = `${siteUrl}${(diagramPage?.file ?? '').replace(/index\.html$/, '')}`;
const SVG = '.mermaid-diagram > svg';

let browser: Browser;
useBrowser((b) => (browser = b));

/** Computed colours of the first diagram's first label and first node box. */
function colours(page: Page) {
  return page.evaluate((sel) => {
    const svg = document.querySelector(sel);
    const text = svg?.querySelector('text');
    const box = svg?.querySelector('rect');
    if (!svg || !text || !box) throw new Error('no diagram label or box');
    return { text: getComputedStyle(text).fill, box: getComputedStyle(box).fill };
  }, SVG);
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.locator('starlight-theme-select select').first().selectOption(theme);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
}

describe('diagrams in the browser', () => {
  it('has a page with diagrams to test', () => {
    expect(diagramPage, 'a built page with a .mermaid-diagram').toBeDefined();
  });

  it('follows the theme toggle at once, without re-rendering or fetching anything', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(url);
    await setTheme(page, 'light');
    const light = await colours(page);
    // Mark the element: if anything re-rendered the diagram, the mark would be gone.
    await page.evaluate((sel) => document.querySelector(sel)!.setAttribute('data-test-mark', '1'), SVG);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await setTheme(page, 'dark');
    const dark = await colours(page);
    expect(dark.text).not.toBe(light.text);
    expect(dark.box).not.toBe(light.box);
    expect(await page.evaluate((sel) => document.querySelector(sel)!.getAttribute('data-test-mark'), SVG)).toBe('1');
    await setTheme(page, 'light');
    expect(await colours(page)).toEqual(light);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows the diagrams without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const sizes = await page.locator(SVG).evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().height));
    expect(sizes.length).toBe(diagramPage!.count);
    for (const h of sizes) expect(h).toBeGreaterThan(50);
    // Starlight's page is dark until its script runs; the diagrams match it.
    expect((await colours(page)).text).not.toBe('rgb(0, 0, 0)');
    await context.close();
  });

  it('prints in black on white, from the dark theme too', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await setTheme(page, 'dark');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate((sel) => {
      // The elements that draw glyphs: innermost <tspan>s, or <text> without any.
      const glyphs = [...document.querySelectorAll(`${sel} text, ${sel} tspan`)].filter(
        (t) => !t.querySelector('tspan') && (t.textContent ?? '').trim() !== '',
      );
      const texts = glyphs.map((t) => getComputedStyle(t).fill);
      const boxes = [...document.querySelectorAll(`${sel} rect`)]
        .map((r) => getComputedStyle(r))
        .filter((s) => s.fill !== 'none' && Number(s.fillOpacity) > 0)
        .map((s) => s.fill);
      const filters = [...document.querySelectorAll(`${sel} *`)].map((e) => getComputedStyle(e).filter);
      return { texts: [...new Set(texts)], boxes: [...new Set(boxes)], filters: [...new Set(filters)] };
    }, SVG);
    expect(printed.texts).toEqual(['rgb(0, 0, 0)']);
    expect(printed.boxes).toEqual(['rgb(255, 255, 255)']);
    // No drop shadows on paper.
    expect(printed.filters).toEqual(['none']);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe and keeps every label at 4.5:1 in the ${theme} theme`, async () => {
      // AxeBuilder needs a page from an explicit context.
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(url);
      await setTheme(page, theme);
      // axe checks the ARIA of each diagram (role="img", its name) but marks the contrast of
      // SVG <text> as "needs review", so labelContrastInPage measures every label itself.
      // Legacy mode: axe runs in the page itself, three times faster (tests/helpers/axe.ts says why).
      const axe = await new AxeBuilder({ page }).include('.mermaid-diagram').setLegacyMode(true).analyze();
      expect(axe.passes.map((r) => r.id)).toContain('svg-img-alt');
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const labels = await page.evaluate(labelContrastInPage, SVG);
      expect(labels.length).toBeGreaterThan(0);
      const low = labels.filter((l) => l.ratio < l.required).map((l) => `"${l.text}" ${l.foreground} on ${l.background}: ${l.ratio}`);
      expect(low).toEqual([]);
      await context.close();
    });
  }

  it('scrolls a wide diagram sideways on a phone instead of shrinking it, and the page does not scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(url);
    const result = await page.evaluate((sel) => {
      const svgs = [...document.querySelectorAll(sel)] as SVGSVGElement[];
      return {
        scales: svgs.map((s) => s.getBoundingClientRect().width / Number(s.getAttribute('width'))),
        pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    }, SVG);
    for (const scale of result.scales) expect(scale).toBeGreaterThanOrEqual(0.749);
    expect(result.pageOverflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
