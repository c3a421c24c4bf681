/**
 * The self-check quiz as a student meets it: each reader gets their own option order, the same on
 * every visit; a first wrong answer says "try again" and reveals nothing; a second wrong answer (or
 * "Show answer") reveals the right one; the chapter keeps a score and the home page shows the total.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { parse } from 'node-html-parser';
import { htmlFiles, isWholeBook, readPage } from '../helpers/dist';
import { pageFacts, pathOf } from '../helpers/page-types';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let browser: Browser;
useBrowser((b) => (browser = b));

/** A single-answer question with at least three options: a retry needs two wrong ones to choose. */
const RETRY_ITEM = (item: { querySelector: (s: string) => unknown; querySelectorAll: (s: string) => { length: number } }) =>
  item.querySelector('input[type="radio"]') !== null && item.querySelectorAll('.bk-quiz__option[data-correct="false"]').length >= 2;
// Found by what it holds, not by name: a new chapter whose questions have two options each comes
// first in the file list and broke this test once.
const chapter = htmlFiles(dist).find(
  (f) => !isWholeBook(f) && pageFacts(dist, f).quiz && parse(readPage(dist, f)).querySelectorAll('.bk-quiz__item').some(RETRY_ITEM),
);

async function openChapter(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}${pathOf(chapter!)}`);
  await page.waitForFunction(() => customElements.get('bk-quiz') !== undefined);
  return page;
}

/** The order the options are shown in: their values (source indexes), question by question. */
const order = (page: Page) =>
  page.locator('.bk-quiz__item').evaluateAll((items) => items.map((i) => [...i.querySelectorAll('.bk-quiz__option input')].map((x) => (x as HTMLInputElement).value).join('')));

describe('the self-check quiz', () => {
  it('shows each reader their own order, stable across reloads', async () => {
    expect(chapter, 'a page with a quiz').toBeDefined();
    const a = await browser.newContext();
    const pageA = await openChapter(a);
    const first = await order(pageA);
    await pageA.reload();
    await pageA.waitForFunction(() => customElements.get('bk-quiz') !== undefined);
    expect(await order(pageA), 'the same reader, after a reload').toEqual(first);
    // Other readers (other keys) see other orders.
    const others = new Set<string>();
    for (const key of ['reader-one', 'reader-two', 'reader-three']) {
      const ctx = await browser.newContext();
      await ctx.addInitScript((k) => localStorage.setItem('bk-reader-key', k), key);
      const p = await openChapter(ctx);
      others.add((await order(p)).join('|'));
      await ctx.close();
    }
    others.add(first.join('|'));
    expect(others.size, 'four readers, orders').toBeGreaterThan(1);
    await a.close();
  });

  it('gives a retry before revealing, a "Show answer" button, and keeps score here and on the home page', async () => {
    const ctx = await browser.newContext();
    const page = await openChapter(ctx);
    // A single-answer question with at least three options.
    const index = await page.locator('.bk-quiz__item').evaluateAll(
      (items) => items.findIndex((i) => i.querySelector('input[type="radio"]') && i.querySelectorAll('.bk-quiz__option[data-correct="false"]').length >= 2),
    );
    const item = page.locator('.bk-quiz__item').nth(index);
    const wrong = item.locator('.bk-quiz__option[data-correct="false"] input');
    expect(await wrong.count()).toBeGreaterThanOrEqual(2);
    await wrong.nth(0).check();
    await item.locator('.bk-quiz__check').click();
    expect(await item.locator('.bk-quiz__result').innerText()).toMatch(/^Not quite — try again/);
    // Nothing reveals the right answer yet; the chosen option's explanation is shown.
    expect(await item.locator('.bk-quiz__option[data-mark="correct"]').count()).toBe(0);
    expect(await item.locator('.bk-quiz__option[data-correct="true"] .bk-quiz__explain').isVisible()).toBe(false);
    expect(await item.locator('.bk-quiz__option[data-mark="wrong"] .bk-quiz__explain').isVisible()).toBe(true);
    // A second wrong answer reveals it.
    await wrong.nth(1).check();
    await item.locator('.bk-quiz__check').click();
    expect(await item.locator('.bk-quiz__result').innerText()).toMatch(/right answer is marked below/);
    expect(await item.locator('.bk-quiz__option[data-mark="correct"]').count()).toBe(1);
    expect(await item.locator('.bk-quiz__option[data-correct="true"] .bk-quiz__explain').isVisible()).toBe(true);

    // Another question answered right at the first try.
    const items = page.locator('.bk-quiz__item');
    const firstQid = await item.getAttribute('data-qid');
    const rest = (await items.evaluateAll((all) => all.map((i) => (i as HTMLElement).dataset.qid!))).filter((q) => q !== firstQid);
    const second = page.locator(`.bk-quiz__item[data-qid="${rest[0]}"]`);
    for (const input of await second.locator('.bk-quiz__option[data-correct="true"] input').all()) await input.check();
    await second.locator('.bk-quiz__check').click();
    expect(await second.locator('.bk-quiz__result').innerText()).toBe('Correct.');
    // A third: "Show answer" straight away.
    const third = page.locator(`.bk-quiz__item[data-qid="${rest[1]}"]`);
    await third.locator('.bk-quiz__show').click();
    expect(await third.locator('.bk-quiz__option[data-mark="correct"]').count()).toBeGreaterThan(0);
    const total = await items.count();
    expect(await page.locator('.bk-quiz__score').first().innerText()).toBe(`1 of ${total} correct so far; 2 answers shown.`);

    // The home page adds it up.
    const home = await ctx.newPage();
    await home.goto(siteUrl);
    await expect.poll(() => home.locator('.bk-progress__quiz').innerText()).toMatch(/^Self-check quizzes: 1 of \d+ questions answered correctly \(2 answers shown\)\.$/);
    await ctx.close();
  });
});
