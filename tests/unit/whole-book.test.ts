import { describe, expect, it } from 'vitest';
import { assembleWholeBook } from '../../src/lib/whole-book';

const page = (body: string) =>
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
    const out = assembleWholeBook(page('<p>placeholder</p>'), [
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
