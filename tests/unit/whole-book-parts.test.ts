import { describe, expect, it } from 'vitest';
import { assembleWholeBook } from '../../src/lib/whole-book';
import { inlineParts, partWords, splitWholeBook } from '../../src/lib/whole-book-parts';
import { MESSAGES } from '../../src/i18n/messages';

const page = (body: string) => `<html><body><main><div class="sl-markdown-content">${body}</div></main></body></html>`;
const shell = '<html><head><script type="module" src="/b/shell.js"></script></head><body><div id="bk-whole-book" data-pagefind-ignore><p>note</p></div><!--/bk-whole-book--><footer>end</footer></body></html>';
const quiz = '<script type="module" src="/b/quiz.js"></script>';
const chapters = [1, 2, 3].map((n) => ({
  id: `part/ch${n}`,
  number: n,
  title: `Chapter title ${n}`,
  html: page(`<h2 id="s">Section ${n}</h2><p>Body of chapter ${n}, with $& and $1 in it.</p>${quiz}<ol class="bk-questions"><li>Q<details class="bk-answer"><summary>Show</summary><div class="bk-answer__body"><p>Answer ${n}.</p></div></details></li></ol>`),
}));
const whole = assembleWholeBook(shell, chapters, '/b/');
const split = splitWholeBook(whole, { eager: 1, words: partWords(MESSAGES.en), ownPage: (id) => `/b/${id}/` });
const read = (name: string) => split.parts.find((p) => p.name === name)!.html;

describe('splitWholeBook', () => {
  it('keeps the first chapter in the page and moves later chapters and the appendix to parts', () => {
    expect(split.page).toContain('Body of chapter 1');
    expect(split.page).not.toContain('Body of chapter 2');
    expect(split.parts.map((p) => p.name)).toEqual(['parts/2.htm', 'parts/3.htm', 'parts/4.htm']);
    expect(read('parts/3.htm')).toContain('Body of chapter 3');
    expect(read('parts/4.htm')).toContain('Answer 2.');
  });

  it('leaves every title in the page, so the contents and headings navigation work before a part loads', () => {
    for (const n of [1, 2, 3]) expect(split.page).toContain(`id="c${n}-chapter"`);
    expect(split.page).toContain('id="appendix-answers"');
    expect(split.page).toContain('<a href="#c3-chapter">Chapter title 3</a>');
  });

  it('links a waiting chapter to its own page, for readers without JavaScript', () => {
    expect(split.page).toContain(`data-part="parts/2.htm"><h1`);
    expect(split.page).toContain(`${MESSAGES.en.wholeBookChapterPending} <a href="/b/part/ch2/">${MESSAGES.en.wholeBookReadAlone}</a>`);
    expect(split.page).toMatch(/<button type="button" class="bk-button" data-load-all hidden>/);
  });

  it('keeps each chapter’s component scripts with it, since chapters load in any order', () => {
    for (const n of [2, 3]) expect(read(`parts/${n}.htm`)).toContain(quiz);
    expect(split.page).toContain(quiz);
  });

  it('changes nothing outside the book', () => {
    expect(split.page.startsWith('<html><head><script type="module" src="/b/shell.js"></script></head><body>')).toBe(true);
    expect(split.page.endsWith('<!--/bk-whole-book--><footer>end</footer></body></html>')).toBe(true);
  });

  it('speaks the page’s language', () => {
    const zh = splitWholeBook(whole, { eager: 1, words: partWords(MESSAGES['zh-cn']), ownPage: (id) => `/b/zh-cn/${id}/` });
    expect(zh.page).toContain(MESSAGES['zh-cn'].wholeBookLoadAll);
    expect(zh.page).toContain(`data-loading="${MESSAGES['zh-cn'].wholeBookLoading}"`);
    // No space after Chinese punctuation before the link.
    expect(zh.page).toContain(`${MESSAGES['zh-cn'].wholeBookChapterPending}<a href="/b/zh-cn/part/ch2/">`);
  });
});

describe('inlineParts', () => {
  it('gives back the whole book exactly as assembled', () => {
    expect(inlineParts(split.page, read)).toBe(whole);
  });

  it('leaves a page without parts as it is', () => {
    expect(inlineParts(whole, () => 'x')).toBe(whole);
  });
});

describe('assembleWholeBook', () => {
  it('does not read "$&" in a chapter as a replacement pattern', () => {
    expect(whole).toContain('with $& and $1 in it');
  });
});
