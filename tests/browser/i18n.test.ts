/** Browser tests for the Chinese edition: the language switch keeps the section; Chinese search. */
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const base = inject('base');
let browser: Browser;

useBrowser((b) => (browser = b));

async function switchTo(page: import('playwright-core').Page, label: string) {
  await page.waitForFunction(() => customElements.get('starlight-lang-select') !== undefined);
  const select = page.locator('starlight-lang-select select').first();
  // The picker sits in the header on wide screens.
  const before = new URL(page.url()).pathname;
  await Promise.all([page.waitForURL((u) => u.pathname !== before), select.selectOption({ label })]);
  await page.waitForLoadState('domcontentloaded');
}

describe('the language switch', () => {
  it('lands on the same section of the other edition, both ways', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}#who-it-is-for`);
    await switchTo(page, '简体中文');
    const zh = new URL(page.url());
    expect(zh.pathname).toBe(`${base}zh-cn/`);
    expect(zh.hash).toBe('#who-it-is-for');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // The fragment names a heading of the Chinese page, in Chinese.
    expect(await page.locator('#who-it-is-for').textContent()).toContain('读者');

    await switchTo(page, 'English');
    const en = new URL(page.url());
    expect(en.pathname).toBe(base);
    expect(en.hash).toBe('#who-it-is-for');
    expect(await page.locator('#who-it-is-for').textContent()).toContain('Who it is for');
    await page.close();
  });

  it('keeps the place of a reader who scrolled (no #fragment) to a section', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}zh-cn/system/memory-io-interrupts/`);
    const heading = page.locator('.sl-markdown-content h2[id]').nth(4);
    const id = (await heading.getAttribute('id'))!;
    // Scrolled, as a reader does, so the heading is just above the middle of the screen.
    await heading.evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 120));
    expect(new URL(page.url()).hash).toBe('');
    await switchTo(page, 'English');
    const en = new URL(page.url());
    expect(en.pathname).toBe(`${base}system/memory-io-interrupts/`);
    expect(en.hash).toBe(`#${id}`);
    await page.close();
  });
});

/**
 * The search dialog of a Chinese page, opened as a reader opens it; `run(query)` types a query and
 * waits until its results are in (the count line names the query, the links have come, none is
 * loading).
 */
async function searchOn(path: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${siteUrl}${path}`);
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  await page.getByRole('button', { name: /搜索/ }).first().click();
  const input = page.locator('.pagefind-ui__search-input').first();
  const run = async (query: string) => {
    await input.fill(query);
    // The Chinese count line starts with the query in quotes ("“页表”共有 12 个结果"); "searching…"
    // names it too, while the previous query's results are still shown.
    await page.waitForFunction(
      (q) =>
        (document.querySelector('.pagefind-ui__message')?.textContent ?? '').trim().startsWith(`“${q}”`) &&
        document.querySelector('.pagefind-ui__result-link') !== null &&
        !document.querySelector('.pagefind-ui__result .pagefind-ui__loading'),
      query,
      { timeout: 15_000 },
    );
  };
  /** The result pages' paths, in order (not their sub-results). */
  const urls = () =>
    page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { page, run, urls };
}

describe('search in the Chinese edition', () => {
  it('finds Chinese pages for a Chinese substring and for an English technical name', async () => {
    const search = await searchOn('zh-cn/glossary/');
    for (const q of ['页表', '影子页表', 'KVM', 'Firecracker']) {
      await search.run(q);
      const urls = await search.urls();
      expect(urls.length, q).toBeGreaterThan(0);
      expect(urls.every((u) => u.startsWith(`${base}zh-cn/`)), `${q}: ${urls.join(' ')}`).toBe(true);
    }
    await search.page.close();
  });
});

/**
 * The Chinese terms the translation issues name, each with the chapter that teaches it (any of
 * several where two chapters do): searched from a Chinese page, that chapter is in the top three.
 */
const TEACHES_ZH: Record<string, string[]> = {
  影子页表: ['system/memory-io-interrupts'],
  扩展页表: ['system/memory-io-interrupts'],
  陷入再模拟: ['system/cpu-virtualization'],
  二进制翻译: ['system/cpu-virtualization'],
  半虚拟化: ['system/cpu-virtualization', 'system/hypervisor-architectures'],
  超级调用: ['system/cpu-virtualization'],
  硬件辅助虚拟化: ['system/cpu-virtualization'],
  热迁移: ['system/live-migration-and-nesting'],
  嵌套虚拟化: ['system/live-migration-and-nesting'],
  机密计算: ['system/confidential-computing'],
  命名空间: ['lightweight/containers'],
  控制组: ['lightweight/containers'],
  容器逃逸: ['lightweight/containers'],
  单内核: ['lightweight/lightweight-virtualization', 'lightweight/library-and-language-vms'],
  微虚拟机: ['lightweight/lightweight-virtualization'],
  服务网格: ['cloud-native/service-mesh'],
  边车: ['cloud-native/service-mesh'],
  冷启动: ['cloud-native/serverless'],
  函数即服务: ['cloud-native/serverless'],
};

describe('Chinese searches land on the chapter that teaches the term', () => {
  it('puts the teaching chapter in the top three for every term of the translation issues', { timeout: 120_000 }, async () => {
    const search = await searchOn('zh-cn/');
    const wrong: string[] = [];
    for (const [query, chapters] of Object.entries(TEACHES_ZH)) {
      await search.run(query);
      const urls = (await search.urls()).slice(0, 3);
      const expected = chapters.map((c) => `${base}zh-cn/${c}/`);
      if (!urls.some((u) => expected.includes(u))) wrong.push(`${query}: top three ${urls.join(' ')}; expected ${expected.join(' or ')}`);
    }
    await search.page.close();
    expect(wrong).toEqual([]);
  });
});

describe('a Chinese search as a reader sees it', () => {
  // The chapter named after each term. 热迁移 is defined in passing in Chapter 1 (the glossary's
  // "introduced in"), but Chapter 8 is the chapter about it; Chapter 1 came first for both terms.
  const FIRST: Record<string, string> = {
    热迁移: 'system/live-migration-and-nesting',
    服务网格: 'cloud-native/service-mesh',
    影子页表: 'system/memory-io-interrupts',
  };

  it('ranks the chapter about the term first, in a Chinese count line, with excerpts that mark the query', { timeout: 120_000 }, async () => {
    const { page, run } = await searchOn('zh-cn/system/cpu-virtualization/');
    const problems: string[] = [];
    for (const [query, chapter] of Object.entries(FIRST)) {
      await run(query);
      const shown = await page.evaluate(() => ({
        message: document.querySelector('.pagefind-ui__message')?.textContent ?? '',
        results: [...document.querySelectorAll('.pagefind-ui__result')].map((r) => ({
          url: r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!.pathname,
          highlight: new URL(r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!.href).searchParams.getAll('highlight'),
          excerpts: [...r.querySelectorAll('.pagefind-ui__result-excerpt')].map((e) => e.textContent ?? ''),
          marks: [...r.querySelectorAll('.pagefind-ui__result-excerpt mark')].map((m) => (m.textContent ?? '').trim()),
        })),
      }));
      // The count line in Chinese: "“服务网格”共有 18 个结果", not "18 results for 服务网格".
      const rest = shown.message.replace(query, '');
      if (/[A-Za-z]/.test(rest) || !/\p{Script=Han}/u.test(rest)) problems.push(`${query}: count line "${shown.message}"`);
      const first = shown.results[0];
      if (first?.url !== `${base}zh-cn/${chapter}/`) problems.push(`${query}: first ${first?.url}, expected ${chapter}`);
      // The chapter about the term has it in its prose: its first excerpt shows it.
      if (first && !first.excerpts[0]?.includes(query)) problems.push(`${query}: first excerpt lacks the query: ${first.excerpts[0]?.slice(0, 60)}`);
      // A highlight marks the query (or one of its words), never a single character or a sentence,
      // in the excerpts and on the page the result opens.
      if (first && first.highlight.join(' ') !== query) problems.push(`${query}: the page would highlight ${first.highlight.join(', ')}`);
      for (const r of shown.results) {
        const bad = r.marks.filter((m) => [...m].length < 2 || !query.includes(m));
        if (bad.length) problems.push(`${query}: ${r.url} marks ${bad.slice(0, 3).join(' | ')}`);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('the quiz and reading progress on a Chinese page', () => {
  it('grade, score and mark as read in Chinese', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}zh-cn/foundations/what-is-virtualization/`);
    await page.waitForFunction(() => customElements.get('bk-quiz') !== undefined && customElements.get('bk-mark-read') !== undefined);
    const item = page.locator('.bk-quiz__item').first();
    await item.locator('.bk-quiz__check').click();
    await expect.poll(() => item.locator('.bk-quiz__result').textContent()).toBe('请先选择一个答案。');
    await item.locator('.bk-quiz__option[data-correct="true"] input').first().check();
    await item.locator('.bk-quiz__check').click();
    await expect.poll(() => item.locator('.bk-quiz__result').textContent()).toBe('正确。');
    const total = await page.locator('.bk-quiz__item').count();
    expect(await page.locator('.bk-quiz__score').first().textContent()).toBe(`目前答对 1 题，共 ${total} 题。`);
    const mark = page.locator('bk-mark-read button');
    expect(await mark.textContent()).toBe('将本章标记为已读');
    await mark.click();
    expect(await mark.textContent()).toBe('已读 ✓（点击取消标记）');
    await page.close();
  });
});
