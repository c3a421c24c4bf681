/**
 * Every diagram on every page fits its column at 1280 px with labels of at least 12 px, and on a
 * 390 px phone opens full-screen ("Open diagram") where its labels read at 12 px or more and the
 * reader can zoom and pan. The pages are found in the build, so new chapters are covered as they
 * are written.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { htmlFiles, isWholeBook, readPage } from '../helpers/dist';
import { urlOf } from '../helpers/find-pages';
import { inPool } from '../helpers/pool';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const MIN_LABEL_PX = 12;
const pages = htmlFiles(dist).filter((f) => !isWholeBook(f) && readPage(dist, f).includes('class="mermaid-diagram"'));

// The first page with diagrams in each edition gets the tap, "+" and Escape round.
const INTERACTIVE = [pages.find((f) => !f.startsWith('zh-cn/')), pages.find((f) => f.startsWith('zh-cn/'))].filter((f): f is string => f !== undefined);

let browser: Browser;
useBrowser((b) => (browser = b));

/** Smallest rendered label size of each diagram (font-size × the SVG's scale), and its overflow. */
function measure(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.sl-markdown-content .mermaid-diagram')].map((box) => {
      const svg = box.querySelector<SVGSVGElement>(':scope > svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const glyphs = [...svg.querySelectorAll('text, tspan')].filter((t) => (t.textContent ?? '').trim() && !t.querySelector('tspan'));
      const label = Math.min(...glyphs.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      const figure = box.closest('figure');
      // The scrollers: the diagram's box and the figure body around it (both overflow-x: auto).
      const scrollers = [box, box.closest<HTMLElement>('.bk-figure__body')].filter((e): e is HTMLElement => e !== null);
      return {
        name: `${figure?.querySelector('.bk-figure__label')?.textContent ?? ''} "${svg.querySelector('title')?.textContent ?? ''}"`,
        overflow: Math.max(...scrollers.map((e) => e.scrollWidth - e.clientWidth)),
        label: Math.round(label * 10) / 10,
      };
    }),
  );
}

async function withPage<T>(path: string, options: BrowserContextOptions, job: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    return await job(page);
  } finally {
    await context.close();
  }
}

describe('diagrams fit and read', () => {
  it('finds the pages with diagrams', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(INTERACTIVE.length, 'a page with diagrams in each edition').toBe(2);
  });

  // One visit per page for both widths: the page is measured at 1280 px, then narrowed to a phone's
  // 390 px (the zoom follows the viewport's width), which halves the page loads as diagrams grow.
  it(`at 1280 px no diagram scrolls sideways and no label is below ${MIN_LABEL_PX} px; at 390 px every diagram opens full-screen with labels of ${MIN_LABEL_PX} px or more, zooms, closes with Escape and returns focus`, { timeout: 300_000 }, async () => {
    const found = await inPool(pages, 3, (file) =>
      withPage(urlOf(file), { viewport: { width: 1280, height: 900 }, hasTouch: true }, async (page) => {
        const problems: string[] = (await measure(page))
          .filter((d) => d.overflow > 0 || d.label < MIN_LABEL_PX)
          .map((d) => `${file} ${d.name} at 1280 px: ${d.overflow > 0 ? `scrolls ${d.overflow} px sideways; ` : ''}labels at ${d.label} px`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const buttons = page.locator('.bk-diagram-open');
        const count = await page.locator('.sl-markdown-content .mermaid-diagram').count();
        if ((await buttons.count()) !== count) problems.push(`${file}: ${await buttons.count()} "Open diagram" buttons for ${count} diagrams`);
        if (count === 0 || (await buttons.count()) === 0) return problems;

        // Every diagram, opened and closed from inside the page: what is measured (label size in
        // the zoomed view, fit or pan, the diagram put back) does not depend on how the button
        // was pressed, and a real tap per diagram cost a second each across ~140 diagrams.
        const states = await page.evaluate(async () => {
          const out: { name: string; label: number; fits: boolean; pannable: boolean; back: boolean }[] = [];
          const dialog = document.querySelector<HTMLDialogElement>('dialog.bk-zoom')!;
          for (const button of document.querySelectorAll<HTMLButtonElement>('.bk-diagram-open')) {
            button.click();
            const stage = dialog.querySelector<HTMLElement>('.bk-zoom__stage')!;
            const svg = stage.querySelector<SVGSVGElement>('svg');
            const name = button.getAttribute('aria-label') ?? '';
            if (!dialog.open || !svg) {
              out.push({ name, label: 0, fits: false, pannable: false, back: false });
              continue;
            }
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const glyphs = [...svg.querySelectorAll('text, tspan')].filter((t) => (t.textContent ?? '').trim() && !t.querySelector('tspan'));
            const state = {
              name,
              label: Math.min(...glyphs.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
              fits: stage.scrollWidth <= stage.clientWidth + 1 && stage.scrollHeight <= stage.clientHeight + 1,
              pannable: getComputedStyle(stage).overflow.includes('auto'),
            };
            // The book's close handler (registered first) puts the diagram back; wait for the event.
            const closed = new Promise((r) => dialog.addEventListener('close', r, { once: true }));
            dialog.close();
            await closed;
            out.push({ ...state, back: !dialog.open && svg.parentElement?.classList.contains('mermaid-diagram') === true });
          }
          return out;
        });
        for (const st of states) {
          if (st.label < MIN_LABEL_PX - 0.05) problems.push(`${file} ${st.name}: labels at ${st.label.toFixed(1)} px in the zoomed view`);
          if (!st.fits && !st.pannable) problems.push(`${file} ${st.name}: does not fit and cannot be panned`);
          if (!st.back) problems.push(`${file} ${st.name}: not put back in the page after closing`);
        }

        // The first diagram by touch and keyboard, as a reader does it: tap, "+", Escape, focus back.
        // The dialog is the same on every page: once per edition is enough.
        if (!INTERACTIVE.includes(file)) return problems;
        const button = buttons.first();
        const name = (await button.getAttribute('aria-label')) ?? 'diagram 1';
        await button.scrollIntoViewIfNeeded();
        await button.tap();
        await page.locator('dialog.bk-zoom[open]').waitFor();
        const width = await page.evaluate(() => document.querySelector('dialog.bk-zoom svg')!.getBoundingClientRect().width);
        await page.locator('dialog.bk-zoom [data-zoom="in"]').tap();
        const wider = await page.evaluate(() => document.querySelector('dialog.bk-zoom svg')!.getBoundingClientRect().width);
        if (!(wider > width * 1.1)) problems.push(`${file} ${name}: "+" did not zoom in (${width} → ${wider} px)`);
        await page.keyboard.press('Escape');
        // The dialog's close event, which puts the diagram back, is dispatched after [open] goes.
        await page.waitForFunction(() => !document.querySelector('dialog.bk-zoom .bk-zoom__stage svg'), null, { timeout: 2000 }).catch(() => undefined);
        const back = await page.evaluate(() => ({
          focused: document.activeElement?.classList.contains('bk-diagram-open') ?? false,
          open: document.querySelector('dialog.bk-zoom')?.hasAttribute('open') ?? false,
          inPlace: [...document.querySelectorAll('.sl-markdown-content .mermaid-diagram')].every((d) => d.querySelector(':scope > svg')),
        }));
        if (back.open || !back.focused || !back.inPlace) problems.push(`${file} ${name}: after Escape ${JSON.stringify(back)}`);
        return problems;
      }),
    );
    expect(found.flat()).toEqual([]);
  });
});
