/**
 * Every page on a 390 px phone, in both languages (the whole-book pages aside: they hold the same
 * chapters). One visit per page, pages in parallel in one browser context, then three checks:
 *
 * - The page is no wider than the screen (a page 402 px wide wobbles sideways under the thumb and
 *   loses its left margin), even when a heading's text ends in a space: Chinese headings with an id
 *   comment once did, and Starlight's anchor-icon padding then hung past the column.
 * - Table cells stay readable: a cell narrower than four of its characters may wrap only where a
 *   word ends (English "Host / L4"), never between the characters of a word or of Chinese text
 *   (表 12.1 read 最/强/：/在… one character a line); text marked to break anywhere (a hash) is
 *   exempt. A table whose cells reach past its box must scroll in that box, and the box must be
 *   reachable with the keyboard (itself focusable, or holding a link or control). The demos'
 *   tables count too, but the feature matrix (its phone layout of compact marks is its own).
 * - A quiz question's legend sits inside its card, not across the card's top border.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { htmlFiles, isWholeBook } from '../helpers/dist';
import { pathOf } from '../helpers/page-types';
import { inPool } from '../helpers/pool';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let browser: Browser;
useBrowser((b) => (browser = b));

const WIDTH = 390;
/** The narrowest a wrapping table cell may be, in its own ems (four Chinese characters). */
const MIN_CELL_EM = 4;

interface Found {
  width: { scrollWidth: number; innerWidth: number; wide: string[] };
  widthWithSpaces: number;
  tables: string[];
  tableCount: number;
  legends: string[];
  legendCount: number;
}

const pages = htmlFiles(dist).filter((f) => !isWholeBook(f));
const found = new Map<string, Found>();

function inspect(minEm: number): Promise<Found> {
  // Runs in the page (serialized by page.evaluate): no closures over test-file values.
  return (async () => {
    const viewport = document.documentElement.clientWidth;
    // What sticks out of the screen, for the failure message: elements not clipped by a box that fits.
    const wide: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect();
      if (!r.width || r.right <= viewport + 0.5) continue;
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= viewport + 0.5) clipped = true;
      }
      if (!clipped && wide.length < 5) wide.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right ${r.right.toFixed(1)} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
    }
    const width = { scrollWidth: document.documentElement.scrollWidth, innerWidth, wide };

    // Every table in the text: markdown tables, figures, and the demos' tables (but the feature
    // matrix, whose phone layout of compact marks demos.test.ts checks).
    const tables: string[] = [];
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const content = [...document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table:not(.dm-matrix)')].filter((t) => t.getClientRects().length);
    content.forEach((table, index) => {
      const caption = (table.closest('figure')?.querySelector('figcaption')?.textContent ?? table.rows[0]?.textContent ?? '').trim().slice(0, 40);
      const name = `table ${index + 1} (“${caption}”)`;
      const cells = [...table.querySelectorAll<HTMLElement>('th, td')];
      for (const cell of cells) {
        const cs = getComputedStyle(cell);
        const em = parseFloat(cs.fontSize);
        const inner = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        if (inner >= minEm * em - 0.5) continue;
        // Where the lines break: a break must follow a space, a hyphen or a slash.
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        let prevTop: number | undefined;
        let prevChar = '';
        const bad: string[] = [];
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const host = n.parentElement!;
          if (host.closest('.sr-only, [hidden]') || host.getBoundingClientRect().width <= 1) continue;
          // Text its author lets break anywhere (a SHA-256 sum has no words to keep whole).
          const hostStyle = getComputedStyle(host);
          if (hostStyle.overflowWrap === 'anywhere' || hostStyle.wordBreak === 'break-all') {
            prevTop = undefined;
            continue;
          }
          const text = n.data;
          for (let i = 0; i < text.length; i++) {
            if (/\s/.test(text[i]!)) {
              prevChar = text[i]!;
              continue;
            }
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (prevTop !== undefined && rect.top > prevTop + em / 2 && !/[\s\-‐–—/]/.test(prevChar)) bad.push(`${prevChar}|${text[i]}`);
            prevTop = rect.top;
            prevChar = text[i]!;
          }
        }
        if (bad.length) tables.push(`${name}: cell “${cell.textContent!.trim().slice(0, 24)}” is ${(inner / em).toFixed(1)} em wide and breaks inside words (${bad.slice(0, 3).join(' ')})`);
      }
      // The box that clips the table sideways (Starlight's tables are themselves such a box).
      let box: HTMLElement | null = null;
      for (let a: HTMLElement | null = table; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') {
          box = a;
          break;
        }
      }
      const right = Math.max(...cells.map((c) => c.getBoundingClientRect().right));
      if (!box) {
        if (right > viewport + 0.5) tables.push(`${name}: reaches ${right.toFixed(0)} px with nothing to scroll it`);
        return;
      }
      const boxRight = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
      if (right <= boxRight + 1) return;
      const where = `<${box.tagName.toLowerCase()} class="${box.getAttribute('class') ?? ''}">`;
      if (!/(auto|scroll)/.test(getComputedStyle(box).overflowX) || box.scrollWidth <= box.clientWidth + 1) {
        tables.push(`${name}: its cells reach ${right.toFixed(0)} px, past ${where} (${boxRight.toFixed(0)} px), which does not scroll`);
      } else if (box.tabIndex < 0 && !box.querySelector(focusable)) {
        tables.push(`${name}: scrolls inside ${where}, which the keyboard cannot reach`);
      }
    });

    // Quiz legends inside their cards.
    const legends: string[] = [];
    let legendCount = 0;
    for (const item of document.querySelectorAll<HTMLFieldSetElement>('fieldset.bk-quiz__item')) {
      const legend = item.querySelector(':scope > legend');
      if (!legend || !item.getClientRects().length) continue;
      legendCount++;
      const top = item.getBoundingClientRect().top + parseFloat(getComputedStyle(item).borderTopWidth);
      const l = legend.getBoundingClientRect();
      if (l.top < top - 0.5) legends.push(`“${legend.textContent!.trim().slice(0, 30)}” starts ${(top - l.top).toFixed(0)} px above the card's inside (on or over its top border)`);
    }

    // Last, as it changes the page: every heading's text ending in a space.
    for (const h of document.querySelectorAll('.sl-heading-wrapper > :first-child')) h.append(' ');
    const widthWithSpaces = document.documentElement.scrollWidth;
    return { width, widthWithSpaces, tables, tableCount: content.length, legends, legendCount };
  })();
}

describe('every page at 390 px, English and Chinese', () => {
  beforeAll(async () => {
    expect(pages.filter((f) => f.startsWith('zh-cn/')).length, 'Chinese pages').toBeGreaterThan(10);
    expect(pages.filter((f) => !f.startsWith('zh-cn/')).length, 'English pages').toBeGreaterThan(10);
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await inPool(pages, 4, async (file) => {
        const page = await context.newPage();
        try {
          await page.goto(`${siteUrl}${pathOf(file)}`, { waitUntil: 'load' });
          // MarkdownContent.astro's ResizeObserver makes scrolling tables focusable on its first frames.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          found.set(file, await page.evaluate(inspect, MIN_CELL_EM));
        } finally {
          await page.close();
        }
      });
    } finally {
      await context.close();
    }
  }, 240_000);
  afterAll(() => found.clear());

  it('are no wider than the screen', () => {
    expect(found.size).toBe(pages.length);
    const problems = [...found].filter(([, f]) => f.width.scrollWidth > WIDTH || f.width.innerWidth > WIDTH).map(([file, f]) => `${file}: ${f.width.scrollWidth} px wide (innerWidth ${f.width.innerWidth}); ${f.width.wide.join('; ')}`);
    expect(problems).toEqual([]);
  });

  it('stay no wider than the screen when a heading ends in a space', () => {
    const problems = [...found].filter(([, f]) => f.widthWithSpaces > WIDTH).map(([file, f]) => `${file}: ${f.widthWithSpaces} px wide`);
    expect(problems).toEqual([]);
  });

  it('keep table cells readable, and wide tables scrolling in a box the keyboard reaches', () => {
    const count = (zh: boolean) => [...found].filter(([file]) => file.startsWith('zh-cn/') === zh).reduce((n, [, f]) => n + f.tableCount, 0);
    expect(count(true), 'Chinese tables checked').toBeGreaterThan(10);
    expect(count(false), 'English tables checked').toBeGreaterThan(10);
    expect([...found].flatMap(([file, f]) => f.tables.map((t) => `${file}: ${t}`))).toEqual([]);
  });

  it('show quiz questions inside their cards', () => {
    expect([...found].reduce((n, [, f]) => n + f.legendCount, 0), 'quiz questions checked').toBeGreaterThan(10);
    expect([...found].flatMap(([file, f]) => f.legends.map((l) => `${file}: ${l}`))).toEqual([]);
  });
});
