/**
 * The lab machine in a browser: it starts from its saved state only when asked, runs the guided
 * steps with their observable results, survives bad input, and falls back to a cold boot with a
 * clear message when the saved state is missing or corrupt.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;
useBrowser((b) => (browser = b));

type LabEl = HTMLElement & { lab: { tail: string; term: { buffer: { active: { length: number } } }; emulator: { is_running(): boolean } } };

async function openLab(path: string, setup?: (page: Page) => Promise<void>): Promise<Page> {
  // No service worker: it would fetch the machine's files itself, out of reach of page.route().
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await setup?.(page);
  await page.goto(`${siteUrl}${path}`);
  return page;
}

async function start(page: Page): Promise<void> {
  await page.click('linux-lab [data-part="start"]');
  await page.waitForFunction(() => document.querySelector('linux-lab')?.getAttribute('data-ready') === 'running', null, { timeout: 90_000 });
}

/** The terminal's text as assistive technology reads it (xterm.js's accessibility tree). */
const screenText = (page: Page) => page.$eval('linux-lab .xterm-accessibility-tree', (e) => (e as HTMLElement).innerText);

/** Press a step's Run button and wait for the shell's prompt to return. */
async function run(page: Page, stepIndex: number): Promise<string> {
  await page.evaluate(() => ((document.querySelector('linux-lab') as LabEl).lab.tail = ''));
  await page.locator('linux-lab .lab-run').nth(stepIndex).click();
  await page.waitForFunction(
    // eslint-disable-next-line no-control-regex
    () => (document.querySelector('linux-lab') as LabEl).lab.tail.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').endsWith('lab:~# '),
    null,
    { timeout: 90_000 },
  );
  return page.evaluate(() => (document.querySelector('linux-lab') as LabEl).lab.tail);
}

describe('the lab machine', () => {
  it('downloads nothing until Start, then restores the saved machine and runs the containers lab', async () => {
    const page = await openLab('lightweight/containers/');
    const labRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/lab\/|v86|xterm|lab-runtime/.test(r.url())) labRequests.push(r.url());
    });
    await page.waitForTimeout(300);
    expect(labRequests, 'nothing of the machine loads before Start').toEqual([]);
    await start(page);
    expect(labRequests.some((u) => u.endsWith('/lab/state.bin.zst'))).toBe(true);
    expect(labRequests.some((u) => /bzimage|initrd/.test(u)), 'a restore needs no kernel download').toBe(false);
    expect(await page.getAttribute('linux-lab', 'data-boot-mode')).toBe('restore');
    // The screen-reader view of the terminal follows the screen after a debounce; a busy machine
    // takes longer than expect.poll's default second to show the restored prompt there.
    await expect.poll(() => screenText(page), { timeout: 30_000 }).toContain('lab:~#');

    expect(await run(page, 1)).toMatch(/pid=1\r?\n/); // the PID namespace
    expect(await run(page, 3)).not.toMatch(/eth0|veth/); // a new network namespace: only lo
    expect(await run(page, 4)).toMatch(/16\r?\n33554432\r?\n50000 100000/);
    const forks = await run(page, 5);
    expect(forks).toMatch(/can't fork|Resource temporarily unavailable/);
    expect(forks).toMatch(/max [1-9]/); // pids.events counted the refusals
    expect(await screenText(page)).toContain('max'); // what the reader (and a screen reader) sees
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('restores the same snapshot twice with the same shell random state (the snapshot lab)', async () => {
    const page = await openLab('cloud-native/serverless/');
    await start(page);
    const first = (await run(page, 0)).match(/\d+ \d+ \d+/)?.[0];
    expect(first).toBeTruthy();
    await page.click('linux-lab [data-part="reset"]');
    await page.waitForFunction(() => document.querySelector('linux-lab')?.getAttribute('data-ready') === 'running', null, { timeout: 60_000 });
    const second = (await run(page, 0)).match(/\d+ \d+ \d+/)?.[0];
    expect(second).toBe(first);
    await page.close();
  }, 180_000);

  it('stays responsive under a flood of output, keeps the terminal bounded, and offers Reset after halt', async () => {
    const page = await openLab('lightweight/containers/');
    await start(page);
    await page.evaluate(() => (document.querySelector('linux-lab') as LabEl & { lab: { emulator: { serial0_send(s: string): void } } }).lab.emulator.serial0_send('seq 1 8000\n'));
    // While the guest prints, the page still paints: output is written once a frame, so a frame
    // comes within a few hundred ms (the bound allows for a loaded test machine; a page blocked by
    // the flood would not paint at all until it ended).
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      expect(Date.now() - t).toBeLessThan(3000);
      await page.waitForTimeout(300);
    }
    await page.waitForFunction(() => /8000\r?\n/.test((document.querySelector('linux-lab') as LabEl).lab.tail), null, { timeout: 90_000 });
    const lines = await page.evaluate(() => (document.querySelector('linux-lab') as LabEl).lab.term.buffer.active.length);
    expect(lines).toBeLessThanOrEqual(2000 + 20); // scrollback + rows
    await page.evaluate(() => (document.querySelector('linux-lab') as LabEl & { lab: { emulator: { serial0_send(s: string): void } } }).lab.emulator.serial0_send('halt\n'));
    await page.waitForFunction(() => document.querySelector('linux-lab')?.getAttribute('data-ready') === 'stopped', null, { timeout: 60_000 });
    expect(await page.textContent('linux-lab [data-part="status"]')).toMatch(/stopped.*Reset/);
    await page.click('linux-lab [data-part="reset"]');
    await page.waitForFunction(() => document.querySelector('linux-lab')?.getAttribute('data-ready') === 'running', null, { timeout: 60_000 });
    await page.close();
  }, 240_000);

  it('shows the restore time measured here beside the sourced start-up figures, labelled as such', async () => {
    const page = await openLab('lightweight/lightweight-virtualization/');
    expect(await page.isHidden('boot-comparison [data-part="measured"]')).toBe(true);
    await start(page);
    const text = await page.textContent('boot-comparison [data-part="measured"]');
    expect(text).toMatch(/^Measured here, on this device.*restored from its snapshot in \d+\.\d s/);
    await page.close();
  }, 120_000);

  it('pauses the emulator in a background tab', async () => {
    const page = await openLab('lightweight/containers/');
    await start(page);
    const running = () => page.evaluate(() => (document.querySelector('linux-lab') as LabEl).lab.emulator.is_running());
    expect(await running()).toBe(true);
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(running).toBe(false);
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(running).toBe(true);
    await page.close();
  }, 120_000);

  for (const [what, fulfil, reason] of [
    ['corrupt', (b: Buffer) => ({ status: 200, body: Buffer.concat([b.subarray(0, b.length - 1), Buffer.from([b[b.length - 1]! ^ 1])]) }), /checksum/],
    ['missing', () => ({ status: 404, body: 'not found' }), /HTTP 404/],
  ] as const) {
    it(`says so and boots from scratch when the saved state is ${what}`, async () => {
      const page = await openLab('lightweight/containers/', async (p) => {
        await p.route('**/lab/state.bin.zst', async (route) => {
          const res = await route.fetch();
          await route.fulfill(fulfil(await res.body()));
        });
      });
      await page.click('linux-lab [data-part="start"]');
      await expect.poll(() => page.textContent('linux-lab [data-part="status"]'), { timeout: 90_000 }).toMatch(/could not be used|Booting Linux from scratch/);
      const status = await page.textContent('linux-lab [data-part="status"]');
      expect(status).toMatch(reason);
      expect(await page.getAttribute('linux-lab', 'data-ready')).toBe('booting');
      await page.close();
    }, 150_000);
  }
});
