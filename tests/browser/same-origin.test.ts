/**
 * Every request a reader's browser makes is to the book's own origin: each kind of page is loaded,
 * scrolled to the end (lazy content), and on one page the search is used. Requests to anywhere
 * else are recorded and blocked, so the test never reaches the network.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { pageTypes } from '../helpers/page-types';
import { uniqueWord } from '../helpers/unique-word';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const origin = new URL(siteUrl).origin;
const types = pageTypes(dist);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function requestsFrom(path: string, act?: (page: import('playwright-core').Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const foreign: string[] = [];
  let own = 0;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(data|blob):/.test(url) || new URL(url).origin === origin) {
      own++;
      return route.continue();
    }
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await act?.(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { foreign, own };
}

describe('requests stay on the book’s origin', () => {
  it('finds every kind of page the book must have', () => {
    const keys = types.map((t) => t.key);
    for (const key of ['home', 'text-chapter', 'glossary', 'references', 'whole-book', 'not-found']) expect(keys).toContain(key);
  });

  for (const type of types) {
    it(`${type.label} (${type.file}) requests nothing from another origin`, { timeout: 120_000 }, async () => {
      const { foreign, own } = await requestsFrom(type.path);
      expect(own, 'the page itself was requested').toBeGreaterThan(0);
      expect(foreign).toEqual([]);
    });
  }

  it('search loads its index and results from the book’s origin only', async () => {
    const { word } = uniqueWord(dist);
    let results = 0;
    const { foreign } = await requestsFrom('', async (page) => {
      await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      await page.getByRole('button', { name: /search/i }).first().click();
      await page.locator('.pagefind-ui__search-input').first().fill(word);
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
      results = await page.locator('.pagefind-ui__result').count();
    });
    expect(results).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
