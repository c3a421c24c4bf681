/**
 * WCAG 2.2 AA with axe-core on every built page: zero violations, no rule disabled (axe's
 * best-practice rules included).
 *
 * Every page is checked; not every page in every theme and width. What changes with the theme
 * (colours) and the width (layout) comes from the shell and the components, so one page of each
 * kind whose look differs (KINDS below, from tests/helpers/page-types.ts) is checked in all four
 * combinations of light, dark, desktop and phone; every other page in one combination, rotating
 * through the four so each combination sees a quarter of them. Checking all 47 pages four times took over five minutes of
 * the six that all of `npm test` may take, and grows with every translated page (issue #16).
 *
 * A page as loaded is not all a reader sees: the "Read ✓" label once a chapter is marked read
 * (with the pointer still over the button that was clicked), a graded quiz, an open preview, the
 * search dialog with results, a diagram opened full-screen. axe cannot see states nobody puts the
 * page in, so the second part puts each stateful component into its other states and runs axe
 * there, and measures the text contrast of those components directly as well (axe leaves some
 * combinations, such as translucent backgrounds, as "needs review" instead of failing them).
 *
 * Fast without losing any of that: one shared browser; one test per page, width and theme, run
 * several at a time (each page in its own renderer process, the largest first); axe run inside the
 * page (tests/helpers/axe.ts). Each check waits for the page to settle (fonts, idle callbacks), so
 * axe never judges a page while a script is still adjusting it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, settle } from '../helpers/axe';
import { textContrastInPage } from '../helpers/contrast';
import { pageWith, urlOf } from '../helpers/find-pages';
import { useBrowser } from '../helpers/browser';
import { inPool } from '../helpers/pool';
import { PagePool } from '../helpers/page-pool';
import { htmlFiles, isWholeBook, readPage } from '../helpers/dist';
import { pageTypes } from '../helpers/page-types';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
// The whole books first (they load every chapter), then the largest pages.
const weight = (f: string) => (isWholeBook(f) ? 1e12 : 0) + statSync(join(dist, f)).size;
const files = htmlFiles(dist).sort((a, b) => weight(b) - weight(a));
// The kinds whose look differs: the home page, the chapter with the most demos (it also has
// diagrams and the lab machine), the glossary, the whole book, the 404 page, and the Chinese home
// and a translated chapter. Other chapters, the references and the Chinese glossary are built of
// the same parts and get one combination each.
const KINDS = ['home', 'demo-chapter', 'glossary', 'whole-book', 'not-found', 'zh-home', 'zh-chapter'];
const representative = new Set(pageTypes(dist).filter((t) => KINDS.includes(t.key)).map((t) => t.file));
let browser: Browser;

useBrowser((b) => (browser = b));

const sizes: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

// Tabs reused from one page to the next, one set per theme and width (tests/helpers/page-pool.ts).
const pool = new PagePool(() => browser);
afterAll(() => pool.close());

async function check(file: string, size: string, theme: 'light' | 'dark', full = false): Promise<string[]> {
  return pool.with({ options: { ...sizes[size], colorScheme: theme, reducedMotion: 'reduce' }, theme }, async (page) => {
    // "load", then settle: the page's own scripts have all run by then (none loads later), and
    // waiting for the network to be idle half a second more cost a sixth of the processor time.
    await page.goto(`${siteUrl}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme), `${file} theme`).toBe(theme);
    // The whole book loads chapters as the reader reaches them: axe checks every one of them once
    // (light, desktop, or the one combination a page gets), and the page as it first loads in the
    // other combinations. Each chapter's own page is checked too; a full whole book takes 30 s.
    const loadAll = page.locator('[data-load-all]');
    if ((await loadAll.count()) && (full || (theme === 'light' && size === 'desktop'))) {
      await loadAll.click();
      await page.waitForFunction(() => !document.querySelector('section[data-part]'), null, { timeout: 120_000 });
    }
    await settle(page);
    return (await axeViolations(page)).map((v) => `[${theme}, ${size}] ${v}`);
  });
}

describe('accessibility (axe, WCAG 2.2 AA and best practices)', () => {
  it('finds the pages to check', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain('index.html');
  });

  it('checks one page of each kind in every theme and width, the whole book among them', () => {
    expect(representative.size).toBe(KINDS.length);
    // The lab machine's controls are among the kinds' pages (the chapter with the most demos has it).
    expect([...representative].some((f) => readPage(dist, f).includes('<linux-lab'))).toBe(true);
    expect(representative).toContain('whole-book/index.html');
    expect(representative).toContain('zh-cn/index.html');
  });

  // Concurrent: several pages at once on the shared browser (vitest's maxConcurrency bounds it).
  describe.concurrent('every page', () => {
    const combos = Object.keys(sizes).flatMap((size) => (['light', 'dark'] as const).map((theme) => ({ size, theme })));
    // The rotation follows the pages' names, so a page keeps its combination from run to run.
    const byName = [...files].sort();
    for (const file of files) {
      const chosen = representative.has(file) ? combos : [combos[byName.indexOf(file) % combos.length]!];
      for (const { size, theme } of chosen) {
        it(`${file}: no violations, ${theme} theme, ${size}`, { timeout: 300_000 }, async () => {
          expect(await check(file, size, theme, chosen.length === 1)).toEqual([]);
        });
      }
    }
  });
});

describe('accessibility of components in their other states', () => {
  // A chapter with the read mark, a quiz, a glossary term and a cross-reference (every chapter has
  // the mark; the one chosen also has a diagram if any does).
  const chapter = (() => {
    try {
      return pageWith(dist, ['bk-mark-read', 'bk-quiz', '.bk-term', '.bk-ref', '.mermaid-diagram']);
    } catch {
      return pageWith(dist, ['bk-mark-read', 'bk-quiz', '.bk-term', '.bk-ref']);
    }
  })();
  const MIN = 4.5;
  const combos = (['light', 'dark'] as const).flatMap((theme) => Object.keys(sizes).map((size) => ({ theme, size })));

  it(`${chapter}: read mark, graded quiz, open preview, search results and zoomed diagram pass axe, light and dark, desktop and phone`, { timeout: 240_000 }, async () => {
    const found = await inPool(combos, 2, async ({ theme, size }) => {
      const context = await browser.newContext({ ...sizes[size], colorScheme: theme, reducedMotion: 'reduce' });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      const touch = size === 'phone';
      const problems: string[] = [];
      const axe = async (state: string, include: string) => {
        for (const v of await axeViolations(page, include)) problems.push(`${state}: ${v}`);
      };
      const contrast = async (state: string, selector: string) => {
        for (const c of await page.evaluate(textContrastInPage, selector)) {
          if (c.ratio < MIN) problems.push(`${state}: "${c.text}" ${c.foreground} on ${c.background} = ${c.ratio}:1`);
        }
      };
      try {
        await page.goto(`${siteUrl}${urlOf(chapter)}`, { waitUntil: 'networkidle' });

        // 1. Marked as read; with a mouse the pointer stays on the button it clicked.
        const mark = page.locator('bk-mark-read button');
        await mark.scrollIntoViewIfNeeded();
        if (touch) await mark.tap();
        else await mark.click();
        expect(await mark.getAttribute('aria-pressed')).toBe('true');
        await axe('marked read', 'bk-mark-read');
        await contrast('marked read', 'bk-mark-read button');

        // 2. A quiz with one item answered wrongly and one rightly, both checked.
        const items = page.locator('bk-quiz .bk-quiz__item');
        const answer = async (i: number, correct: boolean) => {
          const item = items.nth(i);
          await item.locator(`.bk-quiz__option[data-correct="${correct}"] input`).first().check();
          await item.locator('.bk-quiz__check').click();
        };
        await answer(0, false);
        if ((await items.count()) > 1) await answer(1, true);
        await page.mouse.move(0, 0);
        await axe('quiz graded', 'bk-quiz');
        await contrast('quiz graded', 'bk-quiz .bk-quiz__option[data-mark] label, bk-quiz .bk-quiz__result, bk-quiz .bk-quiz__explain:not([hidden])');

        // 3. An open preview (hover on a computer, focus on a phone).
        for (const pop of ['.bk-term', '.bk-ref']) {
          const link = page.locator(`.sl-markdown-content ${pop} a`).first();
          await link.scrollIntoViewIfNeeded();
          if (touch) await link.focus();
          else await link.hover();
          await page.waitForTimeout(50);
          await axe(`${pop} preview open`, `.sl-markdown-content ${pop}`);
          await contrast(`${pop} preview open`, `.sl-markdown-content ${pop} .bk-pop__card:popover-open :is(strong, .bk-pop__entry)`);
          await page.keyboard.press('Escape');
        }

        // 4. A diagram opened full-screen.
        const open = page.locator('.bk-diagram-open').first();
        if (await open.count()) {
          await open.scrollIntoViewIfNeeded();
          await open.click();
          await page.locator('dialog.bk-zoom[open]').waitFor();
          await axe('diagram zoomed', 'dialog.bk-zoom');
          await contrast('diagram zoomed', 'dialog.bk-zoom :is(.bk-zoom__title, button, output)');
          await page.keyboard.press('Escape');
        }

        // 5. The search dialog with results.
        await page.waitForFunction(() => customElements.get('site-search') !== undefined);
        await page.getByRole('button', { name: /search/i }).first().click();
        await page.locator('.pagefind-ui__search-input').first().fill('hypervisor');
        await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        await axe('search results', 'site-search dialog');
        await contrast('search results', '#starlight__search :is(.pagefind-ui__result-link, .pagefind-ui__result-excerpt, .pagefind-ui__message)');
      } finally {
        await context.close();
      }
      return problems.map((p) => `[${theme}, ${size}] ${p}`);
    });
    expect(found.flat()).toEqual([]);
  });
});
