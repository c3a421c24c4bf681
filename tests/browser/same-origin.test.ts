/**
 * Every request a reader's browser makes is to the book's own origin: each kind of page is loaded,
 * scrolled to the end (lazy content), and on one page the search is used. Requests to anywhere
 * else are recorded and blocked, so the test never reaches the network. On the way, no page may
 * throw a script error or log one.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { pageTypes } from '../helpers/page-types';
import { uniqueWord } from '../helpers/unique-word';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const origin = new URL(siteUrl).origin;
const types = pageTypes(dist);
let browser: Browser;

useBrowser((b) => (browser = b));

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
  // Uncaught errors are collected in the page too: not every one reaches Playwright's pageerror.
  await context.addInitScript(() => {
    const w = window as unknown as { bkErrors: string[] };
    w.bkErrors = [];
    addEventListener('error', (e) => w.bkErrors.push(`uncaught: ${e.message || e.error}`));
    addEventListener('unhandledrejection', (e) => w.bkErrors.push(`unhandled rejection: ${e.reason}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await act?.(page);
  await page.waitForLoadState('networkidle');
  errors.push(...(await page.evaluate(() => (window as unknown as { bkErrors: string[] }).bkErrors)));
  await context.close();
  // The 404 page's own status is logged by Chromium as a failed resource load; it is not an error.
  const real = errors.filter((e) => !(response?.status() === 404 && /status of 404/.test(e)));
  return { foreign, own, errors: [...new Set(real)] };
}

describe('requests stay on the book’s origin', () => {
  it('finds every kind of page the book must have', () => {
    const keys = types.map((t) => t.key);
    for (const key of ['home', 'text-chapter', 'glossary', 'references', 'whole-book', 'not-found']) expect(keys).toContain(key);
  });

  for (const type of types) {
    it(`${type.label} (${type.file}) requests nothing from another origin and throws no error`, { timeout: 120_000 }, async () => {
      const { foreign, own, errors } = await requestsFrom(type.path);
      expect(own, 'the page itself was requested').toBeGreaterThan(0);
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(errors, 'script errors').toEqual([]);
    });
  }

  it('search loads its index and results from the book’s origin only', async () => {
    const { word } = uniqueWord(dist);
    let results = 0;
    const { foreign, errors } = await requestsFrom('', async (page) => {
      await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      await page.getByRole('button', { name: /search/i }).first().click();
      await page.locator('.pagefind-ui__search-input').first().fill(word);
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
      results = await page.locator('.pagefind-ui__result').count();
    });
    expect(results).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(errors, 'script errors').toEqual([]);
  });
});
