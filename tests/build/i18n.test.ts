/**
 * Build tests for the Chinese edition: language and alternates of every zh-cn page, no English UI
 * string in a translated page's visible text, fallbacks kept out of the Chinese search index, and
 * translated labels where the build generates them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readBook } from '../../src/lib/book-files';
import { localePageHref } from '../../src/lib/book-order';
import { readTranslations, staleness } from '../../src/lib/translations';
import { DOCS_DIR } from '../../src/lib/book-files';
import { htmlFiles, pageFile, readPage } from '../helpers/dist';
import { attributeTexts, englishIn, englishUiStrings, widgetEnglish, WIDGETS } from '../helpers/english-ui';

const dist = inject('distDir');
const base = inject('base');
const book = readBook();
const translations = readTranslations(book, DOCS_DIR, 'zh-cn');
const zhFile = (id: string) => `zh-cn/${pageFile(id)}`.replace('zh-cn/index.html', 'zh-cn/index.html');
const translatedFiles = book.pages.filter((p) => translations.has(p.path)).map((p) => zhFile(p.id));
const fallbackFiles = book.pages.filter((p) => !translations.has(p.path)).map((p) => zhFile(p.id));

/** The text a reader sees, without what is marked as English (references, code) or hidden. */
function visibleChineseText(root: HTMLElement): string {
  for (const el of root.querySelectorAll('[lang="en"], code, pre, script, style, [hidden], template, .sr-only')) el.remove();
  // The language picker names each language in that language ("English"): not a UI string of ours.
  for (const el of root.querySelectorAll('starlight-lang-select')) el.remove();
  // An English name in full-width brackets after its Chinese one, "颗粒保护表（Granule Protection
  // Table）", is how a Chinese textbook glosses a term, not interface text.
  return root.querySelector('body')!.textContent.replace(/\s+/g, ' ').replace(/（[^（）\p{Script=Han}]*）/gu, '（）');
}

/** Elements whose edges break a line of text: text on either side of one is not one run. */
const BLOCKS =
  'address, article, aside, blockquote, br, button, caption, dd, details, div, dl, dt, fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hr, input, label, legend, li, nav, ol, option, output, p, pre, section, select, summary, table, tbody, td, textarea, tfoot, th, thead, tr, ul';
const BREAK = '\u{E000}';
/**
 * Spaces Chinese typesetting does not have: between Chinese punctuation and a following Han
 * character (“数值。 出处”, “chroot： 不是”), between a Han character and following punctuation
 * (“两组 ：”, “写给学生 ”一节”), and between a number and % (“14 %”).
 */
// …and none between Chinese and a citation marker: Chinese texts write 研究[1]。, not 研究 [1]。
const STRAY_SPACES = [/[。，、；：！？）”][ \u00a0]+\p{Script=Han}/u, /\p{Script=Han}[ \u00a0]+[。，、；：！？）”]/u, /\d[ \u00a0]+%/u, /[\p{Script=Han}。，、；：！？）”][ \u00a0]+\[\d/u];

/**
 * The stray spaces in the text a reader sees (or hears) in a page's content and widgets: each run of
 * text between block edges (hidden popover text included: screen readers read it), with English
 * (lang="en") and code standing as one letter, "X", so that taking them out joins nothing that was
 * apart (“运行 <code>ls</code> 。” is no “运行 。”).
 */
function straySpaces(html: string): string[] {
  const root = parse(html);
  const found: string[] = [];
  const scopes = root.querySelectorAll(`.sl-markdown-content, ${WIDGETS}, linux-lab`);
  for (const scope of scopes.filter((el) => !scopes.some((o) => o !== el && o.querySelectorAll('*').includes(el)))) {
    for (const el of scope.querySelectorAll('script, style, template, svg, [hidden]')) el.remove();
    for (const el of scope.querySelectorAll('[lang="en"], code, kbd, samp')) el.replaceWith('X');
    for (const el of scope.querySelectorAll(BLOCKS)) {
      el.insertAdjacentHTML('beforebegin', BREAK);
      el.insertAdjacentHTML('afterend', BREAK);
    }
    for (const run of scope.textContent.replace(/\s+/g, ' ').split(BREAK)) {
      for (const rule of STRAY_SPACES) {
        const m = run.match(new RegExp(`.{0,12}(?:${rule.source}).{0,8}`, 'u'));
        if (m) found.push(m[0]);
      }
    }
  }
  return found;
}

describe('the Chinese edition', () => {
  it('has a page under /zh-cn/ for every page of the book', () => {
    const files = htmlFiles(dist);
    for (const p of book.pages) expect(files, p.path).toContain(zhFile(p.id));
  });

  it('marks every zh-cn page lang="zh-CN", names both editions with hreflang, and every English page lang="en"', () => {
    for (const p of book.pages) {
      const zh = parse(readPage(dist, zhFile(p.id)));
      expect(zh.querySelector('html')!.getAttribute('lang'), zhFile(p.id)).toBe('zh-CN');
      const alt = Object.fromEntries(zh.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!, 'http://x').pathname]));
      expect(alt, zhFile(p.id)).toMatchObject({ en: localePageHref(p.id, base, 'en'), 'zh-CN': localePageHref(p.id, base, 'zh-cn') });
      const en = parse(readPage(dist, pageFile(p.id)));
      expect(en.querySelector('html')!.getAttribute('lang'), pageFile(p.id)).toBe('en');
    }
  });

  it('shows no English UI string in the visible text of a translated page', () => {
    const strings = englishUiStrings({ widgets: false });
    // Keys are named as the keyboard labels them (“按键：Home 重置”).
    const all = englishUiStrings().filter((s) => !['Home', 'End'].includes(s));
    expect(strings).toEqual(expect.arrayContaining(['Learning objectives', 'Section', 'Mark this chapter as read']));
    expect(all).toEqual(expect.arrayContaining(['Step controls', 'Stop-and-copy threshold', 'Logarithmic scale']));
    expect(translatedFiles.length).toBeGreaterThan(0);
    for (const file of translatedFiles) {
      const root = parse(readPage(dist, file));
      // The demos' and simulators' strings inside the widgets (whose text and names they are), the
      // rest of the catalogue on the rest of the page.
      expect(widgetEnglish(root, all), `${file}: demos and simulators show English UI strings`).toEqual([]);
      const found = englishIn(visibleChineseText(root), strings);
      expect(found, `${file} shows English UI strings`).toEqual([]);
    }
  });

  it('writes what the book generates on every Chinese page in Chinese, translated or not: the lab machine, the downloads, the sources page', () => {
    // Keys are named as the keyboard labels them, in Chinese text too ("按 Home 重置"): not the sidebar's "Home".
    const strings = englishUiStrings().filter((s) => !['Home', 'End'].includes(s));
    const allFiles = [...translatedFiles, ...fallbackFiles];
    let checked = 0;
    for (const file of allFiles) {
      const root = parse(readPage(dist, file));
      const generated = root.querySelectorAll('linux-lab, .bk-downloads, [data-bk-update], .bk-source > h2, .bk-source > h3, .bk-source caption, .bk-source thead');
      for (const el of generated) {
        // Hidden-until-used controls and screen-reader text count; the author's words (a lab's title
        // and steps, English on a page not translated yet) and what is marked English do not.
        const copy = parse(el.outerHTML);
        for (const x of copy.querySelectorAll('.lab-title, .lab-explain, [lang="en"], code, pre, script, style, template')) x.remove();
        const found = englishIn([copy.textContent, ...attributeTexts(copy)].join(' | '), strings);
        expect(found, `${file}: ${el.tagName.toLowerCase()}.${el.classList.value.join('.')}`).toEqual([]);
        checked++;
      }
      // What the page gives its scripts to say: this language's templates only.
      for (const el of root.querySelectorAll('[data-messages]')) {
        const values: string[] = [];
        const walk = (v: unknown): void => void (typeof v === 'string' ? values.push(v) : v && typeof v === 'object' ? Object.values(v).forEach(walk) : undefined);
        walk(JSON.parse(el.getAttribute('data-messages')!));
        const text = values.join(' | ').replace(/\{\w+\}/g, ' ');
        expect(englishIn(text, strings), `${file}: data-messages of ${el.tagName.toLowerCase()}`).toEqual([]);
      }
    }
    // Labs (four chapters), the downloads (home, preface, chapters) and the sources page were all seen.
    expect(checked).toBeGreaterThan(20);
    const sources = parse(readPage(dist, zhFile('sources')));
    expect(sources.querySelector('.bk-source > h2')!.textContent).toMatch(/^文章 \d+：\p{Script=Han}/u);
    expect(parse(readPage(dist, zhFile('contributing'))).querySelector('.bk-chapter-rules')!.getAttribute('lang')).toBe('en');
    expect(parse(readPage(dist, zhFile('lightweight/containers'))).querySelector('linux-lab [data-part="start"]')!.textContent).toMatch(/^\s*启动实验机器/);
  });

  it('gives every English word the stylesheets write (CSS generated content, e.g. the printed "Worked answer.") a Chinese rule', () => {
    const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('\n');
    const english = [...css.matchAll(/([^{}@;]+)\{[^{}]*?content:\s*(["'])([^"']*\p{Script=Latin}{2,}[^"']*)\2/gu)].map((m) => ({ selector: m[1]!.trim(), text: m[3]! }));
    expect(english.length, 'the print stylesheet labels worked answers in English').toBeGreaterThan(0);
    const missing = english.filter(({ selector }) => !new RegExp(`lang=["']?zh-CN["']?\\]\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{[^}]*content:\\s*["'][^"']*\\p{Script=Han}`, 'u').test(css));
    expect(missing.map((m) => `${m.selector} { content: "${m.text}" } has no Chinese rule for zh-CN pages`)).toEqual([]);
  });

  it('does not repeat a defined term’s English name in brackets when the Chinese name already holds it ("Istio 服务网格（Istio）")', () => {
    const repeated: string[] = [];
    for (const file of htmlFiles(dist).filter((f) => f.startsWith('zh-cn/'))) {
      for (const term of parse(readPage(dist, file)).querySelectorAll('.bk-term--define')) {
        const shown = term.querySelector('.bk-term__link')?.textContent.trim() ?? '';
        const gloss = term.querySelector('.bk-term__zh [lang]')?.textContent.trim();
        if (gloss && shown.toLowerCase().includes(gloss.toLowerCase())) repeated.push(`${file}: ${shown}（${gloss}）`);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('names each heading’s anchor link in Chinese (Starlight’s zh-CN leaves “Section titled” in English: content/i18n/zh-CN.json)', () => {
    for (const file of translatedFiles) {
      // The Chinese whole book gives a chapter not translated yet in English, marked lang="en".
      const links = parse(readPage(dist, file)).querySelectorAll('.sl-markdown-content .sl-anchor-link').filter((a) => !a.closest('[lang="en"]'));
      // The title is quoted as the heading shows it, with no space before the closing ”.
      for (const a of links) expect(a.textContent.trim(), file).toMatch(/^“\S(.*\S)?”一节$/);
    }
    expect(parse(readPage(dist, 'preface/index.html')).querySelector('.sl-anchor-link')!.textContent.trim()).toMatch(/^Section titled “.+”$/);
  });

  it('sets Chinese text without stray spaces: none after Chinese punctuation before a Han character, none before it, none before % (数值。出处, chroot：不是, 14%)', () => {
    const pages = htmlFiles(dist).filter((f) => f.startsWith('zh-cn/') && f.endsWith('index.html'));
    expect(pages).toEqual(expect.arrayContaining(translatedFiles));
    // The check sees a gap across inline elements, not across blocks; English and code stand as a
    // letter, so the space beside them (Han–Latin spacing) is not taken for a gap before punctuation.
    expect(straySpaces('<div class="sl-markdown-content"><p>副本。 <b>出处</b></p><p>运行 <code>ls</code> 。约 14 %</p><ul><li>见 </li><li>。二</li></ul><p>研究 [1]。</p></div>')).toEqual(['副本。 出处', '运行 X 。约 14 %', '研究 [1]。']);
    const found = pages.flatMap((file) => straySpaces(readPage(dist, file)).map((s) => `${file}: ${s}`));
    expect(found).toEqual([]);
  });

  it('indexes translated pages in the zh-cn search index and keeps fallbacks out of it', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // A page the English edition keeps out of search (pagefind: false: the whole book, which repeats
    // every chapter) stays out in Chinese too.
    const searchable = translatedFiles.filter((file) => readPage(dist, file.replace(/^zh-cn\//, '')).includes('data-pagefind-body'));
    expect(searchable).toContain('zh-cn/preface/index.html');
    expect(entry.languages['zh-cn']?.page_count).toBe(searchable.length);
    for (const file of searchable) expect(readPage(dist, file), file).toContain('data-pagefind-body');
    for (const file of [...fallbackFiles, ...translatedFiles.filter((f) => !searchable.includes(f))]) expect(readPage(dist, file), file).not.toContain('data-pagefind-body');
  });

  it('labels cross-references, the sidebar and the reading progress in Chinese', () => {
    const home = parse(readPage(dist, 'zh-cn/index.html'));
    const refs = home.querySelectorAll('.bk-ref > a').map((a) => a.textContent);
    expect(refs).toContain('第 1 章');
    expect(home.querySelector('.bk-ref > a')!.getAttribute('href')).toBe(localePageHref('foundations/what-is-virtualization', base, 'zh-cn'));
    const sidebar = parse(readPage(dist, 'zh-cn/glossary/index.html')).querySelector('#starlight__sidebar')!.textContent;
    expect(sidebar).toContain('第一部分 基础');
    expect(sidebar).toContain('第 4 章 CPU 虚拟化');
    expect(sidebar).toContain('参考文献');
    expect(sidebar).not.toContain('Back matter');
    expect(home.querySelector('.bk-progress__summary')!.textContent).toMatch(/^共 \d+ 章。/);
  });

  it('shows the stale-translation notice exactly on translations whose English changed since', () => {
    for (const t of translations.values()) {
      const page = parse(readPage(dist, zhFile(book.byPath.get(t.source)!.id)));
      const stale = staleness(t, readFileSync(join(DOCS_DIR, t.source), 'utf8')).stale;
      const notice = page.querySelector('[data-stale-translation]');
      expect(Boolean(notice), `${t.path}: stale ${stale}`).toBe(stale);
      if (notice) {
        expect(notice.textContent).toContain('英文原文在此译文之后有改动');
        expect(notice.querySelector('a')!.getAttribute('href')).toBe(localePageHref(book.byPath.get(t.source)!.id, base, 'en'));
      }
    }
  });

  it('orders the Chinese glossary by pinyin with the Chinese name first', () => {
    const page = parse(readPage(dist, 'zh-cn/glossary/index.html'));
    const letters = page.querySelectorAll('.bk-glossary-letter > h2').map((h) => h.textContent);
    expect(letters).toEqual([...letters].sort());
    const first = page.querySelector('#hypervisor')!;
    expect(first.querySelector('dfn')!.textContent).toBe('虚拟机监视器');
    expect(first.querySelector('[lang="en"]')!.textContent).toBe('hypervisor');
  });
});
