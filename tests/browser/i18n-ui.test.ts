/**
 * What the book's scripts say on a Chinese page, in a browser (the fixture of
 * tests/helpers/i18n-fixture.ts): the lab machine's starter and runtime (status lines, the measured
 * step, a stopped machine, a failed load, the terminal's accessible name) and offline saving speak
 * Chinese, from the page's data-messages, with numbers in the page's format.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages';
import { connectBrowser } from '../helpers/browser';
import { TEST_BASE } from '../helpers/build-site';
import { englishIn, englishUiStrings } from '../helpers/english-ui';
import { i18nFixtureDist } from '../helpers/i18n-fixture';
import { serveStatic, type RunningServer } from '../helpers/static-server';

let browser: Browser;
let server: RunningServer;
const zh = MESSAGES['zh-cn'];
const strings = englishUiStrings();

beforeAll(async () => {
  server = await serveStatic(i18nFixtureDist(), TEST_BASE);
  browser = await connectBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, setup?: (page: Page) => Promise<void>): Promise<Page> {
  // No service worker for the lab: it would fetch the machine's files out of reach of page.route().
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: path.includes('lab') ? 'block' : 'allow' });
  await setup?.(page);
  await page.goto(`${server.url}${path}`);
  return page;
}

const status = (page: Page) => page.locator('linux-lab [data-part="status"]').textContent();

/** A template's text before its first placeholder: what a filled-in message starts with. */
const lead = (template: string) => template.split('{')[0]!;

describe('the lab machine on a Chinese page', () => {
  it('says in Chinese that it is idle, and why it could not load', async () => {
    const page = await open('zh-cn/lab-machine/', async (p) => {
      await p.route('**/lab-runtime*.js', (r) => r.abort());
    });
    await expect.poll(() => status(page)).toBe(zh.lab.client.idle);
    await page.click('linux-lab [data-part="start"]');
    await expect.poll(() => status(page)).toMatch(new RegExp(`^${lead(zh.lab.client.loadFailed)}.+）。`));
    expect(englishIn((await status(page))!.replace(/（.*）/, ''), strings)).toEqual([]);
    await page.close();
  });

  it('runs the machine with Chinese status lines, terminal name, measurement and stop message', async () => {
    const page = await open('zh-cn/lab-machine/');
    await page.click('linux-lab [data-part="start"]');
    await page.waitForFunction(() => document.querySelector('linux-lab')?.getAttribute('data-ready') === 'running', null, { timeout: 90_000 });
    expect(await status(page)).toMatch(/^机器正在运行（从保存的状态恢复，用时 \d+\.\d 秒）。/);
    expect(await page.getAttribute('linux-lab .xterm textarea', 'aria-label')).toBe(zh.lab.client.terminalLabel);
    expect(await page.locator('linux-lab [data-time="restore"]').textContent()).toMatch(/^\d+\.\d 秒$/);
    // The measured step: its report is Chinese, its numbers in the page's format.
    await page.locator('linux-lab .lab-run').nth(1).click();
    const measured = page.locator('linux-lab [data-part="measured"]');
    await expect.poll(() => measured.textContent(), { timeout: 90_000 }).toMatch(/^本机实测：该命令耗时 \d+\.\d\d 秒/);
    expect(await measured.textContent()).toMatch(/同样的 1,000 次循环/);
    // A stopped machine says so in Chinese (the kernel's own message stays as the kernel wrote it).
    await page.locator('linux-lab .xterm textarea').focus();
    await page.keyboard.type('halt\n');
    await expect.poll(() => status(page), { timeout: 60_000 }).toMatch(/^机器已停止（reboot: [A-Za-z ]+）。按“重置”/);
    await page.close();
  }, 180_000);
});

describe('offline saving on a Chinese page', () => {
  it('states the size in Chinese', async () => {
    const page = await open('zh-cn/');
    const box = page.locator('[data-bk-offline]');
    await expect.poll(() => box.isVisible()).toBe(true);
    await page.click('[data-bk-offline-size]');
    await expect.poll(() => page.locator('[data-bk-offline-what]').textContent()).toMatch(/^本书、书中的图和搜索索引：\d+\.\d MB。$/);
    expect(await page.locator('[data-bk-offline-lab-text]').textContent()).toMatch(/^同时保存实验机器映像（另需 \d+\.\d MB）$/);
    await page.close();
  });
});
