/**
 * A chapter read with the keyboard alone: Tab from the top of the page reaches a glossary term, a
 * cross-reference, the self-check quiz and a demo, each can be operated (a preview shows on focus
 * and Escape dismisses it; a quiz answer is chosen and checked; a demo control changes what the
 * demo shows), and every stop on the way shows where the focus is.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { htmlFiles, isWholeBook } from '../helpers/dist';
import { pageFacts, pathOf } from '../helpers/page-types';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let browser: Browser;

useBrowser((b) => (browser = b));

/** The chapter to read: the first with a term, a cross-reference and a quiz, preferring one with a demo. */
function chooseChapter() {
  const candidates = htmlFiles(dist)
    .filter((f) => !isWholeBook(f))
    .map((f) => pageFacts(dist, f))
    .filter((p) => p.term && p.ref && p.quiz);
  return candidates.find((p) => p.demos.length > 0) ?? candidates[0];
}

interface Stop {
  /** Where the focus is: a short description for messages. */
  where: string;
  kind: 'term' | 'ref' | 'quiz' | 'demo' | 'other';
  /** A visible focus indicator: a non-none outline or box-shadow on the focused element. */
  indicator: string | null;
}

/** What has focus now, which construct it belongs to, and how its focus is drawn. */
function focusState(page: Page, demoTags: string[]): Promise<Stop | null> {
  return page.evaluate((demos) => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : null;
    const shadow = s.boxShadow !== 'none' ? `box-shadow ${s.boxShadow}` : null;
    const kind = el.closest('.bk-term') ? 'term' : el.closest('.bk-ref') ? 'ref' : el.closest('bk-quiz') ? 'quiz' : demos.some((t) => el!.closest(t)) ? 'demo' : 'other';
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return { where: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${label}"`, kind, indicator: outline ?? shadow } as const;
  }, demoTags);
}

const previewShown = (page: Page, construct: string) =>
  page.evaluate((sel) => {
    const card = document.activeElement?.closest(sel)?.querySelector('.bk-pop__card');
    return card ? getComputedStyle(card).display !== 'none' : false;
  }, construct);

describe('a chapter with the keyboard alone', () => {
  it('reaches and operates a glossary term, a cross-reference, the quiz and a demo, with focus visible at every stop', { timeout: 180_000 }, async () => {
    const chapter = chooseChapter();
    // Not a silent skip: the book has chapters with all three, and this test must run on one.
    expect(chapter, 'a chapter with a glossary term, a cross-reference and a quiz').toBeDefined();
    const { file, demos } = chapter!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}${pathOf(file)}`, { waitUntil: 'networkidle' });

    const done = new Set<string>();
    const wanted = ['term', 'ref', 'quiz', ...(demos.length ? ['demo'] : [])];
    const invisible: string[] = [];
    const trail: string[] = [];
    for (let i = 0; i < 3000 && wanted.some((w) => !done.has(w)); i++) {
      await page.keyboard.press('Tab');
      const stop = await focusState(page, demos);
      if (!stop) continue;
      trail.push(stop.where);
      if (!stop.indicator) invisible.push(`${stop.where} (stop ${i + 1})`);
      if (done.has(stop.kind) || stop.kind === 'other') continue;

      if (stop.kind === 'term' || stop.kind === 'ref') {
        const construct = stop.kind === 'term' ? '.bk-term' : '.bk-ref';
        expect(await previewShown(page, construct), `${stop.kind} preview shown on focus at ${stop.where}`).toBe(true);
        await page.keyboard.press('Escape');
        expect(await previewShown(page, construct), `${stop.kind} preview dismissed by Escape at ${stop.where}`).toBe(false);
        done.add(stop.kind);
      } else if (stop.kind === 'quiz') {
        // Choose the focused answer with Space, then Tab to the item's Check button and press Enter.
        const isOption = await page.evaluate(() => (document.activeElement as HTMLInputElement).matches('.bk-quiz__option input'));
        if (!isOption) continue;
        await page.keyboard.press('Space');
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked), 'answer chosen with Space').toBe(true);
        const item = await page.evaluateHandle(() => document.activeElement!.closest('.bk-quiz__item')!);
        for (let j = 0; j < 20; j++) {
          await page.keyboard.press('Tab');
          const onCheck = await page.evaluate(() => document.activeElement?.matches('.bk-quiz__check') ?? false);
          const s = await focusState(page, demos);
          if (s && !s.indicator) invisible.push(`${s.where} (in the quiz)`);
          if (onCheck) break;
        }
        expect(await page.evaluate(() => document.activeElement?.matches('.bk-quiz__check') ?? false), 'Tab reaches the Check button').toBe(true);
        await page.keyboard.press('Enter');
        const result = await item.evaluate((el) => ({ mark: (el as HTMLElement).dataset.result, text: el.querySelector('.bk-quiz__result')?.textContent?.trim() ?? '' }));
        expect(['correct', 'wrong'], 'the checked item is graded').toContain(result.mark);
        expect(result.text.length, 'the grade is said in words').toBeGreaterThan(0);
        done.add('quiz');
      } else if (stop.kind === 'demo') {
        // Operate controls in turn until one changes what the demo shows (the first may be a
        // control whose effect is not visible from the default state).
        for (let j = 0; j < 8 && !done.has('demo'); j++) {
          const before = await page.evaluate((tags) => tags.map((t) => document.querySelector(t)?.textContent ?? '').join('|'), demos);
          const control = await page.evaluate(() => {
            const el = document.activeElement as HTMLInputElement;
            return { tag: el.tagName.toLowerCase(), type: el.type ?? '' };
          });
          if (control.tag === 'select') await page.keyboard.press('ArrowDown');
          else if (control.tag === 'input' && /^(number|range)$/.test(control.type)) await page.keyboard.press('ArrowUp');
          else if (control.tag === 'input' && /^(checkbox|radio)$/.test(control.type)) await page.keyboard.press('Space');
          else if (control.tag === 'input') await page.keyboard.type('1');
          else await page.keyboard.press('Enter');
          await page.waitForTimeout(150);
          const after = await page.evaluate((tags) => tags.map((t) => document.querySelector(t)?.textContent ?? '').join('|'), demos);
          if (after !== before) done.add('demo');
          else {
            await page.keyboard.press('Tab');
            const s = await focusState(page, demos);
            if (s && !s.indicator) invisible.push(`${s.where} (in the demo)`);
            if (s?.kind !== 'demo') break;
          }
        }
        expect(done.has('demo'), `a demo on ${file} responds to the keyboard`).toBe(true);
      }
    }
    expect([...done].sort(), `constructs reached by Tab on ${file} (last stops: ${trail.slice(-5).join(', ')})`).toEqual([...wanted].sort());
    expect(invisible, 'focus stops with no visible focus indicator').toEqual([]);
    await page.close();
  });
});
