/**
 * Browser tests for the simulators, driven by the keyboard as a reader without a mouse would, and
 * read without JavaScript. Uses the fixture page that shows every simulator.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_STARTUPS } from '../../src/lib/sandbox-startup';
import { connectBrowser } from '../helpers/browser';
import { clippedSelects, misalignedInputs, svgTextProblems } from '../helpers/layout';
import { TEST_BASE } from '../helpers/build-site';
import { FIXTURE_PATH, simulatorFixtureDist } from '../helpers/simulator-fixture';
import { serveStatic, type RunningServer } from '../helpers/static-server';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await serveStatic(simulatorFixtureDist(), TEST_BASE);
  browser = await connectBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(options: { javaScriptEnabled?: boolean; width?: number; theme?: 'light' | 'dark' } = {}): Promise<Page> {
  const { width = 390, theme = 'light', ...rest } = options;
  const page = await browser.newPage({ viewport: { width, height: 844 }, colorScheme: theme, isMobile: width < 600, hasTouch: width < 600, ...rest });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${FIXTURE_PATH}`);
  if (options.javaScriptEnabled !== false) {
    await page.waitForFunction(() => ['trap-stepper', 'exit-cost', 'page-walk', 'cold-start'].every((t) => customElements.get(t)));
  }
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/**
 * Press Tab (or Shift+Tab, if the target comes before the focused element) until `target` has
 * focus, at most `limit` times; fails if it never does, e.g. because it is not focusable.
 */
async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  const before = await target.evaluate(
    (el) => !!document.activeElement && document.activeElement !== document.body && !!(el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

describe('without JavaScript', () => {
  it('shows the no-JS content and hides every control that needs JavaScript', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    for (const tag of ['trap-stepper', 'exit-cost', 'page-walk', 'cold-start']) {
      const el = page.locator(tag).first();
      expect(await el.locator('.sim-js').first().isVisible(), `${tag} .sim-js`).toBe(false);
      expect(await el.locator('input:visible, select:visible, button:visible').count(), `${tag} visible controls`).toBe(0);
    }
    expect(await page.locator('trap-stepper').first().locator('.sim-nojs').isVisible()).toBe(true);
    expect(await text(page.locator('trap-stepper').first().locator('details[open] li').first())).toMatch(/^Start Guest/);
    expect(await page.locator('exit-cost .sim-bars').isVisible()).toBe(true);
    expect(await page.locator('page-walk .sim-walk').isVisible()).toBe(true);
    expect(await page.locator('cold-start svg').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('with JavaScript, by keyboard', () => {
  it('trap stepper: choose x86 without VT-x, step forward and back, see POPF fail silently', async () => {
    const page = await openPage();
    const el = page.locator('trap-stepper').first();
    expect(await el.locator('.sim-nojs').isVisible()).toBe(false);
    const select = el.locator('select');
    await tabTo(page, select);
    await page.keyboard.press('ArrowDown'); // classic → x86-trap
    expect(await select.inputValue()).toBe('x86-trap');
    const panel = el.locator('[data-part="step"]');
    expect(await text(panel)).toMatch(/^Step 1 of 9: Start/);
    await tabTo(page, el.getByRole('button', { name: /Step/ }));
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    expect(await text(panel)).toMatch(/^Step 5 of 9: Silent failure Guest Guest kernel at ring 1/);
    expect(await text(panel.locator('.sim-problem'))).toMatch(/asked for IF=0, but IF is still 1/);
    expect(await text(el.locator('[aria-current="step"]'))).toBe('POPF ; saved flags have IF=0');
    await page.keyboard.press('ArrowLeft');
    expect(await text(panel)).toMatch(/^Step 4 of 9: Emulate and resume VMM/);
    expect(await panel.locator('.sim-problem').count()).toBe(0);
    await page.keyboard.press('End');
    expect(await text(panel)).toMatch(/^Step 9 of 9/);
    expect(await text(el.locator('[data-part="counters"]'))).toBe('Traps: 2 VM exits: 0 Translations: 0 Hypercalls: 1');
    expect(await el.getByRole('button', { name: /Step/ }).getAttribute('aria-disabled')).toBe('true');
    // Focus stays on the (soft-disabled) button, so the keys keep working.
    await page.keyboard.press('Home');
    expect(await text(panel)).toMatch(/^Step 1 of 9/);
    // Under VT-x the same code makes two VM exits.
    await tabTo(page, select);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('vtx');
    await tabTo(page, el.getByRole('button', { name: /Step/ }));
    await page.keyboard.press('End');
    expect(await text(el.locator('[data-part="counters"]'))).toBe('Traps: 0 VM exits: 2 Translations: 0 Hypercalls: 1');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('exit cost: typing recomputes, bad input is reported beside the field and keeps the last good bars', async () => {
    const page = await openPage();
    const el = page.locator('exit-cost');
    const cost = el.getByLabel('Cost per exit (µs)');
    const sentence = el.locator('[data-part="sentence"]');
    await tabTo(page, cost);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    expect(await text(sentence)).toBe('With hardware assistance the 60 s workload takes 61.2 s: 600,000 VM exits at 2 µs each add 1.2 s (2 %).');
    const bars = await text(el.locator('.sim-bars'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('abc');
    expect(await cost.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await cost.getAttribute('aria-describedby')) ?? '').split(' ').pop();
    expect(await text(page.locator(`#${errorId}`))).toBe('Cost per exit must be a number, such as 1 µs.');
    expect(await text(el.locator('.sim-bars'))).toBe(bars);
    expect(await el.locator('[data-part="stale"]').isVisible()).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('-1');
    expect(await text(page.locator(`#${errorId}`))).toBe('Cost per exit cannot be negative.');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4');
    expect(await cost.getAttribute('aria-invalid')).toBeNull();
    expect(await text(sentence)).toMatch(/takes 62.4 s/);
    // The technique radios move with the arrow keys.
    await tabTo(page, el.getByRole('radio', { name: 'Hardware-assisted (VM exits)' }));
    await page.keyboard.press('ArrowRight');
    expect(await text(sentence)).toMatch(/^With binary translation the 60 s workload takes 60.6 s/);
    expect(await text(el.locator('li[aria-current="true"] .sim-bar-label'))).toBe('Binary translation');
    expect(await text(el)).not.toMatch(/NaN|Infinity/);
    await page.close();
  });

  it('page walk: step through the 24 references, then switch to native paging and a TLB hit', async () => {
    const page = await openPage();
    const el = page.locator('page-walk');
    const progress = el.locator('[data-part="progress"]');
    expect(await text(progress)).toBe('Press Step to follow the walk: 24 references.');
    expect(await el.locator('.sim-walk td b').count()).toBe(0);
    await tabTo(page, el.getByRole('button', { name: /Step/ }));
    for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
    expect(await text(progress)).toBe('Reference 5 of 24: guest L4 entry.');
    expect(await el.locator('.sim-walk td b').count()).toBe(5);
    expect(await text(el.locator('.sim-walk [aria-current="step"] b'))).toBe('5');
    await page.keyboard.press('ArrowLeft');
    expect(await text(progress)).toBe('Reference 4 of 24: host L1 entry for gCR3.');
    await page.keyboard.press('End');
    expect(await text(progress)).toBe('Reference 24 of 24: host L1 entry for the data’s gPA.');
    // A page-walk-cache hit, by keyboard: Space toggles the checkbox.
    await tabTo(page, el.getByLabel(/Page-walk cache hit/));
    await page.keyboard.press('Space');
    expect(await text(el.locator('[data-part="summary"]'))).toMatch(/^5 memory references .* The caches save 19 of 24\./);
    await page.keyboard.press('Space');
    // Native paging: the host levels no longer apply.
    const paging = el.getByLabel('Paging');
    await tabTo(page, paging);
    await page.keyboard.press('Home');
    expect(await paging.inputValue()).toBe('native');
    expect(await el.getByLabel('Host (EPT/NPT) levels').isDisabled()).toBe(true);
    expect(await text(el.locator('[data-part="summary"]'))).toBe('4 memory references: one per level of the 4-level page table.');
    await tabTo(page, el.getByLabel('TLB hit', { exact: true }));
    await page.keyboard.press('Space');
    expect(await text(progress)).toBe('The TLB holds the translation: no memory reference is needed.');
    expect(await el.locator('.sim-walk-saved').count()).toBe(4);
    await page.close();
  });

  it('cold start: the run number replays a run, the sandbox sets the start-up time, bad input is caught', async () => {
    const page = await openPage();
    const el = page.locator('cold-start').first();
    const sentence = el.locator('[data-part="sentence"]');
    const first = await text(sentence);
    const seed = el.getByLabel('Run number', { exact: true });
    await tabTo(page, seed);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    await expect.poll(() => text(sentence)).not.toBe(first);
    const second = await text(sentence);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1');
    await expect.poll(() => text(sentence)).toBe(first);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    await expect.poll(() => text(sentence)).toBe(second);
    // The sandbox list sets the start-up time from the book's figures.
    const sandbox = el.getByLabel('Sandbox', { exact: true });
    await tabTo(page, sandbox);
    await page.keyboard.press('End');
    expect(await sandbox.inputValue()).toBe('vm');
    expect(await el.getByLabel('Start-up time (ms)').inputValue()).toBe('234');
    await expect.poll(() => text(sentence)).toMatch(/99 % within 334 ms \(p99\)/);
    expect(await text(el.locator('[data-part="source"]'))).toMatch(/^VM \(QEMU\/KVM, minimal guest\), 234 ms: Median of 1,000 serial boots/);
    // A container brings its own figure, never the previous sandbox's.
    await page.keyboard.press('Home');
    expect(await el.getByLabel('Start-up time (ms)').inputValue()).toBe('1193');
    expect(await text(el.locator('[data-part="source"]'))).toMatch(/^Container \(runc, through Docker\), 1,193 ms: Total time to start a container/);
    await expect.poll(() => text(sentence)).toMatch(/99 % within 1\.29 s \(p99\)/);
    // Bad input: a message beside the field, the last good run stays.
    const rate = el.getByLabel('Request rate (requests/s)');
    await tabTo(page, rate);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0');
    const errorId = ((await rate.getAttribute('aria-describedby')) ?? '').split(' ').pop();
    await expect.poll(() => text(page.locator(`#${errorId}`))).toBe('Request rate must be more than 0 requests/s.');
    expect(await text(sentence)).toMatch(/99 % within 1\.29 s/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('900');
    await expect.poll(() => text(el.locator('.sim-error').filter({ hasText: /\S/ }))).toMatch(/^Simulated time: rate × time must stay under 16,000 requests/);
    expect(await text(el)).not.toMatch(/NaN|Infinity|undefined/);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});

describe('what a student sees', () => {
  it('cold start: every sandbox gives its own result, from its own figure', async () => {
    const page = await openPage({ width: 1280 });
    const el = page.locator('cold-start').first();
    const sentence = el.locator('[data-part="sentence"]');
    const startup = el.getByLabel('Start-up time (ms)');
    const seen = new Map<string, string>();
    for (const s of SANDBOX_STARTUPS) {
      await el.getByLabel('Sandbox', { exact: true }).selectOption(s.id);
      expect(await startup.inputValue(), s.id).toBe(String(s.startupMs));
      await expect.poll(() => text(el.locator('[data-part="source"]'))).toContain(`${s.label}, `);
      await expect.poll(() => text(sentence)).not.toBe([...seen.values()].at(-1) ?? '');
      seen.set(s.id, await text(sentence));
    }
    // A different technology never shows the same result.
    expect(new Set(seen.values()).size, [...seen].join('\n')).toBe(SANDBOX_STARTUPS.length);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px: inputs in a row share a top, also with an error shown; no select is cut off`, async () => {
      const page = await openPage({ width });
      expect(await misalignedInputs(page, '.sim-controls', '.sim-field')).toEqual([]);
      // An error under one field must not push its neighbours' inputs around.
      const cold = page.locator('cold-start').first();
      const rate = cold.getByLabel('Request rate (requests/s)');
      await rate.fill('-1');
      await expect.poll(() => cold.locator('.sim-error').filter({ hasText: /\S/ }).count()).toBeGreaterThan(0);
      expect(await misalignedInputs(page, '.sim-controls', '.sim-field')).toEqual([]);
      expect(await clippedSelects(page, '.sim')).toEqual([]);
      await page.close();
    });

    it(`at ${width} px: the cold-start timeline's text is at least 12 px and nothing in it is clipped`, async () => {
      for (const theme of ['light', 'dark'] as const) {
        const page = await openPage({ width, theme });
        await expect.poll(() => page.locator('cold-start svg.sim-timeline text').count()).toBeGreaterThan(3);
        expect(await svgTextProblems(page, 'cold-start [data-part="timeline"]', 12), theme).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling').toBe(true);
        await page.close();
      }
    });
  }
});
