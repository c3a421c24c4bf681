/**
 * The whole book on one page loads its chapters as the reader reaches them
 * (src/lib/whole-book-parts.ts, components/book/whole-book-loader.ts): a small first load, a
 * chapter arriving when the contents link to it, its demos working, links into a chapter not yet
 * loaded landing on their target, and "Load every chapter" bringing the rest, in both editions.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readBook } from '../../src/lib/book-files';
import { MESSAGES } from '../../src/i18n/messages';
import { useBrowser } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const book = readBook();
let browser: Browser;
useBrowser((b) => (browser = b));

async function open(path: string): Promise<{ page: Page; parts: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const parts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.htm')) parts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, parts, errors };
}

const waiting = (page: Page) => page.locator('section[data-part]').count();

describe('the whole-book page', () => {
  it('starts with its first chapter only, and loads a chapter when the contents link to it', async () => {
    const { page, parts, errors } = await open('whole-book/');
    const chapters = book.chapters.length;
    // Every later chapter and the appendix wait; none was fetched at the top of the page.
    expect(await waiting(page)).toBe(chapters);
    expect(parts).toEqual([]);
    // The chapter with the feature matrix (a demo with a script of its own).
    const matrix = book.chapters.find((c) => c.id === 'lightweight/containers')!;
    await page.locator(`.bk-contents a[href="#c${matrix.chapter}-chapter"]`).click();
    await expect.poll(() => page.locator(`section:has(> #c${matrix.chapter}-chapter)`).getAttribute('data-part')).toBeNull();
    expect(parts).toContain(`${book.chapters.indexOf(matrix) + 1}.htm`);
    await expect.poll(() => page.evaluate(() => customElements.get('feature-matrix') !== undefined)).toBe(true);
    expect(await page.locator(`section:has(> #c${matrix.chapter}-chapter) feature-matrix`).count()).toBe(1);
    expect(new URL(page.url()).hash).toBe(`#c${matrix.chapter}-chapter`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a link into a chapter or appendix not loaded yet to its target', async () => {
    const { page, errors } = await open('whole-book/');
    // The first chapter's first worked-answer pointer leads into the appendix.
    const pointer = page.locator('.bk-answer-pointer a').first();
    const target = (await pointer.getAttribute('href'))!;
    await pointer.click();
    await page.locator(target).waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate((id) => {
      const r = document.querySelector(id)!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    }, target)).toBe(true);
    // An address into a waiting chapter, opened directly.
    const last = book.chapters.at(-1)!;
    const direct = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await direct.goto(`${siteUrl}whole-book/#c${last.chapter}-summary`);
    await direct.locator(`#c${last.chapter}-summary`).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await direct.close();
    await page.close();
  });

  for (const [path, locale] of [['whole-book/', 'en'], ['zh-cn/whole-book/', 'zh-cn']] as const) {
    it(`loads every chapter on request and says so (${locale}), every script once`, async () => {
      const { page, errors } = await open(path);
      const m = MESSAGES[locale];
      const button = page.getByRole('button', { name: m.wholeBookLoadAll });
      await button.click();
      await expect.poll(() => waiting(page), { timeout: 60_000 }).toBe(0);
      await expect.poll(() => page.locator('.bk-parts__status').textContent()).toBe(m.wholeBookAllLoaded);
      expect(await button.isHidden()).toBe(true);
      // Every chapter and the appendix, with no duplicate custom-element definition (it throws).
      expect(await page.locator('#bk-whole-book > section.bk-chapter').count()).toBe(book.chapters.length + 1);
      expect(errors).toEqual([]);
      await page.close();
    }, 90_000);
  }

  it('without JavaScript, a waiting chapter links to its own page', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}whole-book/`);
    const second = book.chapters[1]!;
    const link = page.locator(`section:has(> #c${second.chapter}-chapter) .bk-part__pending a`);
    expect(new URL((await link.getAttribute('href'))!, siteUrl).pathname).toMatch(new RegExp(`/${second.id}/$`));
    expect(await page.locator('[data-load-all]').isHidden()).toBe(true);
    await page.close();
  });
});
