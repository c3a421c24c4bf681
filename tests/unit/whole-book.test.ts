import { describe, expect, it } from 'vitest';
import { assembleWholeBook, wholeBookWords } from '../../src/lib/whole-book';
import { MESSAGES } from '../../src/i18n/messages';

const page = (body: string) => `<html><body><main><div class="sl-markdown-content">${body}</div></main></body></html>`;
const shell = '<html><body><div id="bk-whole-book" data-pagefind-ignore><p>note</p></div><!--/bk-whole-book--></body></html>';

describe('assembleWholeBook', () => {
  const chapters = [
    {
      id: 'system/cpu',
      number: 4,
      title: 'CPU',
      html: page(
        '<h2 id="traps">Traps</h2><p><a href="#traps">self</a> <a href="/b/system/mem/#walk">other</a> <a href="https://x.org/">web</a></p>' +
          '<span aria-describedby="term-1"></span><span id="term-1">def</span>' +
          '<svg id="mmd-1"><style>#mmd-1 .A{filter:url(#mmd-1-f)}</style><filter id="mmd-1-f"/></svg>' +
          '<ol class="bk-questions"><li>Why?<details class="bk-answer"><summary>Show</summary><div class="bk-answer__body"><p>Because.</p></div></details></li></ol>' +
          '<div hidden class="bk-search-tokens">页表</div>',
      ),
    },
    { id: 'system/mem', number: 5, title: 'Memory', html: page('<h2 id="walk">Walk</h2>') },
  ];
  const out = assembleWholeBook(shell, chapters, '/b/');

  it('gives every chapter a title and unique ids, and keeps links inside the page', () => {
    expect(out).toContain('<h1 class="bk-chapter__title" id="c4-chapter"><span class="bk-secnum">Chapter 4</span> CPU</h1>');
    expect(out).toContain('id="c4-traps"');
    expect(out).toContain('id="c5-walk"');
    expect(out).toContain('<a href="#c4-traps">self</a>');
    expect(out).toContain('<a href="#c5-walk">other</a>');
    expect(out).toContain('<a href="https://x.org/">web</a>');
    expect(out).toContain('aria-describedby="c4-term-1"');
  });

  it('opens with a table of contents linking to each chapter and the appendix', () => {
    expect(out).toContain('<li value="4"><a href="#c4-chapter">CPU</a></li><li value="5"><a href="#c5-chapter">Memory</a></li>');
    expect(out).toContain('<a href="#appendix-answers">');
  });

  it('leaves diagram ids alone, since the diagram’s own styles refer to them', () => {
    expect(out).toContain('<svg id="mmd-1"><style>#mmd-1 .A{filter:url(#mmd-1-f)}</style><filter id="mmd-1-f">');
  });

  it('moves worked answers to an appendix and points to them', () => {
    expect(out).toContain('<a href="#answer-4-1">Worked answer: Appendix, 4.1</a>');
    expect(out).toMatch(/<li id="answer-4-1" value="1">.*<p>Because\.<\/p><\/li>/);
    expect(out).not.toContain('<details class="bk-answer">');
  });

  it('drops the chapters’ hidden search tokens and replaces the placeholder', () => {
    expect(out).not.toContain('bk-search-tokens');
    expect(out).not.toContain('<p>note</p>');
  });

  it('writes the English catalogue’s words when given none (the English page and its PDF)', () => {
    expect(assembleWholeBook(shell, chapters, '/b/', { words: wholeBookWords(MESSAGES.en) })).toBe(out);
    expect(out).not.toContain('bk-chapter__untranslated');
  });

  it('fails clearly without a placeholder or without chapter content', () => {
    expect(() => assembleWholeBook('<html></html>', chapters, '/b/')).toThrow(/placeholder is missing/);
    expect(() => assembleWholeBook(shell, [{ ...chapters[0]!, html: '<html></html>' }], '/b/')).toThrow(/no \.sl-markdown-content in the page of system\/cpu/);
  });
});

const pageWith = (body: string) =>
  `<html><body><div class="sl-markdown-content"><div id="bk-whole-book"><p>placeholder</p></div><!--/bk-whole-book--></div><script type="module">shell()</script></body></html>`.replace('<p>placeholder</p>', body);
const chapter = (n: number, inner: string) => ({
  id: `part/ch${n}`,
  number: n,
  title: `Chapter ${n}`,
  html: `<html><body><div class="sl-markdown-content">${inner}</div></body></html>`,
});

describe('assembleWholeBook: scripts', () => {
  it('keeps each chapter’s scripts once, and drops those the page itself has (chapters load in any order)', () => {
    const quiz = '<script type="module">customElements.define("bk-quiz", Q)</script>';
    const out = assembleWholeBook(pageWith('<p>placeholder</p>'), [
      chapter(1, `<p>one</p>${quiz}<script type="module" src="/b/_astro/x.js"></script><script type="module" src="/b/_astro/x.js"></script><script>here()</script>`),
      chapter(2, `<p>two</p>${quiz}<script type="module" src="/b/_astro/x.js"></script><script type="module">shell()</script><script type="module">demo()</script><script>here()</script>`),
    ], '/b/');
    // Each chapter brings what its components need; the page's loader runs each script once.
    expect(out.match(/customElements\.define\("bk-quiz"/g)).toHaveLength(2);
    expect(out.match(/src="\/b\/_astro\/x\.js"/g)).toHaveLength(2);
    // The page's own script is not repeated by a chapter.
    expect(out.match(/shell\(\)/g)).toHaveLength(1);
    expect(out.match(/demo\(\)/g)).toHaveLength(1);
    // A classic inline script may act on the element before it: each chapter keeps its own.
    expect(out.match(/here\(\)/g)).toHaveLength(2);
    expect(out).toContain('<p>two</p>');
  });
});

describe('assembleWholeBook: a translated edition', () => {
  const zh = wholeBookWords(MESSAGES['zh-cn']);
  const shellZh = '<html lang="zh-CN"><body><div id="bk-whole-book" data-pagefind-ignore><p>说明</p></div><!--/bk-whole-book--></body></html>';
  const out = assembleWholeBook(
    shellZh,
    [
      {
        id: 'system/cpu',
        number: 4,
        title: 'CPU 虚拟化',
        html: page('<h2 id="traps">陷入</h2><p><a href="/b/zh-cn/system/mem/#walk">内存</a> <a href="/b/zh-cn/glossary/#vm">术语</a></p><ol class="bk-questions"><li>为什么？<details class="bk-answer"><summary>查看</summary><div class="bk-answer__body"><p>因为。</p></div></details></li></ol>'),
      },
      {
        id: 'system/mem',
        number: 5,
        title: '内存虚拟化',
        lang: 'en',
        html: page('<h2 id="walk">Walk</h2><aside><p class="bk-box__title">学习目标</p><ul><li>Walk a page table</li></ul></aside><p><a href="/b/system/cpu/#traps">Chapter 4</a></p><ol class="bk-questions"><li>How?<details class="bk-answer"><summary>Show</summary><div class="bk-answer__body"><p>Thus.</p></div></details></li></ol>'),
      },
    ],
    '/b/',
    { words: zh, lang: 'zh-CN', localeDir: 'zh-cn' },
  );

  it('writes its titles, contents, pointers and appendix in the edition’s words', () => {
    expect(out).toContain('<h1 class="bk-chapter__title" id="c4-chapter"><span class="bk-secnum">第 4 章</span> CPU 虚拟化</h1>');
    expect(out).toContain('<h2 id="bk-contents-title">目录</h2>');
    expect(out).toContain('<a href="#answer-4-1">解答见附录 4.1</a>');
    expect(out).toContain('<a href="#c4-q1">返回题目</a>');
    expect(out).toContain('<h1 class="bk-chapter__title" id="appendix-answers">附录：复习题解答</h1>');
    expect(out).not.toMatch(/Chapter 4<\/span>|Contents|Appendix|back to the question|Worked answer/);
  });

  it('keeps links to a chapter inside the page, in the edition or in English, and others as they are', () => {
    expect(out).toContain('<a href="#c5-walk">内存</a>');
    expect(out).toContain('<a href="#c4-traps">Chapter 4</a>');
    expect(out).toContain('<a href="/b/zh-cn/glossary/#vm">术语</a>');
  });

  it('gives a chapter not translated yet in English, marked so, after a note in the page’s language', () => {
    const section = out.slice(out.indexOf('data-chapter-id="system/mem"'));
    expect(section).toMatch(/^data-chapter-id="system\/mem"><h1[^>]*><span class="bk-secnum">第 5 章<\/span> 内存虚拟化<\/h1><p class="bk-box bk-chapter__untranslated">本章尚未译成中文，下面是英文原文。<\/p><div class="bk-chapter__original" lang="en"><h2 id="c5-walk">Walk<\/h2>/);
    // Its answer pointer is the page's words, marked with the page's language; its answer stays English.
    expect(section).toContain('<p class="bk-answer-pointer" lang="zh-CN"><a href="#answer-5-1">解答见附录 5.1</a></p>');
    expect(out).toMatch(/<li id="answer-5-1" value="1"><p class="bk-answer__for"><strong>5\.1<\/strong> <a href="#c5-q1">返回题目<\/a><\/p><div lang="en"><p>Thus\.<\/p><\/div><\/li>/);
    // What its components wrote in the page's language is marked so, the English text is not.
    expect(section).toContain('<aside><p class="bk-box__title" lang="zh-CN">学习目标</p><ul><li>Walk a page table</li></ul></aside>');
    // A translated chapter is not wrapped.
    expect(out).not.toMatch(/data-chapter-id="system\/cpu">[^]*?bk-chapter__untranslated[^]*?data-chapter-id="system\/mem"/);
  });
});
