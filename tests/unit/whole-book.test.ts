import { describe, expect, it } from 'vitest';
import { assembleWholeBook } from '../../src/lib/whole-book';

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
  it('keeps each script once: a chapter’s repeat of an earlier chapter’s or the page’s script is dropped', () => {
    const quiz = '<script type="module">customElements.define("bk-quiz", Q)</script>';
    const out = assembleWholeBook(pageWith('<p>placeholder</p>'), [
      chapter(1, `<p>one</p>${quiz}<script type="module" src="/b/_astro/x.js"></script><script>here()</script>`),
      chapter(2, `<p>two</p>${quiz}<script type="module" src="/b/_astro/x.js"></script><script type="module">shell()</script><script type="module">demo()</script><script>here()</script>`),
    ], '/b/');
    expect(out.match(/customElements\.define\("bk-quiz"/g)).toHaveLength(1);
    expect(out.match(/src="\/b\/_astro\/x\.js"/g)).toHaveLength(1);
    expect(out.match(/shell\(\)/g)).toHaveLength(1);
    expect(out.match(/demo\(\)/g)).toHaveLength(1);
    // A classic inline script may act on the element before it: each chapter keeps its own.
    expect(out.match(/here\(\)/g)).toHaveLength(2);
    expect(out).toContain('<p>two</p>');
  });
});
