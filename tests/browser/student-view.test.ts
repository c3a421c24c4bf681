/**
 * What a student sees (issue #15), on the built site in Chromium: previews that stay on top and in
 * view near the right edge, glossary terms that explain themselves on a tap, a home page with a
 * phone menu and a theme switch, real tables of contents on the generated back-matter pages, and
 * a chapter that prints as a book page (light, answers shown, no live controls, legible diagrams).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CLIENT_MESSAGES, type Locale } from '../../src/i18n/client';
import { LAB_MESSAGES } from '../../src/i18n/lab';
import { MESSAGES } from '../../src/i18n/messages';
import { useBrowser } from '../helpers/browser';
import { WHOLE_BOOK_FILES, htmlFiles } from '../helpers/dist';
import { pageWith, urlOf } from '../helpers/find-pages';
import { inPool } from '../helpers/pool';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let browser: Browser;
useBrowser((b) => (browser = b));

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function open(path: string, options: BrowserContextOptions, theme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ ...options, colorScheme: theme, reducedMotion: 'reduce' });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

/** Is the card the topmost element at its centre and at its corners (inset 4 px), and inside the viewport? */
function cardOnTop(page: Page) {
  return page.evaluate(() => {
    const card = [...document.querySelectorAll<HTMLElement>('.bk-pop__card')].find((c) => getComputedStyle(c).display !== 'none');
    if (!card) return { shown: false, problems: ['no preview card is shown'] };
    const r = card.getBoundingClientRect();
    const problems: string[] = [];
    if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) {
      problems.push(`card ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside the ${innerWidth}×${innerHeight} viewport`);
    }
    const inset = 4;
    const points: [string, number, number][] = [
      ['centre', r.left + r.width / 2, r.top + r.height / 2],
      ['top left', r.left + inset, r.top + inset],
      ['top right', r.right - inset, r.top + inset],
      ['bottom left', r.left + inset, r.bottom - inset],
      ['bottom right', r.right - inset, r.bottom - inset],
    ];
    for (const [name, x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === card || card.contains(hit))) {
        const what = hit ? `<${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}">` : 'nothing';
        problems.push(`${name}: ${what} is on top of the card`);
      }
    }
    return { shown: true, problems };
  });
}

describe('previews near the right edge', () => {
  const chapter = urlOf(pageWith(dist, ['.bk-ref', '.bk-cite', '.bk-term']));
  for (const [size, options] of [['1280 px', DESKTOP], ['390 px', PHONE]] as const) {
    it(`stay on top of every column and inside the viewport at ${size}, light and dark`, async () => {
      const found = await inPool(['light', 'dark'] as const, 2, async (theme) => {
        const { page, close } = await open(chapter, options, theme);
        try {
          const problems: string[] = [];
          for (const selector of ['.bk-ref', '.bk-cite']) {
            // The preview whose link sits furthest right in the text column.
            const index = await page.evaluate((sel) => {
              const pops = [...document.querySelectorAll('.sl-markdown-content ' + sel)];
              let best = 0;
              pops.forEach((p, i) => { if (p.getBoundingClientRect().right > pops[best]!.getBoundingClientRect().right) best = i; });
              return best;
            }, selector);
            const link = page.locator(`.sl-markdown-content ${selector}`).nth(index).locator('a').first();
            await link.scrollIntoViewIfNeeded();
            if (size === '390 px') await link.focus();
            else await link.hover();
            await page.waitForTimeout(100);
            const r = await cardOnTop(page);
            problems.push(...r.problems.map((p) => `[${theme}] ${selector}: ${p}`));
            await page.keyboard.press('Escape');
            await page.mouse.move(0, 0);
          }
          return problems;
        } finally {
          await close();
        }
      });
      expect(found.flat()).toEqual([]);
    });
  }
});

describe('on a phone (390 px)', () => {
  it('a tap on a cross-reference or citation previews it first, and a second tap follows it', async () => {
    const { page, close } = await open(urlOf(pageWith(dist, ['.bk-ref', '.bk-cite'])), PHONE);
    try {
      for (const selector of ['.sl-markdown-content .bk-ref', '.sl-markdown-content .bk-cite']) {
        const before = page.url();
        const pop = page.locator(selector).first();
        const link = pop.locator(':scope > a').first();
        await link.scrollIntoViewIfNeeded();
        await link.tap();
        await page.waitForTimeout(150);
        expect(page.url(), `${selector}: the first tap stays on the page`).toBe(before);
        await expect.poll(() => pop.locator('.bk-pop__card').isVisible(), { message: `${selector}: preview shown` }).toBe(true);
        const href = (await link.getAttribute('href'))!;
        await link.tap();
        // Following a link to another page takes as long as that page takes to load (a fixed wait
        // failed a CI run on a busy machine).
        await expect.poll(() => page.url(), { message: `${selector}: the second tap follows the link` }).toContain(href.split('#')[1] ?? href);
        if (page.url() !== before) await page.goto(before);
      }
    } finally {
      await close();
    }
  });

  it('a tap on a glossary term shows its definition in place, with a link to the glossary entry', async () => {
    const { page, close } = await open(urlOf(pageWith(dist, ['.bk-term'])), PHONE);
    try {
      const before = page.url();
      const term = page.locator('.sl-markdown-content .bk-term').first();
      const link = term.locator('.bk-term__link');
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/glossary\/#/);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await page.waitForTimeout(150);
      expect(page.url(), 'the tap did not leave the chapter').toBe(before);
      const shown = await cardOnTop(page);
      expect(shown.problems).toEqual([]);
      const more = term.locator('.bk-pop__more');
      expect(await more.isVisible()).toBe(true);
      expect(await more.getAttribute('href')).toBe(href);
      // A second tap closes it; a tap on the link inside opens the glossary at the entry.
      await link.tap();
      await page.waitForTimeout(100);
      expect(await term.locator('.bk-pop__card').isVisible()).toBe(false);
      await link.tap();
      await more.tap();
      await page.waitForURL(/glossary\/#/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('the home page has the menu button, and the menu holds the navigation and the theme switch', async () => {
    const { page, close } = await open('', PHONE, 'dark');
    try {
      const menu = page.getByRole('button', { name: /menu/i }).first();
      expect(await menu.isVisible(), 'menu button').toBe(true);
      await menu.tap();
      const select = page.locator('starlight-theme-select select').filter({ visible: true }).first();
      await select.waitFor({ state: 'visible' });
      await select.selectOption('light');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await page.locator('#starlight__sidebar a[href*="what-is-virtualization"]').first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('generated back matter has a real table of contents', () => {
  for (const path of ['glossary/', 'sources/']) {
    it(`${path}: "On this page" lists at least 10 sections, each linking to an element on the page`, async () => {
      const { page, close } = await open(path, DESKTOP);
      try {
        const links = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('starlight-toc nav a')].map((a) => ({ text: a.textContent?.trim() ?? '', hash: decodeURIComponent(a.hash.slice(1)) })),
        );
        expect(links.length, JSON.stringify(links)).toBeGreaterThanOrEqual(10);
        const missing = await page.evaluate((hashes) => hashes.filter((h) => !document.getElementById(h)), links.map((l) => l.hash));
        expect(missing).toEqual([]);
        // The phone's "On this page" menu gets the same list.
        const mobile = await page.locator('mobile-starlight-toc nav a').count();
        expect(mobile).toBe(links.length);
      } finally {
        await close();
      }
    });
  }
});

describe('printing a chapter', () => {
  // A chapter with worked answers, a demo or simulator, and a diagram, when the book has one.
  const file = (() => {
    for (const sel of [['.bk-answer', '.sim', '.mermaid-diagram'], ['.bk-answer', '.mermaid-diagram'], ['.bk-answer']]) {
      try { return pageWith(dist, sel); } catch { /* try fewer constructs */ }
    }
    throw new Error('no chapter with worked answers');
  })();

  it('uses the light palette from the dark theme, shows the answers and hides live controls', async () => {
    const { page, close } = await open(urlOf(file), DESKTOP, 'dark');
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const r = await page.evaluate(() => {
        const bg = (el: Element) => getComputedStyle(el).backgroundColor;
        const visible = (el: Element) => {
          const s = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return s.display !== 'none' && s.visibility !== 'hidden' && box.width > 0 && box.height > 0;
        };
        const answers = [...document.querySelectorAll('.bk-answer__body')];
        return {
          html: bg(document.documentElement),
          body: bg(document.body),
          colorScheme: getComputedStyle(document.documentElement).colorScheme,
          text: getComputedStyle(document.querySelector('.sl-markdown-content p')!).color,
          answers: answers.length,
          hiddenAnswers: answers.filter((a) => !visible(a) || (a.textContent ?? '').trim() === '').length,
          controls: [...document.querySelectorAll('.bk-figure :is(button, input, select, textarea), .sim :is(button, input, select)')]
            .filter(visible)
            .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}`),
          progress: [...document.querySelectorAll('.sl-markdown-content *')].filter((el) => visible(el) && /^Step \d+ of \d+/.test(el.textContent ?? '') && el.children.length === 0).length,
        };
      });
      expect(r.answers).toBeGreaterThan(0);
      expect(r.hiddenAnswers, 'worked answers hidden in print').toBe(0);
      expect([r.html, r.body]).toEqual(['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
      expect(r.colorScheme).toBe('light');
      expect(r.text).toBe('rgb(0, 0, 0)');
      expect(r.controls, 'live controls in print').toEqual([]);
      expect(r.progress, '"Step n of m" status lines in print').toBe(0);
    } finally {
      await close();
    }
  });

  it('makes a PDF of the chapter with legible diagrams', { timeout: 120_000 }, async () => {
    const { page, close } = await open(urlOf(file), DESKTOP, 'dark');
    const dir = mkdtempSync(join(tmpdir(), 'book-print-'));
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      // On A4 with the book's margins: every diagram label is at least 7 pt (9.3 CSS px) on paper.
      await page.setViewportSize({ width: 680, height: 900 });
      const small = await page.evaluate(() => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('.mermaid-diagram > svg')) {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          const min = Math.min(...sizes);
          if (min < 9.3) out.push(`${svg.querySelector('title')?.textContent}: ${min.toFixed(1)} px`);
        }
        return out;
      });
      expect(small, 'diagram labels below 7 pt on paper').toEqual([]);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const file = join(dir, 'chapter.pdf');
      writeFileSync(file, pdf);
      // The first page is white paper, not a dark page (pdftoppm: Debian's poppler-utils, which CI installs).
      execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-gray', file, join(dir, 'p')]);
      const pgm = readdirSync(dir).find((f) => f.endsWith('.pgm'));
      expect(pgm).toBeDefined();
      // Binary PGM: "P5", width, height, maxval, then one byte a pixel. Mean of the top rows
      // (the page margin and the title): paper is white (255), a dark page would be near 0.
      const data = readFileSync(join(dir, pgm!));
      const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(data.subarray(0, 30).toString('latin1'))!.map(Number) as [number, number, number];
      const pixels = data.subarray(data.length - w * h);
      const top = pixels.subarray(0, w * Math.round(h / 10));
      const mean = top.reduce((a, b) => a + b, 0) / top.length;
      expect(mean, 'brightness of the top of page 1').toBeGreaterThan(230);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await close();
    }
  });
});

/** The text of a PDF, one string a page (pdftotext: Debian's poppler-utils, which CI installs). */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'book-print-text-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe('printing folded content', () => {
  // The boot comparison folds "how each figure was measured" once its script runs; paper cannot
  // unfold it, and page.pdf() and the book PDF fire no beforeprint event to open it.
  const file = pageWith(dist, ['details.dm-sources']);
  it(`${file}: every <details> of the text prints unfolded, without a beforeprint event, and its tables keep words whole`, async () => {
    // An A4 page's width at 96 dpi, as page.pdf() lays it out.
    const { page, close } = await open(urlOf(file), { viewport: { width: 794, height: 1123 } });
    try {
      await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('details.dm-sources')?.open === false);
      await page.emulateMedia({ media: 'print' });
      const folded = await page.evaluate(() =>
        [...document.querySelectorAll('.sl-markdown-content details')]
          .filter((d) => [...d.children].some((c) => c.tagName !== 'SUMMARY' && !c.checkVisibility() && (c.textContent ?? '').trim() !== ''))
          .map((d) => d.className || d.querySelector('summary')?.textContent?.slice(0, 40)),
      );
      expect(folded).toEqual([]);
      // Tables print with whole words: no word of up to 20 characters split across two lines of its
      // cell (Starlight's print CSS let cells break anywhere, and "~5/10 s" printed as "~5/1" "0 s").
      // A break after a hyphen ("Mini-" "OS") is ordinary typesetting.
      const split = await page.evaluate(() => {
        const found: string[] = [];
        for (const cell of document.querySelectorAll('.sl-markdown-content :is(td, th)')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? '').matchAll(/[^\s\u4e00-\u9fff-]{2,20}/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) found.push(m[0]);
            }
          }
        }
        return found;
      });
      expect(split, 'words split across lines in printed table cells').toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('printing with the browser (page.pdf, print media, A4)', () => {
  // A chapter with a lab, a simulator, a quiz, worked answers and diagrams, in both languages.
  const chineseFiles = htmlFiles(dist).filter((f) => f.startsWith('zh-cn/'));
  const english = pageWith(dist, ['linux-lab', '.sim', '.bk-quiz__item', '.bk-answer', '.mermaid-diagram'], [...WHOLE_BOOK_FILES, ...chineseFiles]);
  const chinese = `zh-cn/${english}`;
  // Starlight's "On this page" (the phone's bar and the desktop column) in each language.
  const onThisPage: Record<Locale, string> = { en: 'On this page', 'zh-cn': '本页内容' };
  const workedAnswer: Record<Locale, string> = { en: 'Worked answer.', 'zh-cn': '解答：' };

  const cases = (['en', 'zh-cn'] as const).flatMap((locale) =>
    ([['390 px', PHONE], ['1280 px', DESKTOP]] as const).map(([size, options]) => ({ locale, size, options })),
  );
  it('a chapter in each language, from a phone and a desktop window: no site header, no "On this page", no controls, worked answers labelled, quiz options as a lettered list', { timeout: 180_000 }, async () => {
    expect(chineseFiles).toContain(chinese);
    const found = await inPool(cases, 2, async ({ locale, size, options }) => {
      const { page, close } = await open(urlOf(locale === 'en' ? english : chinese), options);
      const where = `[${locale} ${size}]`;
      try {
        // What the page shows on screen: its site title, its worked answers and quiz options.
        const screen = await page.evaluate(() => ({
          title: document.querySelector('.site-title')?.textContent?.trim() ?? '',
          answers: document.querySelectorAll('.bk-answer').length,
          options: document.querySelectorAll('.bk-quiz__option').length,
        }));
        // Print media, as page.pdf() lays the page out: no control of the main column, no site
        // header, no sidebar, no "On this page".
        await page.emulateMedia({ media: 'print' });
        const shown = await page.evaluate(() => {
          const visible = (el: Element) => {
            const s = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            return s.display !== 'none' && s.visibility !== 'hidden' && box.width > 0 && box.height > 0;
          };
          return [...document.querySelectorAll('main :is(button, input, select, textarea, summary, [role="toolbar"]), header, mobile-starlight-toc, #starlight__sidebar, .right-sidebar-container')]
            .filter(visible)
            .map((el) => `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}> ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}`);
        });
        const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
        const lines = pages.flatMap(linesOf);
        const text = pages.join('\n');
        // The same page printed with every control and the site's navigation removed: the print
        // must read exactly the same (display: none and removal lay out alike), so no button, select,
        // key hint or bar of the page reaches the paper, whatever its label.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('main :is(button, input, select, textarea, [role="toolbar"]), header, mobile-starlight-toc, #starlight__sidebar, .right-sidebar-container')) el.remove();
        });
        const bare = pdfPages(await page.pdf({ format: 'A4', printBackground: true })).flatMap(linesOf);
        const problems: string[] = [];
        const count = new Map<string, number>();
        for (const l of lines) count.set(l, (count.get(l) ?? 0) + 1);
        for (const l of bare) count.set(l, (count.get(l) ?? 0) - 1);
        const extra = [...count].filter(([, n]) => n > 0).map(([l, n]) => (n > 1 ? `${l} (×${n})` : l));
        if (extra.length) problems.push(`printed lines that are controls or navigation: ${JSON.stringify(extra.slice(0, 12))}`);
        if (screen.title === '') problems.push('no site title on screen to look for');
        const headed = pages.filter((p) => linesOf(p)[0] === screen.title).length;
        if (headed > 0) problems.push(`${headed} of ${pages.length} pages begin with the site title "${screen.title}"`);
        if (text.includes(onThisPage[locale])) problems.push(`"${onThisPage[locale]}" printed`);
        const hidden = new Map<string, number>();
        for (const el of shown) hidden.set(el, (hidden.get(el) ?? 0) + 1);
        for (const [el, n] of hidden) problems.push(`shown in print: ${el}${n > 1 ? ` (×${n})` : ''}`);
        // The buttons' labels, in the page's language.
        const m = MESSAGES[locale];
        const labels = [CLIENT_MESSAGES[locale].quizShowAnswer, m.showAnswer, m.openDiagram, LAB_MESSAGES[locale].start];
        for (const label of labels) if (text.includes(label)) problems.push(`button label "${label}" printed`);
        // Every worked answer under its label, in the page's language.
        const labelled = text.split(workedAnswer[locale]).length - 1;
        if (screen.answers === 0) problems.push('no worked answers on the page');
        if (labelled < screen.answers) problems.push(`${labelled} "${workedAnswer[locale]}" labels for ${screen.answers} worked answers`);
        // Quiz options print as a list to answer with a pen: "A. …", "B. …".
        const lettered = lines.filter((l) => /^[A-Z]\.\s*\S/.test(l)).length;
        if (lettered < screen.options) problems.push(`${lettered} lettered lines for ${screen.options} quiz options`);
        return problems.map((p) => `${where} ${p}`);
      } finally {
        await close();
      }
    });
    expect(found.flat()).toEqual([]);
  });

  it('the whole-book page prints its appendix of answers headed by the question number alone ("4.1")', { timeout: 120_000 }, async () => {
    const found = await inPool(['en', 'zh-cn'] as const, 2, async (locale) => {
      const { page, close } = await open(`${locale === 'en' ? '' : 'zh-cn/'}whole-book/#appendix-answers`, DESKTOP);
      try {
        await page.locator('.bk-appendix__answers > li').first().waitFor({ state: 'attached' });
        // Print the appendix alone (the whole book takes minutes).
        const answers = await page.evaluate(() => {
          for (const el of document.querySelectorAll('#bk-whole-book > :not(.bk-appendix)')) el.remove();
          return [...document.querySelectorAll('.bk-appendix__answers > li .bk-answer__for strong')].map((s) => s.textContent!.trim());
        });
        const lines = pdfPages(await page.pdf({ format: 'A4' })).flatMap(linesOf);
        const problems: string[] = [];
        if (answers.length < 5) problems.push(`only ${answers.length} answers in the appendix`);
        const back = MESSAGES[locale].wholeBookBackToQuestion;
        if (lines.some((l) => l.includes(back))) problems.push(`"${back}" printed`);
        // Each answer is headed by its number alone ("4.1"), on a line of its own, in order, with no
        // list counter ("1.") before it.
        let at = 0;
        for (const [i, line] of lines.entries()) {
          if (line.replace(/\s+/g, ' ').startsWith(`${answers[at]} `) || line === answers[at]) {
            if (line !== answers[at]) problems.push(`answer ${answers[at]} headed "${line}"`);
            if (lines[i - 1] === `${answers[at]!.split('.')[1]}.`) problems.push(`answer ${answers[at]} after a list counter "${lines[i - 1]}"`);
            at++;
          } else if (new RegExp(`^\\d+\\.\\s+${answers[at]?.replace('.', '\\.')}\\b`).test(line)) {
            problems.push(`answer ${answers[at]} headed "${line}"`);
            at++;
          }
          if (at === answers.length) break;
        }
        if (at < answers.length) problems.push(`answer ${answers[at]} not found as a heading (${at} of ${answers.length} found)`);
        return problems.map((p) => `[${locale}] ${p}`);
      } finally {
        await close();
      }
    });
    expect(found.flat()).toEqual([]);
  });
});
