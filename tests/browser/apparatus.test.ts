/** Browser tests for the textbook apparatus on real chapter pages. */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { pageWith, urlOf } from '../helpers/find-pages';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let browser: Browser;

useBrowser((b) => (browser = b));

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(`${siteUrl}${path}`);
  return page;
}

const cardVisible = (page: Page, pop: string) =>
  page.locator(pop).first().locator('.bk-pop__card').evaluate((el) => getComputedStyle(el).display !== 'none');

describe('previews', () => {
  for (const [kind, selector] of [
    ['glossary term', '.bk-term'],
    ['cross-reference', '.bk-ref'],
    ['citation', '.bk-cite'],
  ] as const) {
    it(`show a ${kind}'s preview on keyboard focus and on hover, close it on Escape, and shift nothing`, async () => {
      const page = await open(urlOf(pageWith(dist, [selector])));
      const pop = page.locator(selector).first();
      const link = pop.locator('a').first();
      expect(await cardVisible(page, selector)).toBe(false);
      // Layout, not viewport, position: focusing a link may scroll the page, which is not a shift.
      const layout = () => page.evaluate(() => { const m = document.querySelector('main')!; return [m.offsetTop, m.offsetHeight, m.offsetWidth, document.documentElement.scrollWidth]; });
      const before = await layout();
      await link.focus();
      // Polled, not a fixed wait: on a busy machine the preview's timers run late.
      await expect.poll(() => cardVisible(page, selector)).toBe(true);
      // The preview is announced: the link is described by the card.
      const describedBy = await link.getAttribute('aria-describedby');
      expect(await pop.locator(`[id="${describedBy}"]`).textContent()).toBeTruthy();
      expect(await layout()).toEqual(before);
      await page.keyboard.press('Escape');
      await expect.poll(() => cardVisible(page, selector)).toBe(false);
      await link.blur();
      await pop.hover();
      await expect.poll(() => cardVisible(page, selector)).toBe(true);
      await page.close();
    });
  }
});

describe('self-check quiz', () => {
  it('grades with the keyboard, explains, and remembers the answers across a reload', async () => {
    const page = await open(urlOf(pageWith(dist, ['bk-quiz'])));
    const item = page.locator('.bk-quiz__item').first();
    const correctIndex = await item.locator('.bk-quiz__option').evaluateAll((opts) => opts.findIndex((o) => (o as HTMLElement).dataset.correct === 'true'));
    const input = item.locator('input').nth(correctIndex);
    await input.focus();
    await page.keyboard.press('Space');
    await item.locator('.bk-quiz__check').focus();
    await page.keyboard.press('Enter');
    await expect(item.locator('.bk-quiz__result').textContent()).resolves.toBe('Correct.');
    expect(await item.locator('.bk-quiz__explain').nth(correctIndex).isVisible()).toBe(true);
    await page.reload();
    const again = page.locator('.bk-quiz__item').first();
    await again.locator('.bk-quiz__result').filter({ hasText: 'Correct.' }).waitFor();
    expect(await again.locator('input').nth(correctIndex).isChecked()).toBe(true);
    await page.locator('.bk-quiz__reset').first().click();
    expect(await again.locator('input').nth(correctIndex).isChecked()).toBe(false);
    await page.close();
  });

  it('says a wrong answer is wrong', async () => {
    const page = await open(urlOf(pageWith(dist, ['bk-quiz'])));
    const item = page.locator('.bk-quiz__item').first();
    const wrongIndex = await item.locator('.bk-quiz__option').evaluateAll((opts) => opts.findIndex((o) => (o as HTMLElement).dataset.correct !== 'true'));
    await item.locator('input').nth(wrongIndex).check();
    await item.locator('.bk-quiz__check').click();
    await expect(item.locator('.bk-quiz__result').textContent()).resolves.toMatch(/^Not quite/);
    await page.close();
  });
});

describe('reading progress', () => {
  it('marks a chapter read: the sidebar ticks it and the home page counts it, after a reload', async () => {
    const chapter = urlOf(pageWith(dist, ['bk-mark-read']));
    const page = await open(chapter);
    const button = page.locator('bk-mark-read button');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    const current = page.locator('#starlight__sidebar a[aria-current="page"]');
    await expect(current.getAttribute('data-read')).resolves.toBe('');
    await page.goto(siteUrl);
    await expect(page.locator('.bk-progress__summary').textContent()).resolves.toMatch(/^1 of \d+ chapters read/);
    await page.close();
  });
});

describe('search', () => {
  async function search(page: Page, query: string) {
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.locator('.pagefind-ui__search-input').fill(query);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    // Results render one by one, each a placeholder without a link until its page's data arrives:
    // wait until as many have their title link as the message announces (up to the five Pagefind
    // shows before "Load more") and no placeholder is left.
    const announced = Number((await page.locator('.pagefind-ui__message').textContent())?.match(/\d+/)?.[0] ?? 1);
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('.pagefind-ui__result-title .pagefind-ui__result-link[href]').length >= n &&
        document.querySelector('.pagefind-ui__result .pagefind-ui__loading') === null,
      Math.min(announced, 5),
    );
    return page.locator('.pagefind-ui__result');
  }

  it('finds a Chinese word inside a longer term: 页表 finds 影子页表, 虚拟化 finds 半虚拟化', async () => {
    for (const [query, longer] of [
      ['页表', '影子页表'],
      ['虚拟化', '半虚拟化'],
    ] as const) {
      const page = await open('');
      const results = await search(page, query);
      const urls = await results.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      let found = false;
      for (const url of urls) {
        const text = await (await fetch(url.split('?')[0]!)).text();
        if (text.includes(longer)) found = true;
      }
      expect(found, `a result for ${query} contains ${longer}`).toBe(true);
      await page.close();
    }
  });

  it('shows the section a result hits, and highlights the terms on the page it opens', async () => {
    const page = await open('');
    const results = await search(page, 'hypervisor');
    // Some result lists the sections it hits, each linking to the section's anchor.
    const nested = results.locator('.pagefind-ui__result-nested .pagefind-ui__result-link');
    await nested.first().waitFor();
    const hrefs = await nested.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => /#[a-z0-9-]+$/.test(h)), hrefs.join(' ')).toBe(true);
    await results.first().locator('.pagefind-ui__result-link').first().click();
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('hypervisor');
    await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
    await page.close();
  });
});
