/** The pure parts of the PDF pipeline: nesting bookmarks, the download link, the print document. */
import { describe, expect, it } from 'vitest';
import { outlineTree } from '../../src/lib/pdf-outline';
import { formatMB, showPdfLink } from '../../src/lib/pdf-link';
import { printBook } from '../../src/lib/print-book';
import { PRINT_MESSAGES } from '../../src/i18n/print';

describe('outlineTree', () => {
  it('nests bookmarks by level, and a skipped level under the last shallower one', () => {
    const tree = outlineTree([
      { level: 1, title: 'Part I', page: 3 },
      { level: 2, title: '1. A', page: 5 },
      { level: 3, title: '1.1 a', page: 5 },
      { level: 2, title: '2. B', page: 9 },
      { level: 1, title: 'Index', page: 20 },
      { level: 3, title: 'deep', page: 21 },
    ]);
    expect(tree.map((n) => n.title)).toEqual(['Part I', 'Index']);
    expect(tree[0]!.children.map((n) => n.title)).toEqual(['1. A', '2. B']);
    expect(tree[0]!.children[0]!.children.map((n) => n.title)).toEqual(['1.1 a']);
    expect(tree[1]!.children.map((n) => n.title)).toEqual(['deep']);
  });
  it('rejects a level that is not a positive integer', () => {
    expect(() => outlineTree([{ level: 0, title: 'x', page: 1 }])).toThrow(/level 0/);
  });
});

describe('the download link', () => {
  const hidden = '<p class="bk-pdf-link" data-bk-pdf hidden><span data-href="/b/book.pdf" data-pdf="book.pdf" data-sized="Download the PDF, {size}">Download the PDF</span></p>';
  const zhHidden = '<html lang="zh-CN"><p class="bk-pdf-link" data-bk-pdf hidden><span data-href="/b/zh-cn/book.pdf" data-pdf="zh-cn/book.pdf" data-sized="下载 PDF（{size}）">下载 PDF</span></p></html>';
  it('is shown with the size, and a second run updates the size', () => {
    const once = showPdfLink(hidden, 2_345_678);
    expect(once).toBe('<p class="bk-pdf-link" data-bk-pdf><a href="/b/book.pdf" data-pdf="book.pdf" data-sized="Download the PDF, {size}" type="application/pdf" download>Download the PDF, 2.3 MB</a></p>');
    expect(showPdfLink(once, 12_600_000)).toContain('Download the PDF, 13 MB</a>');
  });
  it('shows a link only where its own edition’s PDF exists, in the page’s language', () => {
    const sizes: Record<string, number> = { 'book.pdf': 2_345_678 };
    const sizeOf = (file: string) => sizes[file];
    expect(showPdfLink(zhHidden, sizeOf)).toBe(zhHidden);
    expect(showPdfLink(hidden, sizeOf)).toContain('>Download the PDF, 2.3 MB</a>');
    sizes['zh-cn/book.pdf'] = 1_234_567;
    const zh = showPdfLink(zhHidden, sizeOf);
    expect(zh).toContain('<a href="/b/zh-cn/book.pdf" data-pdf="zh-cn/book.pdf"');
    expect(zh).toContain('>下载 PDF（1.2 MB）</a>');
    // A PDF that went away takes its link with it.
    delete sizes['zh-cn/book.pdf'];
    expect(showPdfLink(zh, sizeOf)).toContain('<p class="bk-pdf-link" data-bk-pdf hidden><span data-href="/b/zh-cn/book.pdf"');
  });
  it('reads pages written before the link named its file and words as the English PDF', () => {
    const old = '<p class="bk-pdf-link" data-bk-pdf hidden><a data-href="/b/book.pdf">Download the PDF</a></p>';
    expect(showPdfLink(old, (f) => (f === 'book.pdf' ? 80_000 : undefined))).toContain('<a href="/b/book.pdf" data-pdf="book.pdf" data-sized="Download the PDF, {size}" type="application/pdf" download>Download the PDF, 0.1 MB</a>');
  });
  it('formats sizes in megabytes, in the page language’s number format', () => {
    expect(formatMB(80_000)).toBe('0.1 MB');
    expect(formatMB(9_960_000)).toBe('10.0 MB');
    expect(formatMB(2_345_678, 'zh-CN')).toBe('2.3 MB');
    expect(formatMB(2_345_678, 'de')).toBe('2,3 MB');
  });
});

const page = (content: string, extra = '') => `<html><head>${extra}</head><body><div class="sl-markdown-content">${content}</div></body></html>`;
const whole = page(
  `<div id="bk-whole-book"><nav class="bk-contents"></nav>` +
    `<section class="bk-chapter" data-chapter-id="system/cpu"><h1 class="bk-chapter__title" id="c4-chapter"><span class="bk-secnum">Chapter 4</span> CPU</h1>` +
    `<h2 id="c4-traps"><span class="bk-secnum">4.1 </span>Traps</h2><p><span class="bk-pop bk-term"><a href="/b/glossary/#hypervisor" class="bk-term__link" aria-describedby="t1">hypervisor</a><span class="bk-pop__card" id="t1">card</span></span> ` +
    `<span class="bk-pop bk-ref"><a href="#c4-traps">Section 4.1</a></span> <a href="/b/preface/">the preface</a><script>x()</script></p><trap-stepper><button>Step</button><table><tr><td>1</td></tr></table></trap-stepper></section>` +
    `<section class="bk-chapter bk-appendix"><h1 class="bk-chapter__title" id="appendix-answers">Appendix</h1></section></div>`,
);
const input = {
  wholeBook: whole,
  glossary: page('<nav class="bk-az"><a href="#letter-H">H</a></nav><dl><dt id="hypervisor"><dfn>hypervisor</dfn></dt><dd>x</dd></dl>'),
  references: page('<ul class="bk-bibliography"><li id="popek1974">Popek</li></ul>'),
  parts: [{ dir: 'system', numeral: 'II', title: 'System virtualization' }],
  meta: { date: 'January 2026', url: 'https://x.org/b/' },
  words: PRINT_MESSAGES.en,
  base: '/b/',
  siteStylesheets: ['/b/_astro/a.css'],
  printCss: '@page { size: A5 }',
};

describe('printBook', () => {
  const out = printBook(input);
  it('has a cover, a contents with page references, a part page and the back matter', () => {
    expect(out.html).toMatch(/<section class="bk-cover"[^>]*>.*Second edition.*January 2026.*https:\/\/x\.org\/b\//);
    expect(out.html).toContain('<a href="#part-II">Part II. System virtualization<span class="bk-pageref" data-bk-target="part-II">000</span></a>');
    expect(out.html).toContain('<a href="#c4-traps"><span class="bk-toc__num">4.1</span> Traps<span class="bk-pageref" data-bk-target="c4-traps">000</span></a>');
    expect(out.html).toMatch(/id="part-II".*id="c4-chapter".*id="appendix-answers".*id="bibliography".*id="glossary".*id="index"/s);
    expect(out.chapters).toBe(1);
  });
  it('points term links at the printed glossary, gives each use an id and indexes it', () => {
    expect(out.html).toContain('<a href="#g-hypervisor" class="bk-term__link" id="use-1" data-bk-use="hypervisor">hypervisor</a>');
    expect(out.html).toContain('<a class="bk-index__term" href="#g-hypervisor">hypervisor</a> <span class="bk-index__pages"><a class="bk-index__page" href="#use-1"><span class="bk-pageref" data-bk-target="use-1">000</span></a>');
    expect(out).toMatchObject({ indexTerms: 1, indexUses: 1 });
  });
  it('gives cross-references a page, links other pages to the site, drops scripts and previews, marks demos', () => {
    expect(out.html).toContain('<a href="#c4-traps">Section 4.1 on page <span class="bk-pageref" data-bk-target="c4-traps">000</span></a>');
    expect(out.html).toContain('<a href="https://x.org/b/preface/">the preface</a>');
    expect(out.html).not.toMatch(/<script|bk-pop__card|bk-az/);
    expect(out.html).toMatch(/<trap-stepper data-bk-demo>.*Interactive in the web edition: <a href="https:\/\/x\.org\/b\/system\/cpu\/">/);
    expect(out.html).toContain('<link rel="stylesheet" href="/b/_astro/a.css" data-pagedjs-ignore>');
  });
  it('says what is missing from a page that was not assembled', () => {
    expect(() => printBook({ ...input, wholeBook: page('<p>x</p>') })).toThrow(/no #bk-whole-book/);
  });
});

describe('printBook, Chinese edition', () => {
  const zh = (content: string) => page(content).replace('<html>', '<html lang="zh-CN">');
  const term = (id: string) => `<span class="bk-pop bk-term"><a href="/b/zh-cn/glossary/#${id}" class="bk-term__link">${id}</a></span>`;
  const out = printBook({
    ...input,
    wholeBook: zh(
      `<div id="bk-whole-book"><section class="bk-chapter" data-chapter-id="system/cpu"><h1 class="bk-chapter__title" id="c4-chapter"><span class="bk-secnum">第 4 章</span> CPU 虚拟化</h1>` +
        `<h2 id="c4-traps"><span class="bk-secnum">4.1 </span>陷入</h2><p><a href="/b/zh-cn/preface/">前言</a>${term('vm')}${term('hypervisor')}${term('container')}<span class="bk-pop bk-ref"><a href="#c4-traps">4.1 节</a></span></p><trap-stepper></trap-stepper></section></div>`,
    ),
    // Pinyin: 虚拟机 xū, 虚拟机监视器 xū…, 容器 róng: 容器 first.
    glossary: zh(
      ['vm:虚拟机:virtual machine', 'hypervisor:虚拟机监视器:hypervisor', 'container:容器:container']
        .map((x) => x.split(':'))
        .map(([id, zhName, en]) => `<h3 id="${id}"><dfn>${zhName}</dfn> <span lang="en" class="bk-glossary__zh">${en}</span></h3>`)
        .join(''),
    ),
    parts: [{ dir: 'system', numeral: 'II', title: '系统虚拟化' }],
    meta: { date: PRINT_MESSAGES['zh-cn'].date('2026-12'), url: 'https://x.org/b/zh-cn/' },
    base: '/b/',
    editionPath: 'zh-cn/',
    words: PRINT_MESSAGES['zh-cn'],
  });
  it('uses the Chinese words: cover, contents, part, chapter, page references, back matter', () => {
    expect(out.html).toMatch(/<html lang="zh-CN"/);
    expect(out.html).toMatch(/<section class="bk-cover" aria-label="封面">.*虚拟化.*第二版.*2026 年 12 月.*https:\/\/x\.org\/b\/zh-cn\//);
    expect(out.html).toContain('data-bk-title="目录">目录</h1>');
    expect(out.html).toContain('<a href="#part-II">第二部分 系统虚拟化<span class="bk-pageref" data-bk-target="part-II">000</span></a>');
    expect(out.html).toContain('<p class="bk-part__numeral">第二部分</p>');
    expect(out.html).toContain('<span class="bk-toc__num">第 4 章</span> CPU 虚拟化');
    expect(out.html).toContain('data-bk-title="第 4 章 CPU 虚拟化"');
    expect(out.html).toContain('<a href="#c4-traps">4.1 节（第 <span class="bk-pageref" data-bk-target="c4-traps">000</span> 页）</a>');
    for (const w of ['参考文献', '术语表', '索引']) expect(out.html).toContain(`data-bk-title="${w}"`);
    // Links into the Chinese glossary stay in the book; to other pages, the Chinese site.
    expect(out.html).toContain('<a href="#g-vm" class="bk-term__link" id="use-1" data-bk-use="vm">');
    expect(out.html).toContain('<a href="https://x.org/b/zh-cn/preface/">前言</a>');
    // A demo points at its chapter's Chinese page.
    expect(out.html).toContain('<p class="bk-print-live">网页版中可交互操作：<a href="https://x.org/b/zh-cn/system/cpu/">https://x.org/b/zh-cn/system/cpu/</a>。印刷版显示其初始状态。</p>');
  });
  it('orders the index by pinyin, the Chinese name first, then the English', () => {
    const names = [...out.html.matchAll(/class="bk-index__term" href="#g-[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual(['容器', '虚拟机', '虚拟机监视器']);
    expect(out.html).toContain('<a class="bk-index__term" href="#g-container">容器</a> <span class="bk-index__other" lang="en">container</span>');
  });
});
