/** Build tests for the site shell: links under the base path, page metadata, search index, 404. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readBook } from '../../src/lib/book-files';
import { pageHref } from '../../src/lib/book-order';
import { TEST_REPO, TEST_SITE } from '../helpers/build-site';
import { htmlFiles, pageFile, readPage } from '../helpers/dist';

const dist = inject('distDir');
const base = inject('base');
const files = htmlFiles(dist);
const book = readBook();

/** The dist file a root-relative URL resolves to, or undefined if it resolves to nothing. */
function resolveUrl(url: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.find((c) => existsSync(join(dist, c)));
}

describe('the built site', () => {
  it('has a page for every file in content/docs', () => {
    for (const p of book.pages) expect(files, `page for ${p.path}`).toContain(pageFile(p.id));
  });

  it('resolves every internal href and src to a file under the base path', () => {
    const broken: string[] = [];
    for (const file of files) {
      const root = parse(readPage(dist, file));
      for (const el of root.querySelectorAll('[href], [src]')) {
        for (const attr of ['href', 'src']) {
          const url = el.getAttribute(attr);
          if (!url || url.startsWith('#') || /^(?:[a-z]+:|\/\/)/i.test(url)) continue;
          // Relative URLs are resolved against the page's own URL, as a browser would.
          const pageUrl = `${base}${file.replace(/index\.html$/, '')}`;
          const absolute = new URL(url, `http://x${pageUrl}`).pathname;
          if (!resolveUrl(absolute)) broken.push(`${file}: ${attr}="${url}"`);
        }
      }
    }
    expect(broken, `links that break under ${base}`).toEqual([]);
  });

  it('writes no <a> without an href (crawlers and Lighthouse count it as a link they cannot follow)', () => {
    const found: string[] = [];
    for (const file of files) {
      for (const a of parse(readPage(dist, file)).querySelectorAll('a')) {
        if (!a.hasAttribute('href')) found.push(`${file}: ${a.toString().slice(0, 120)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('gives every page a language, a title and a description', () => {
    for (const file of files) {
      const root = parse(readPage(dist, file));
      // The Simplified Chinese edition lives under zh-cn/ (its fallbacks too: Starlight's notice is Chinese).
      expect(root.querySelector('html')?.getAttribute('lang'), `${file} lang`).toBe(file.startsWith('zh-cn/') ? 'zh-CN' : 'en');
      expect(root.querySelector('title')?.text.trim().length, `${file} <title>`).toBeGreaterThan(3);
      const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, `${file} description`).toBeGreaterThan(10);
    }
  });

  it('has a Pagefind index that covers every content page', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const searchable = files.filter((f) => readPage(dist, f).includes('data-pagefind-body'));
    // Every content page but the splash home page is marked for indexing, and all of them are in.
    expect(searchable.length).toBeGreaterThanOrEqual(book.pages.length - 1);
    expect(indexed).toBe(searchable.length);
  });

  it('has a 404 page that speaks both languages and links to both home pages (GitHub Pages serves it for a missing address in either edition)', () => {
    expect(files).toContain('404.html');
    const root = parse(readPage(dist, '404.html'));
    expect(root.querySelector('h1')?.text).toMatch(/404/);
    const main = root.querySelector('main')!;
    expect(main.querySelector('[lang="zh-CN"]')?.text, 'a Chinese message marked lang="zh-CN"').toMatch(/[\u4e00-\u9fff]{6}/);
    const homes = main.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(homes).toContain(base);
    expect(homes).toContain(`${base}zh-cn/`);
  });
});

describe('edit and report links', () => {
  const repo = TEST_REPO;
  it('every page links to its source on the repository and to a prefilled new issue', () => {
    const problems: string[] = [];
    for (const p of book.pages) {
      const html = parse(readPage(dist, pageFile(p.id)));
      const edit = html.querySelector('a.bk-edit-link')?.getAttribute('href');
      if (edit !== `https://github.com/${repo}/edit/main/content/docs/${p.path}`) problems.push(`${p.id}: edit link ${edit}`);
      const report = html.querySelector('a.bk-report-link')?.getAttribute('href');
      const url = report ? new URL(report) : undefined;
      if (url?.origin + (url?.pathname ?? '') !== `https://github.com/${repo}/issues/new`) problems.push(`${p.id}: report link ${report}`);
      else {
        if (!url!.searchParams.get('title')?.includes(p.title)) problems.push(`${p.id}: issue title ${url!.searchParams.get('title')}`);
        if (!url!.searchParams.get('body')?.includes(`${TEST_SITE}${pageHref(p.id, base)}`)) problems.push(`${p.id}: issue body lacks the page URL`);
      }
    }
    expect(problems).toEqual([]);
  });
});
