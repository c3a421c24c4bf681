/**
 * Browser tests for the pre-copy migration simulator on its chapter page: the server-rendered
 * table reads without JavaScript; with JavaScript, typed input recomputes the rounds and the
 * verdict, bad input is explained beside its field while the last good result stays, and a
 * threshold above the memory size is caught across fields.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const PATH = 'system/live-migration-and-nesting/';
let browser: Browser;

useBrowser((b) => (browser = b));

async function open(js = true): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage({ javaScriptEnabled: js, viewport: { width: 390, height: 844 } })) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${siteUrl}${PATH}`);
  if (js) await page.waitForFunction(() => !!customElements.get('pre-copy-migration'));
  return page;
}

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/**
 * Replace a field's text in one step (one input event), so no intermediate value is computed:
 * typing "5000" key by key would pass through 5, 50 and 500, each a valid threshold.
 */
async function typeInto(field: Locator, value: string): Promise<void> {
  await field.focus();
  await field.fill(value);
}

describe('pre-copy migration simulator', () => {
  it('without JavaScript shows the default rounds and verdict, and no controls', async () => {
    const page = await open(false);
    const sim = page.locator('pre-copy-migration');
    expect(await sim.locator('input:visible').count()).toBe(0);
    expect(await sim.locator('.sim-nojs').isVisible()).toBe(true);
    const rows = sim.locator('tbody tr');
    expect(await rows.count()).toBe(4); // three rounds and the stop-and-copy row
    expect(await rows.nth(0).locator('th, td').allTextContents()).toEqual(['1', '4,096', '34.4 s', '687']);
    expect(await text(sim.locator('[data-part="verdict"]'))).toMatch(/^Converges in 3 pre-copy rounds: downtime 162 ms/);
    await page.close();
  });

  it('recomputes when an input changes, labels every field, and announces the verdict', async () => {
    const page = await open();
    const sim = page.locator('pre-copy-migration');
    const verdict = sim.locator('[data-part="verdict"]');
    expect(await verdict.getAttribute('aria-live')).toBe('polite');
    for (const name of ['memoryMiB', 'dirtyRateMiBps', 'bandwidthMiBps', 'thresholdMiB', 'maxRounds']) {
      const id = await sim.locator(`input[name="${name}"]`).getAttribute('id');
      expect(await sim.locator(`label[for="${id}"]`).count(), name).toBe(1);
    }
    // 10 Gbit/s: two rounds, under a millisecond of downtime.
    await typeInto(sim.getByLabel('Link bandwidth (MiB/s)'), '1192');
    await expect.poll(() => text(verdict)).toMatch(/^Converges in 2 pre-copy rounds: downtime 967 µs/);
    expect(await sim.locator('tbody tr').count()).toBe(3);
    // Dirty rate above the bandwidth: the verdict says why it does not converge.
    await typeInto(sim.getByLabel('Dirty rate (MiB/s)'), '1500');
    await expect.poll(() => text(verdict)).toMatch(/^Does not converge: the guest dirties memory \(1,500 MiB\/s\) at least as fast as the link/);
    expect(await sim.locator('tbody tr').last().locator('th').textContent()).toBe('Forced stop (guest paused)');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    const page = await open();
    const sim = page.locator('pre-copy-migration');
    const verdict = sim.locator('[data-part="verdict"]');
    const table = sim.locator('[data-part="rounds"]');
    const before = await table.innerHTML();
    const verdictBefore = await text(verdict);
    const stale = sim.locator('[data-part="stale"]');

    const bandwidth = sim.getByLabel('Link bandwidth (MiB/s)');
    await typeInto(bandwidth, '0');
    const bwError = sim.locator(`#${await bandwidth.getAttribute('id')}-err`);
    await expect.poll(() => text(bwError)).toBe('Link bandwidth must be more than 0 MiB/s.');
    expect(await bandwidth.getAttribute('aria-invalid')).toBe('true');
    expect(await stale.isVisible()).toBe(true);
    expect(await table.innerHTML()).toBe(before);
    expect(await text(verdict)).toBe(verdictBefore);

    await typeInto(bandwidth, 'fast');
    await expect.poll(() => text(bwError)).toBe('Link bandwidth must be a number, such as 119.2 MiB/s.');
    expect(await table.innerHTML()).toBe(before);

    // Fixing it clears the message and the result updates again.
    await typeInto(bandwidth, '119.2');
    await expect.poll(() => text(bwError)).toBe('');
    expect(await stale.isVisible()).toBe(false);

    // A threshold above the memory size is wrong only in combination with another field.
    const threshold = sim.getByLabel('Stop-and-copy threshold (MiB)');
    await typeInto(threshold, '5000');
    const thError = sim.locator(`#${await threshold.getAttribute('id')}-err`);
    await expect.poll(() => text(thError)).toBe('Stop-and-copy threshold cannot exceed the memory size (4,096 MiB).');
    expect(await table.innerHTML()).toBe(before);
    expect(await stale.isVisible()).toBe(true);
    await typeInto(threshold, '32');
    await expect.poll(() => text(thError)).toBe('');
    expect(await text(verdict)).toBe(verdictBefore);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
