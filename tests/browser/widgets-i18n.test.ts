/**
 * Every demo and simulator in both editions, on one fixture page (tests/helpers/widgets-fixture.ts):
 * under /zh-cn/ each widget speaks Chinese by itself, before and after the reader works one of its
 * controls and types nonsense into it — its visible text, its screen-reader text and the names read
 * out (aria-label, title) hold no English string of the catalogue, its error messages are Chinese,
 * and the browser gets only the Chinese templates (data-messages). The English page says the same in
 * English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages';
import { connectBrowser } from '../helpers/browser';
import { TEST_BASE } from '../helpers/build-site';
import { englishIn, englishUiStrings } from '../helpers/english-ui';
import { serveStatic, type RunningServer } from '../helpers/static-server';
import { widgetJsSizes } from '../helpers/widget-js-size';
import { WIDGET_TAGS, WIDGETS_PATH, widgetsFixtureDist } from '../helpers/widgets-fixture';

type Locale = keyof typeof WIDGETS_PATH;
let browser: Browser;
let server: RunningServer;
let dist = '';
// Keys are named as the keyboard labels them, in Chinese text too (“Home 重置”): not the sidebar's “Home”.
const strings = englishUiStrings().filter((s) => !['Home', 'End'].includes(s));
const HAN = /\p{Script=Han}/u;

beforeAll(async () => {
  dist = widgetsFixtureDist();
  server = await serveStatic(dist, TEST_BASE);
  browser = await connectBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(locale: Locale, javaScriptEnabled = true): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage({ viewport: { width: 1000, height: 900 }, javaScriptEnabled })) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${server.url}${WIDGETS_PATH[locale]}`);
  if (javaScriptEnabled) await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), [...WIDGET_TAGS]);
  return page;
}

/**
 * What a reader sees and hears in a widget: its rendered text (innerText, so what is hidden stays
 * out), its screen-reader-only text, and the names read out. What is marked English (references,
 * milestone text not translated) and code are left out.
 */
async function heard(widget: Locator): Promise<string> {
  return widget.evaluate((root) => {
    // English is what the nearest lang says is English (the widget itself says zh-CN, also on a page
    // not translated yet, whose content Starlight marks English).
    const english = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === 'en' || !!el.closest('code, pre, script, template');
    const srOnly = (el: Element) => !!el.closest('.sim-visually-hidden, .sr-only');
    const parts: string[] = [];
    // Text nodes that are rendered, or that only screen readers get.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (english(el)) continue;
      if (srOnly(el) || el.checkVisibility() || el.closest('svg')) parts.push(node.textContent ?? '');
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [alt]')) {
      if (!english(el)) for (const a of ['aria-label', 'title', 'alt']) parts.push(el.getAttribute(a) ?? '');
    }
    return parts.join(' | ').replace(/\s+/g, ' ');
  });
}

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Replace a field's text in one input event. */
async function typeInto(field: Locator, value: string): Promise<void> {
  await field.fill(value);
}

/** The message shown beside a field (its aria-describedby's last id), once there is one. */
async function errorOf(page: Page, field: Locator): Promise<string> {
  const id = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').pop()!;
  await expect.poll(() => text(page.locator(`#${id}`))).not.toBe('');
  return text(page.locator(`#${id}`));
}

/** Work one control of every widget and type bad input where it takes input; returns the error messages shown. */
async function operate(page: Page): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const w = (tag: string) => page.locator(tag).first();

  await w('trap-stepper').locator('[data-part="technique"]').selectOption('x86-trap');
  for (let i = 0; i < 4; i++) await w('trap-stepper').locator('[data-part="next"]').click();

  const exitField = w('exit-cost').locator('input[name="exitCostMicros"]');
  await typeInto(exitField, '2');
  await w('exit-cost').locator('input[type="radio"][value="emulation"]').check();
  await typeInto(exitField, 'abc');
  errors['exit-cost'] = await errorOf(page, exitField);

  await w('page-walk').locator('input[name="pwcHit"]').check();
  for (let i = 0; i < 2; i++) await w('page-walk').locator('[data-part="next"]').click();

  const rate = w('cold-start').locator('input[name="rate"]');
  await typeInto(rate, '-3');
  errors['cold-start'] = await errorOf(page, rate);
  await w('cold-start').locator('select[name="sandbox"]').selectOption('gvisor');

  const threshold = w('pre-copy-migration').locator('input[name="thresholdMiB"]');
  await typeInto(threshold, '5000');
  errors['pre-copy-migration'] = await errorOf(page, threshold);

  await w('boot-comparison').locator('select[name="metric"]').selectOption('memory-overhead');
  await w('boot-comparison').locator('input[name="log"]').uncheck();
  await w('boot-comparison').locator('.dm-row').first().focus();

  // An application of 0 MiB is refused (the table keeps its last result); 128 MiB makes it valid again.
  const footprint = w('density-calculator').locator('input[name="appMiB"]');
  const good = await text(w('density-calculator').locator('tbody'));
  await typeInto(footprint, '0');
  errors['density-calculator appMiB'] = await errorOf(page, footprint);
  expect(await footprint.getAttribute('aria-invalid')).toBe('true');
  expect(await text(w('density-calculator').locator('tbody'))).toBe(good);
  await typeInto(footprint, '128');
  await expect.poll(() => footprint.getAttribute('aria-invalid')).toBe('false');
  const memory = w('density-calculator').locator('input[name="hostMemoryGiB"]');
  await typeInto(memory, 'lots');
  errors['density-calculator'] = await errorOf(page, memory);

  await w('feature-matrix').locator('input[name="feature"]').first().check();
  await w('feature-matrix').locator('input[name="partial"]').check();

  await w('history-timeline').locator('input[name="era"]').first().check();
  await w('history-timeline').locator('input[name="kind"]').nth(2).check();
  return errors;
}

describe('demos and simulators on a Chinese page', () => {
  it('speak Chinese in what they show and read out, before and after use, with Chinese error messages for bad input', async () => {
    const page = await open('zh-cn');
    for (const tag of WIDGET_TAGS) {
      // The page is not translated, so Starlight marks its content English: the widget says it is Chinese.
      expect(await page.locator(tag).first().getAttribute('lang'), tag).toBe('zh-CN');
      expect(englishIn(await heard(page.locator(tag).first()), strings), `${tag} before use`).toEqual([]);
    }

    const errors = await operate(page);
    for (const tag of WIDGET_TAGS) {
      const said = await heard(page.locator(tag).first());
      expect(englishIn(said, strings), `${tag} after use`).toEqual([]);
      expect(said, tag).toMatch(HAN);
      expect(said, tag).not.toMatch(/NaN|Infinity|undefined/);
    }
    // Each message names its field as the label does and says what is wrong, in Chinese.
    expect(errors).toEqual({
      'exit-cost': '“每次退出的开销”必须是一个数，例如 1 µs。',
      'cold-start': '“请求速率”不能是负数。',
      'pre-copy-migration': '停机拷贝阈值不能超过内存大小（4,096 MiB）。',
      'density-calculator': '“宿主机内存”必须是一个数，例如 256 GiB。',
      'density-calculator appMiB': '“应用内存占用”必须大于 0 MiB。',
    });
    // The live regions and status lines after use.
    const t = (tag: string, sel: string) => text(page.locator(tag).first().locator(sel));
    expect(await t('trap-stepper', '[data-part="step"]')).toMatch(/^第 5 步（共 9 步）：静默失败 客户机 客户机内核运行在 1 环/);
    expect(await t('trap-stepper', '[data-part="step"] .sim-problem')).toBe('结果错误：客户机要求 IF=0，但 IF 仍然是 1，而且没有任何陷入通知 VMM。');
    expect(await t('page-walk', '[data-part="progress"]')).toMatch(/^第 2 次访存（共 5 次）：/);
    expect(await t('exit-cost', '[data-part="stale"]')).toBe(MESSAGES['zh-cn'].exitCost.stale);
    expect(await t('density-calculator', '.dm-status')).toBe(MESSAGES['zh-cn'].density.fixOne);
    expect(await t('feature-matrix', '.dm-status')).toMatch(/^5 种技术中有 \d 种提供写时复制（部分支持也算）：/);
    expect(await t('history-timeline', '.dm-status')).toMatch(/^共 \d+ 个里程碑，显示 \d+ 个：虚拟机监视器；1959–1978。$/);
    expect(await t('boot-comparison', '.dm-chart__title')).toBe('内存开销：有出处的数值，线性坐标，从小到大');
    expect(await t('boot-comparison', '.dm-details')).toMatch(/^.+：内存开销 .+ 有出处\s*条件：/);
    expect(await text(page.locator('exit-cost label[for$="-exitCostMicros"]'))).toBe('每次退出的开销（µs）');
    // Numbers are formatted for zh-CN (grouping as Intl writes it).
    expect(await t('cold-start', '[data-part="source"]')).toContain(`${(1144).toLocaleString('zh-CN')} ms`);
    // The source note closes with its bracketed link: ……（出处）。
    expect(await t('cold-start', '[data-part="source"]')).toMatch(/[^。]（出处）。$/);
    // The density sum is in one unit: the overhead cell shows the source's MB and the MiB the sum uses.
    expect(await t('density-calculator', 'tr[data-technology="container"] td:nth-child(2)')).toMatch(/^4\.09 MB = 3\.9 MiB(?![\d.])/);
    expect(await t('density-calculator', 'tr[data-technology="kata"] td:nth-child(2)')).toMatch(/^≈ 18 MB = 17\.2 MiB 仅计部分开销/);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('speak Chinese without JavaScript too (the steps of every technique, the computed defaults, the tables)', async () => {
    const page = await open('zh-cn', false);
    for (const tag of WIDGET_TAGS) {
      const said = await heard(page.locator(tag).first());
      expect(englishIn(said, strings), tag).toEqual([]);
      expect(said, tag).toMatch(HAN);
    }
    expect(await text(page.locator('trap-stepper .sim-nojs details[open] li').first())).toMatch(/^开始 客户机 /);
    await page.close();
  });

  it('give the browser only the Chinese templates', async () => {
    const page = await open('zh-cn');
    const all = await page.$$eval('[data-messages]', (els) => els.map((el) => [el.tagName.toLowerCase(), el.getAttribute('data-messages')!]));
    const mine = all.filter(([tag]) => (WIDGET_TAGS as readonly string[]).includes(tag!));
    expect(mine.map(([tag]) => tag).sort()).toEqual([...WIDGET_TAGS].sort());
    for (const [tag, json] of mine) {
      const values: string[] = [];
      const walk = (v: unknown): void => void (typeof v === 'string' ? values.push(v) : v && typeof v === 'object' ? Object.values(v).forEach(walk) : undefined);
      walk(JSON.parse(json!));
      expect(englishIn(values.join(' | ').replace(/\{\w+\}/g, ' '), strings), tag).toEqual([]);
    }
    await page.close();
  });
});

describe('the widgets’ scripts', () => {
  it('carry none of the catalogue’s sentences or phrases, in any language, and stay under 8 KiB gzipped', () => {
    const components = ['TrapStepper', 'ExitCost', 'PageWalk', 'ColdStart', 'Migration', 'BootComparison', 'DensityCalculator', 'FeatureMatrix', 'Timeline'];
    const sizes = widgetJsSizes(dist, components);
    // Phrases of two words or more: single words can be the code's own identifiers ('guest', 'partial').
    const phrases = strings.filter((s) => /[A-Za-z]{3,}\S*\s+\S*[A-Za-z]{3,}/.test(s));
    const chinese = Object.values(MESSAGES['zh-cn'].trapStepper.words.actions).concat(MESSAGES['zh-cn'].exitCost.stale, MESSAGES['zh-cn'].density.notes);
    for (const c of components) {
      expect(sizes[c], c).toBeDefined();
      const code = sizes[c]!.files.map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('\n');
      expect(phrases.filter((p) => code.includes(p)), c).toEqual([]);
      expect(chinese.filter((p) => code.includes(p)), c).toEqual([]);
      expect(sizes[c]!.gzip, c).toBeLessThanOrEqual(8192);
    }
  });
});

describe('the same demos and simulators on the English page', () => {
  it('keep their English, error messages included', async () => {
    const page = await open('en');
    for (const tag of WIDGET_TAGS) expect(await page.locator(tag).first().getAttribute('lang'), tag).toBeNull();
    const errors = await operate(page);
    expect(errors).toEqual({
      'exit-cost': 'Cost per exit must be a number, such as 1 µs.',
      'cold-start': 'Request rate cannot be negative.',
      'pre-copy-migration': 'Stop-and-copy threshold cannot exceed the memory size (4,096 MiB).',
      'density-calculator': 'Host memory must be a number, such as 256 GiB.',
      'density-calculator appMiB': 'Application footprint must be more than 0 MiB.',
    });
    const t = (tag: string, sel: string) => text(page.locator(tag).first().locator(sel));
    expect(await t('trap-stepper', '[data-part="step"]')).toMatch(/^Step 5 of 9: Silent failure Guest Guest kernel at ring 1/);
    expect(await t('boot-comparison', '.dm-chart__title')).toBe('Memory overhead: sourced figures, linear scale, smallest first');
    expect(await t('history-timeline', '.dm-status')).toMatch(/^\d+ of \d+ milestones shown: hypervisors; 1959–1978\.$/);
    expect(await t('density-calculator', 'tr[data-technology="container"] td:nth-child(2)')).toMatch(/^4\.09 MB = 3\.9 MiB(?![\d.])/);
    expect(await t('density-calculator', 'tr[data-technology="kata"] td:nth-child(2)')).toMatch(/^≈ 18 MB = 17\.2 MiB only part of the cost/);
    expect(await t('density-calculator', 'tr[data-technology="kata"]')).toContain('÷ (128 MiB + ≈ 17.2 MiB overhead)');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
