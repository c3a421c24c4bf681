/** Browser tests for the site shell: search, theme persistence, the phone navigation menu, the 404 page. */
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readBook } from '../../src/lib/book-files';
import { pageHref } from '../../src/lib/book-order';
import { useBrowser } from '../helpers/browser';
import { uniqueWord } from '../helpers/unique-word';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let browser: Browser;

useBrowser((b) => (browser = b));

describe('the site in a browser', () => {
  it('finds a word that appears on one page only and opens that page', async () => {
    // The word is picked from the built pages, so the test keeps working as the book grows.
    const { word, file } = uniqueWord(dist);
    const page = await browser.newPage();
    await page.goto(siteUrl);
    // Clicking before the search element is defined does nothing: wait for it, as a reader would.
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.getByRole('button', { name: /search/i }).first().click();
    const input = page.locator('.pagefind-ui__search-input').first();
    await input.fill(word);
    // One result per page; a result may list sections of that page as nested links.
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor({ timeout: 15_000 });
    expect(await results.count(), `results for "${word}"`).toBe(1);
    await results.first().locator('.pagefind-ui__result-link').first().click();
    await page.waitForLoadState('domcontentloaded');
    const expected = `${new URL(siteUrl).pathname}${file.replace(/index\.html$/, '')}`;
    expect(new URL(page.url()).pathname).toBe(expected);
    await page.close();
  });

  it('answers a missing address, in either edition, with the 404 page, whose "Report a problem" names that address', async () => {
    const page = await browser.newPage();
    const missing = `${siteUrl}zh-cn/no-such-chapter/`;
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main [lang="zh-CN"]').first().textContent()).toMatch(/此网址没有页面/);
    const report = new URL((await page.locator('a.bk-report-link').getAttribute('href'))!);
    expect(report.searchParams.get('title')).toBe(`Missing page: ${new URL(missing).pathname}`);
    expect(report.searchParams.get('body')).toContain(`Address not found: ${missing}`);
    await page.close();
  });

  it('keeps the chosen theme across a reload', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${siteUrl}preface/`);
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await select.selectOption('light');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.close();
  });

  it('opens the navigation menu at phone width and follows a link in it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl}preface/`);
    const toggle = page.getByRole('button', { name: /menu/i }).first();
    await expect(toggle.isVisible()).resolves.toBe(true);
    await toggle.click();
    const sidebar = page.locator('#starlight__sidebar');
    await sidebar.waitFor({ state: 'visible' });
    expect(await sidebar.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const link = page.locator('#starlight__sidebar a', { hasText: 'Home' }).first();
    await link.click();
    await page.waitForURL((url) => url.pathname === new URL(siteUrl).pathname);
    expect(await page.title()).toMatch(/Virtualization/);
    await page.close();
  });

  it('never scrolls sideways at phone width', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const wide: string[] = [];
    for (const p of readBook().pages) {
      await page.goto(`${siteUrl}${pageHref(p.id, '/').slice(1)}`);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client) wide.push(`${p.id}: ${scroll}px wide in a ${client}px viewport`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});
