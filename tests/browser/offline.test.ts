/**
 * Offline reading in headless Chromium: the service worker, "Save the whole book", reading and
 * searching offline, the notice when a new version is deployed, and a save that breaks midway.
 * Each test serves its own copy of the built site (a real http origin, as service workers need),
 * so it can change the copy as a new deployment would.
 */
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readBook } from '../../src/lib/book-files';
import { writeOfflineFiles } from '../../src/lib/offline';
import { useBrowser } from '../helpers/browser';
import { serveStatic, type RunningServer } from '../helpers/static-server';
import { uniqueWord } from '../helpers/unique-word';

const dist = inject('distDir');
const base = inject('base');
let browser: Browser;
useBrowser((b) => (browser = b));

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

async function servedCopy(): Promise<{ dir: string; server: RunningServer }> {
  const temp = mkdtempSync(join(tmpdir(), 'book-offline-'));
  temps.push(temp);
  const dir = join(temp, 'dist');
  cpSync(dist, dir, { recursive: true });
  return { dir, server: await serveStatic(dir, base) };
}

/** Open the home page and wait until the service worker controls it. */
async function controlled(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  return page;
}

async function saveBook(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Save the whole book for offline reading/ }).click();
  await expect.poll(() => page.locator('[data-bk-offline-what]').textContent()).toMatch(/\d+\.\d MB/);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const status = page.locator('[data-bk-offline-status]');
  await expect.poll(() => status.textContent(), { timeout: 90_000 }).toMatch(/^(Saved|Not finished)/);
  return (await status.textContent())!;
}

const chapters = readBook().chapters;

describe('offline reading', () => {
  it('saves the whole book, then reads three chapters and searches offline', async () => {
    const { server } = await servedCopy();
    const context = await browser.newContext();
    try {
      const page = await controlled(context, server.url);
      expect(await saveBook(page)).toMatch(/^Saved/);
      await context.setOffline(true);
      for (const c of [chapters[0]!, chapters[Math.floor(chapters.length / 2)]!, chapters.at(-1)!]) {
        const p = await context.newPage();
        await p.goto(`${server.url}${c.id}/`);
        expect(await p.locator('h1').first().textContent()).toContain(c.title);
        // Its styles came from the cache too: the sidebar is laid out, not an unstyled list.
        expect(await p.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0))).toBeGreaterThan(100);
        await p.close();
      }
      const { word } = uniqueWord(dist);
      await page.reload();
      await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      await page.getByRole('button', { name: /search/i }).first().click();
      await page.locator('.pagefind-ui__search-input').first().fill(word);
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
    } finally {
      await context.close();
      await server.close();
    }
  }, 180_000);

  it('tells the reader when a new version is deployed, and reloads into it', async () => {
    const { dir, server } = await servedCopy();
    const context = await browser.newContext();
    try {
      const page = await controlled(context, server.url);
      expect(await saveBook(page)).toMatch(/^Saved/);
      // Deploy a changed build: one page changes, so offline.json and sw.js change with it.
      const preface = join(dir, 'preface', 'index.html');
      writeFileSync(preface, readFileSync(preface, 'utf8').replace('</main>', '<p id="bk-new-version">Changed in the new version.</p></main>'));
      writeOfflineFiles(dir);
      await page.goto(`${server.url}preface/`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.locator('[data-bk-update]');
      await notice.waitFor({ state: 'visible', timeout: 90_000 });
      expect(await notice.textContent()).toMatch(/A new version of the book is available/);
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), notice.getByRole('button', { name: 'Reload' }).click()]);
      await page.locator('#bk-new-version').waitFor({ timeout: 10_000 });
      // The new version was saved whole before it took over: offline, the changed page is there.
      await context.setOffline(true);
      const p = await context.newPage();
      await p.goto(`${server.url}preface/`);
      expect(await p.locator('#bk-new-version').count()).toBe(1);
      expect(await p.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('book-')).length)).toBe(1);
    } finally {
      await context.close();
      await server.close();
    }
  }, 240_000);

  it('a save that breaks midway keeps what was read and says so', async () => {
    const { dir, server } = await servedCopy();
    const context = await browser.newContext();
    try {
      const page = await controlled(context, server.url);
      const first = chapters[0]!;
      await page.goto(`${server.url}${first.id}/`);
      await page.goto(server.url);
      // A file of the search index disappears from the server while the book is being saved.
      const manifest = JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8')) as { files: { url: string; group: string }[] };
      const victim = manifest.files.filter((f) => f.group === 'search').at(-1)!.url;
      renameSync(join(dir, victim), join(dir, `${victim}.gone`));
      expect(await saveBook(page)).toMatch(/^Not finished .*HTTP 404/);
      await context.setOffline(true);
      const p = await context.newPage();
      await p.goto(`${server.url}${first.id}/`);
      expect(await p.locator('h1').first().textContent()).toContain(first.title);
      const other = chapters[1]!;
      await p.goto(`${server.url}${other.id}/`);
      expect(await p.locator('h1').first().textContent()).toContain(other.title);
    } finally {
      await context.close();
      await server.close();
    }
  }, 180_000);
});
