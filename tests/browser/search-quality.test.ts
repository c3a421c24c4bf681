/**
 * What search shows a student: excerpts of prose (not the hidden Chinese sub-words, not MDX
 * source), the chapter that teaches a term first, glossary hits that open at the entry, and every
 * page that contains a Chinese term found by it (the recall Pagefind lost for CJK in 1.5, issue
 * #1237, where index-time and query-time segmentation disagree).
 */
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { glossary } from '../../src/data/glossary';
import { readBook } from '../../src/lib/book-files';
import { pageHref } from '../../src/lib/book-order';
import { useBrowser } from '../helpers/browser';
import { htmlFiles, readPage } from '../helpers/dist';

const siteUrl = inject('siteUrl');
const base = inject('base');
const dist = inject('distDir');
const book = readBook();
let browser: Browser;
useBrowser((b) => (browser = b));

/**
 * The chapter that teaches each query: the one named here, else the glossary's "introduced in"
 * for the term (English, Chinese or alias).
 */
const TEACHES: Record<string, string | string[] | undefined> = {
  // Three chapters teach hypervisors: Chapter 1 defines the word, the CPU chapter how one runs a
  // guest, Hypervisor architectures its designs. Any of them first is right; a page that only
  // mentions the word first is not.
  hypervisor: ['foundations/what-is-virtualization', 'system/cpu-virtualization', 'system/hypervisor-architectures'],
  页表: 'system/memory-io-interrupts',
  Firecracker: 'lightweight/lightweight-virtualization',
};
const QUERIES = ['页表', '虚拟机监视器', 'hypervisor', 'namespace', '影子页表', 'Firecracker'];

function teachingPages(query: string): string[] {
  const q = query.toLowerCase();
  const entry = glossary.find((e) => e.term.toLowerCase() === q || e.zh === query || e.aliases?.some((a) => a.toLowerCase() === q));
  const named = TEACHES[query] ?? (entry ? book.pages.find((p) => p.slug === entry.introducedIn)?.id : undefined);
  const ids = Array.isArray(named) ? named : [named];
  const pages = ids.map((id) => book.pages.find((p) => p.id === id));
  if (!pages.length || pages.some((p) => !p)) throw new Error(`no teaching chapter known for "${query}" (glossary entry or TEACHES in this test)`);
  return pages.map((p) => pageHref(p!.id, base));
}

interface Shown {
  url: string;
  excerpt: string;
  subs: { url: string; excerpt: string }[];
}

/** Types a query into the book's search dialog and reads the results as the reader sees them. */
async function search(page: Page, query: string): Promise<Shown[]> {
  const input = page.locator('.pagefind-ui__search-input').first();
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const msg = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      const links = document.querySelectorAll('.pagefind-ui__result-link');
      return msg.includes(q) && links.length > 0 && [...document.querySelectorAll('.pagefind-ui__result')].every((r) => r.querySelector('.pagefind-ui__result-link'));
    },
    query,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(200);
  return page.evaluate(() =>
    [...document.querySelectorAll('.pagefind-ui__result')].map((r) => ({
      url: new URL(r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!.href).pathname,
      excerpt: r.querySelector(':scope > .pagefind-ui__result-inner > .pagefind-ui__result-excerpt')?.textContent ?? '',
      subs: [...r.querySelectorAll('.pagefind-ui__result-nested')].map((n) => ({
        url: n.querySelector<HTMLAnchorElement>('a')!.href,
        excerpt: n.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '',
      })),
    })),
  );
}

async function openSearch(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(siteUrl);
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  await page.getByRole('button', { name: /search/i }).first().click();
  await page.locator('.pagefind-ui__search-input').first().waitFor();
  return page;
}

/** Four or more whitespace-separated words in Han only: the hidden sub-words, not prose. */
const TOKEN_SOUP = /(?:^|\s)(?:\p{Script=Han}+\s+){3,}\p{Script=Han}+(?=\s|$)/u;

describe('search results a student sees', () => {
  it('excerpts show prose only: no run of Chinese sub-words, no markup', { timeout: 120_000 }, async () => {
    const page = await openSearch();
    const problems: string[] = [];
    for (const query of [...QUERIES, '第一类', '虚拟机', 'Term']) {
      for (const r of await search(page, query)) {
        for (const [where, text] of [[r.url, r.excerpt], ...r.subs.map((s) => [s.url, s.excerpt] as const)] as const) {
          if (TOKEN_SOUP.test(text)) problems.push(`"${query}" ${where}: Chinese sub-words in the excerpt: ${text.slice(0, 80)}`);
          if (/[<>]/.test(text)) problems.push(`"${query}" ${where}: markup in the excerpt: ${text.slice(0, 80)}`);
        }
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('no result shows the index metadata: no "Defines:" box, no run of joined words', { timeout: 120_000 }, async () => {
    // The "defines" metadata ranks the teaching chapter; shown, it was a box of every term the page
    // defines with the spaces removed ("privilegelevel currentprivilegelevel …").
    const joined = new Set(glossary.flatMap((e) => [e.term, ...(e.aliases ?? [])]).filter((t) => /\s/.test(t)).map((t) => t.replace(/[\s,:;]+/g, '').toLowerCase()));
    const page = await openSearch();
    const problems: string[] = [];
    for (const query of ['hypervisor', 'namespace', 'Firecracker', '虚拟机监视器']) {
      await search(page, query);
      const shown = await page.evaluate(() => ({
        tags: document.querySelectorAll('.pagefind-ui__result-tags, .pagefind-ui__result-tag').length,
        text: document.querySelector<HTMLElement>('.pagefind-ui__results')?.innerText ?? '',
      }));
      if (shown.tags) problems.push(`"${query}": ${shown.tags} metadata boxes`);
      if (/\bDefines:/i.test(shown.text)) problems.push(`"${query}": "Defines:" shown`);
      const runs = shown.text.split(/[^\p{L}\p{N}-]+/u).filter((w) => joined.has(w.toLowerCase()));
      if (runs.length) problems.push(`"${query}": joined words ${[...new Set(runs)].slice(0, 5).join(' ')}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a result still loading shows a plain bar, not rows of dots, to eyes and screen readers', { timeout: 60_000 }, async () => {
    // Without the offline service worker, whose fetches page.route cannot see.
    const page = await openSearch({ serviceWorkers: 'block' });
    // Hold each result's fragment back, as a slow phone would, so the placeholders stay.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let heldBack = 0;
    await page.route('**/pagefind/fragment/**', async (route) => {
      heldBack++;
      await held;
      await route.continue();
    });
    await page.locator('.pagefind-ui__search-input').first().fill('hypervisor');
    await page.locator('.pagefind-ui__result .pagefind-ui__loading').first().waitFor({ state: 'attached', timeout: 15_000 });
    const loading = await page.evaluate(() => {
      const results = document.querySelector<HTMLElement>('.pagefind-ui__results')!;
      const el = document.querySelector<HTMLElement>('.pagefind-ui__result .pagefind-ui__loading')!;
      const bar = getComputedStyle(el, '::after');
      return { text: results.innerText, bar: { content: bar.content, visibility: bar.visibility, height: el.getBoundingClientRect().height } };
    });
    const spoken = await page.locator('.pagefind-ui__results').ariaSnapshot();
    const stillLoading = await page.locator('.pagefind-ui__result .pagefind-ui__loading').count();
    release();
    await page.close();
    expect(heldBack, 'fragments held back').toBeGreaterThan(0);
    expect(stillLoading, 'placeholders still shown when read').toBeGreaterThan(0);
    expect(loading.text, 'visible text of the loading results').not.toMatch(/(\.\s*){3}/);
    expect(spoken, 'what a screen reader gets').not.toMatch(/(\.\s*){3}/);
    expect(loading.bar).toMatchObject({ content: '""', visibility: 'visible' });
    expect(loading.bar.height).toBeGreaterThan(0);
  });

  it('the chapter that teaches a term ranks first', { timeout: 120_000 }, async () => {
    const page = await openSearch();
    const wrong: string[] = [];
    for (const query of QUERIES) {
      const expected = teachingPages(query);
      const results = await search(page, query);
      if (!expected.includes(results[0]?.url ?? '')) wrong.push(`"${query}": first ${results[0]?.url}, expected one of ${expected.join(', ')}`);
    }
    await page.close();
    expect(wrong).toEqual([]);
  });

  it('a glossary hit opens at the entry, not at its letter', { timeout: 60_000 }, async () => {
    const page = await openSearch();
    const glossaryUrl = pageHref('glossary', base);
    for (const entry of glossary.filter((e) => ['hypervisor', 'namespace'].includes(e.id))) {
      const hit = (await search(page, entry.zh)).find((r) => r.url === glossaryUrl);
      expect(hit, `the glossary is found by ${entry.zh}`).toBeDefined();
      expect(hit!.subs[0]?.url, `first glossary section for ${entry.zh}`).toMatch(new RegExp(`#${entry.id}$`));
    }
    await page.close();
  });

  it('every page that contains a Chinese term is found by it (Pagefind issue #1237)', { timeout: 60_000 }, async () => {
    // The text Pagefind indexes on each page: its main content without what it is told to ignore.
    const texts = new Map<string, string>();
    for (const file of htmlFiles(dist)) {
      // English pages only: this page's search runs on the English index; the Chinese edition has
      // its own index, searched from Chinese pages (tests/browser/i18n.test.ts).
      if (file === '404.html' || file === 'whole-book/index.html' || file.startsWith('pagefind/') || file.startsWith('zh-cn/')) continue;
      const root = parse(readPage(dist, file));
      const main = root.querySelector('[data-pagefind-body]') ?? root.querySelector('main');
      if (!main) continue;
      for (const el of main.querySelectorAll('[data-pagefind-ignore], script, style')) el.remove();
      texts.set(`${base}${file.replace(/index\.html$/, '')}`, main.textContent);
    }
    const page = await browser.newPage();
    await page.goto(siteUrl);
    const missing: string[] = [];
    for (const term of ['页表', '虚拟机监视器', '影子页表', '容器', '虚拟化']) {
      const found = new Set(
        // A string, not a function: the test runner would rewrite a dynamic import() in one.
        (await page.evaluate(`(async () => {
          const pagefind = await import('${base}pagefind/pagefind.js');
          const r = await pagefind.search(${JSON.stringify(term)});
          return Promise.all(r.results.map(async (x) => (await x.data()).url));
        })()`)) as string[],
      );
      const containing = [...texts].filter(([, text]) => text.includes(term)).map(([url]) => url);
      expect(containing.length, `pages containing ${term}`).toBeGreaterThan(0);
      for (const url of containing) if (!found.has(url)) missing.push(`${term}: ${url}`);
    }
    await page.close();
    expect(missing).toEqual([]);
  });
});
