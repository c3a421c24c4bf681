/**
 * Browser tests for the demos: every control operated with the keyboard alone, the result checked;
 * bad input explained beside its field while the last good result stays; no NaN or Infinity on
 * screen; axe finds no violation (contrast included) in light and dark themes; without JavaScript
 * the controls are hidden and the tables remain.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figures, technologies } from '../../src/data/virtualization-figures';
import { milestones } from '../../src/data/timeline';
import { features } from '../../src/data/os-virtualization-features';
import { comparableMetrics } from '../../src/lib/figures';
import { misalignedInputs, tableProblems } from '../helpers/layout';
import { selectChart } from '../../src/lib/figures';
import { connectBrowser } from '../helpers/browser';
import { DEMO_BASE, demoSiteDist } from '../helpers/demo-site';
import { serveStatic, type RunningServer } from '../helpers/static-server';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const dist = await demoSiteDist();
  server = await serveStatic(dist, DEMO_BASE);
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: { theme?: 'light' | 'dark'; js?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.theme ?? 'light',
    javaScriptEnabled: options.js ?? true,
    viewport: { width: options.width ?? 1100, height: 900 },
    // A phone: the layout viewport grows to fit content that is too wide, as on a real phone.
    isMobile: (options.width ?? 1100) < 600,
    hasTouch: (options.width ?? 1100) < 600,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${path}`);
  if (options.js !== false) await page.waitForFunction(() => document.querySelector('.dm-demo:not(:defined)') === null);
  return page;
}

const pageErrors = new WeakMap<Page, string[]>();

/** Close a page after checking that no script error happened on it. */
async function done(page: Page): Promise<void> {
  expect(pageErrors.get(page), `script errors on ${page.url()}`).toEqual([]);
  await page.context().close();
}

/** Focus an element by tabbing to it from the start of its demo, as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('.dm-demo').first().evaluate((el) => {
    const start = document.createElement('button');
    start.textContent = 'start';
    start.className = 'dm-test-start';
    el.prepend(start);
    start.focus();
  });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) {
      await page.locator('.dm-test-start').evaluate((b) => b.remove());
      return;
    }
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

const visibleText = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('BootComparison with the keyboard', () => {
  it('changes measure, figures, scale and sort, and shows the focused bar’s source', async () => {
    const page = await open('lightweight/boot/');
    const demo = page.locator('boot-comparison');
    expect(await demo.locator('.dm-controls').isVisible()).toBe(true);

    await tabTo(page, 'select[name="metric"]');
    await page.keyboard.press('ArrowDown'); // start-up time → memory overhead
    expect(await visibleText(page, '.dm-chart__title')).toMatch(/^Memory overhead: sourced figures/);
    const memory = selectChart(figures, technologies, 'memory-overhead', 'sourced', 'value').rows.map((r) => r.figure.id);
    expect(await demo.locator('.dm-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.figure))).toEqual(memory);

    await tabTo(page, 'input[value="sourced"]');
    await page.keyboard.press('ArrowRight'); // → the course-slide table
    expect(await page.locator('input[value="slides"]').isChecked()).toBe(true);
    expect(await visibleText(page, '.dm-chart__title')).toMatch(/figures from a widely copied course slide table/);
    expect(await demo.locator('.dm-row').count()).toBe(4);
    expect(await demo.locator('.dm-row--slides').count()).toBe(4);
    await page.keyboard.press('ArrowRight'); // → both
    expect(await demo.locator('.dm-row--slides').count()).toBe(4);
    expect(await demo.locator('.dm-row').count()).toBeGreaterThan(4);

    await tabTo(page, 'select[name="sort"]');
    await page.keyboard.press('ArrowDown'); // → isolation
    expect(await visibleText(page, '.dm-chart__title')).toMatch(/strongest isolation first/);
    expect(await demo.locator('.dm-row .dm-row__name').last().innerText()).toBe('Container (runc / Docker)');

    await tabTo(page, 'input[name="log"]');
    await page.keyboard.press('Space');
    expect(await visibleText(page, '.dm-chart__title')).toMatch(/linear scale/);
    expect(await demo.locator('.dm-chart__axis span').first().innerText()).toBe('0');

    // Into the chart: one tab stop, arrows move between bars, details follow focus.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('dm-row'))).toBe(true);
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.figure!);
    const details = demo.locator('.dm-details');
    const f0 = figures.find((f) => f.id === first)!;
    expect(await details.innerText()).toContain(f0.conditions.slice(0, 60));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.figure!);
    expect(second).not.toBe(first);
    expect(await details.innerText()).toContain(figures.find((f) => f.id === second)!.conditions.slice(0, 60));
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement === [...document.querySelectorAll('.dm-row')].at(-1))).toBe(true);
    expect(await page.locator('.dm-row[tabindex="0"]').count()).toBe(1);
    expect(await demo.innerText()).not.toMatch(/NaN|Infinity|undefined/);
    await done(page);
  });

  it('shows a bar’s source on hover too, with a working link', async () => {
    const page = await open('lightweight/boot/');
    await page.locator('.dm-row[data-figure="nsdi20-data-fc-e2e"]').hover();
    const link = page.locator('.dm-details a').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/github\.com\/firecracker-microvm\/nsdi2020-data\//);
    expect(await page.locator('.dm-details').innerText()).toContain('Isolation 4 of 4');
    await done(page);
  });
});

describe('DensityCalculator with the keyboard', () => {
  const count = (page: Page, id: string) => page.locator(`tr[data-technology="${id}"] .dm-count`).innerText();

  async function typeInto(page: Page, name: string, value: string) {
    await tabTo(page, `input[name="${name}"]`);
    await page.keyboard.press('Control+A');
    // One input event for the whole value, as when pasting: typing "1e12" key by key passes
    // through valid values ("1", "1e1") that would rightly update the table on the way.
    if (value === '') await page.keyboard.press('Backspace');
    else await page.keyboard.insertText(value);
  }

  it('recomputes as the reader types and says which limit binds', async () => {
    const page = await open('lightweight/density/');
    const before = await count(page, 'firecracker');
    await typeInto(page, 'hostMemoryGiB', '512');
    const after = await count(page, 'firecracker');
    expect(Number(after.replace(/,/g, ''))).toBeGreaterThan(Number(before.replace(/,/g, '')) * 1.9);
    expect(await page.locator('.dm-caption').innerText()).toMatch(/512 GiB/);
    await typeInto(page, 'perCoreLimit', '2');
    expect(await count(page, 'firecracker')).toBe('128');
    expect(await page.locator('tr[data-technology="firecracker"]').innerText()).toMatch(/cores bind/);
    await done(page);
  });

  it('explains bad input beside the field and keeps the last valid result', async () => {
    const page = await open('lightweight/density/');
    const good = await page.locator('tbody').innerText();
    const cases: [string, string, RegExp][] = [
      ['hostMemoryGiB', '1e12', /Host memory must be at most 65,536 GiB\./],
      ['hostMemoryGiB', '', /Host memory is empty/],
      ['hostMemoryGiB', 'lots', /Host memory must be a number/],
      ['hostMemoryGiB', '-8', /Host memory cannot be negative/],
      ['cores', '0', /Cores must be at least 1\./],
      ['cores', '2.5', /Cores must be a whole number/],
      ['headroomPercent', '100', /Headroom must be at most 95%/],
      ['appMiB', 'NaN', /Application footprint must be a number/],
      ['appMiB', '0', /Application footprint must be more than 0 MiB\./],
    ];
    for (const [name, value, message] of cases) {
      await page.locator('input').evaluateAll((inputs) => {
        const defaults: Record<string, string> = { hostMemoryGiB: '256', cores: '64', appMiB: '128', headroomPercent: '10', perCoreLimit: '' };
        for (const i of inputs as HTMLInputElement[]) i.value = defaults[i.name]!;
      });
      await typeInto(page, name, value);
      const input = page.locator(`input[name="${name}"]`);
      expect(await input.getAttribute('aria-invalid'), `${name}=${value}`).toBe('true');
      const msgId = (await input.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-msg'))!;
      const msg = page.locator(`#${msgId}`);
      expect(await msg.isVisible()).toBe(true);
      expect(await msg.innerText()).toMatch(message);
      expect(await page.locator('tbody').innerText(), `${name}=${value}`).toBe(good);
      expect(await page.locator('.dm-status').innerText()).toMatch(/last valid values/);
      expect(await page.locator('density-calculator').innerText()).not.toMatch(/NaN|Infinity/);
    }
    // Correcting the field clears its message.
    await typeInto(page, 'appMiB', '128');
    expect(await page.locator('input[name="appMiB"]').getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator('.dm-field__msg:visible').count()).toBe(0);
    await done(page);
  });
});

describe('FeatureMatrix with the keyboard', () => {
  it('filters by the features a reader needs', async () => {
    const page = await open('lightweight/features/');
    // One column per technology: a filtered-out technology's column is hidden, header and cells.
    const shown = () => page.locator('thead th[data-technology]:not([hidden])').evaluateAll((cols) => cols.map((c) => (c as HTMLElement).dataset.technology));
    const hiddenCells = () => page.locator('tbody td[hidden]').count();
    expect(await shown()).toEqual(['chroot', 'linux-vserver', 'openvz', 'lxc', 'docker']);
    await tabTo(page, 'input[value="live-migration"]');
    await page.keyboard.press('Space');
    expect(await shown()).toEqual(['openvz', 'lxc']);
    expect(await hiddenCells()).toBe(3 * features.length);
    expect(await page.locator('tr.dm-needed').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.feature))).toEqual(['live-migration']);
    expect(await page.locator('.dm-status').innerText()).toBe('2 of 5 provide checkpointing and live migration: OpenVZ, LXC.');
    await tabTo(page, 'input[name="partial"]');
    await page.keyboard.press('Space');
    expect(await shown()).toEqual(['openvz', 'lxc', 'docker']);
    await tabTo(page, 'input[value="live-migration"]');
    await page.keyboard.press('Space');
    expect(await shown()).toHaveLength(5);
    await done(page);
  });
});

describe('Timeline with the keyboard', () => {
  it('filters by era and by kind, and shows all again', async () => {
    const page = await open('foundations/timeline/');
    const shown = () => page.locator('li[data-milestone]:visible').count();
    expect(await shown()).toBe(milestones.length);
    await tabTo(page, 'input[value="mainframe"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[value="hypervisor"]');
    await page.keyboard.press('Space');
    expect(await shown()).toBe(4);
    expect(await page.locator('.dm-status').innerText()).toBe(`4 of ${milestones.length} milestones shown: hypervisors; 1959–1978.`);
    await tabTo(page, 'button[data-action="all"]');
    await page.keyboard.press('Enter');
    expect(await shown()).toBe(milestones.length);
    await done(page);
  });
});

describe('accessibility and progressive enhancement', () => {
  const pagesAndTags: [string, string][] = [
    ['lightweight/boot/', 'boot-comparison'],
    ['lightweight/density/', 'density-calculator'],
    ['lightweight/features/', 'feature-matrix'],
    ['foundations/timeline/', 'history-timeline'],
  ];

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      for (const [path, tag] of pagesAndTags) {
        const page = await open(path, { theme });
        await page.evaluate((t) => {
          document.documentElement.dataset.theme = t;
        }, theme);
        // Show the interactive states too: a focused bar's details, a field's error message.
        if (tag === 'boot-comparison') await page.locator('.dm-row').first().focus();
        if (tag === 'density-calculator') await page.locator('input[name="cores"]').fill('0');
        const result = await new AxeBuilder({ page }).include(tag).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
        const problems = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(problems, `${path} (${theme})`).toEqual([]);
        // The contrast rule did run on the demo's text (it is not vacuously passing).
        expect(result.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0, `${path} contrast checked`).toBeGreaterThan(5);
        await done(page);
      }
    });
  }

  it('without JavaScript hides the controls and keeps the content', async () => {
    for (const [path, tag] of pagesAndTags) {
      const page = await open(path, { js: false });
      expect(await page.locator(`${tag} .dm-js`).first().isVisible(), path).toBe(false);
      const table = page.locator(`${tag} table, ${tag} .dm-timeline`).first();
      expect(await table.isVisible(), path).toBe(true);
      await done(page);
    }
  });

  it('fits a phone screen: the page never scrolls sideways, only the demos’ tables do', async () => {
    for (const [path, tag] of pagesAndTags) {
      const page = await open(path, { width: 360 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      const overflow = await page.locator(tag).evaluate((el) => {
        const wide: string[] = [];
        for (const child of el.querySelectorAll<HTMLElement>(':scope > *:not(.dm-table-wrap):not(script)')) if (child.scrollWidth > el.clientWidth + 1) wide.push(child.className);
        return wide;
      });
      expect(overflow, path).toEqual([]);
      await done(page);
    }
  });
});

describe('what a student sees', () => {
  const tables: [string, string][] = [
    ['lightweight/boot/', 'boot-comparison'],
    ['lightweight/density/', 'density-calculator'],
    ['lightweight/features/', 'feature-matrix'],
  ];

  for (const width of [390, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`at ${width} px, ${theme}: captions outside the scrollers and unclipped, first columns stay in view on an opaque background`, async () => {
        for (const [path, tag] of tables) {
          const page = await open(path, { width, theme });
          await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
          expect(await tableProblems(page, tag, { stickyFirstColumn: true }), `${path} at ${width} px, ${theme}`).toEqual([]);
          await done(page);
        }
      });
    }

    it(`at ${width} px: the feature matrix shows every technology and every feature without scrolling`, async () => {
      const page = await open('lightweight/features/', { width });
      const wrap = page.locator('feature-matrix .dm-table-wrap');
      const fit = await wrap.evaluate((w) => ({ scroll: w.scrollWidth, client: w.clientWidth }));
      expect(fit.scroll, `matrix ${fit.scroll} px wide in ${fit.client} px`).toBeLessThanOrEqual(fit.client + 1);
      expect(await page.locator('feature-matrix tbody tr:visible').count()).toBe(features.length);
      expect(await page.locator('feature-matrix thead th[data-technology]:visible').count()).toBe(5);
      await done(page);
    });

    it(`at ${width} px: the density calculator's inputs in a row share a top, also with an error shown`, async () => {
      const page = await open('lightweight/density/', { width });
      expect(await misalignedInputs(page, '.dm-form', '.dm-field')).toEqual([]);
      await page.locator('input[name="cores"]').fill('0');
      await expect.poll(() => page.locator('.dm-field__msg:visible').count()).toBe(1);
      expect(await misalignedInputs(page, '.dm-form', '.dm-field')).toEqual([]);
      await done(page);
    });
  }

  it('boot comparison offers only measures that compare two or more technologies, and never says “none”', async () => {
    const page = await open('lightweight/boot/');
    const offered = await page.locator('select[name="metric"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(comparableMetrics(figures, technologies));
    for (const m of offered) {
      await page.locator('select[name="metric"]').selectOption(m);
      expect(await page.locator('boot-comparison .dm-row').count(), m).toBeGreaterThanOrEqual(2);
    }
    // The default view compares containers too.
    await page.locator('select[name="metric"]').selectOption('startup-time');
    expect(await page.locator('.dm-row .dm-row__name').allInnerTexts()).toContain('Container (runc / Docker)');
    expect(await page.locator('table.dm-figures td').allInnerTexts()).not.toContain('none');
    await done(page);
  });

  it('density calculator says “none fit” rather than “≤ 0”', async () => {
    const page = await open('lightweight/density/');
    await page.locator('input[name="appMiB"]').fill('1000000');
    await expect.poll(() => page.locator('tr[data-technology="kata"] .dm-count').innerText()).toBe('none fit');
    expect(await page.locator('density-calculator tbody').innerText()).not.toMatch(/≤ 0\b/);
    await done(page);
  });

  it('number fields accept full-width digits', async () => {
    const page = await open('lightweight/density/');
    const before = await page.locator('tr[data-technology="firecracker"] .dm-count').innerText();
    await page.locator('input[name="hostMemoryGiB"]').fill('５１２');
    await expect.poll(() => page.locator('.dm-caption').innerText()).toMatch(/512 GiB/);
    expect(await page.locator('input[name="hostMemoryGiB"]').getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator('tr[data-technology="firecracker"] .dm-count').innerText()).not.toBe(before);
    await done(page);
  });
});
