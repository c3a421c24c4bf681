/**
 * The Chinese edition's whole book on one page (zh-cn/whole-book/): every chapter in book order as
 * the Chinese edition has it (the translation, or the English text marked lang="en" where there is
 * none yet), in a page marked zh-CN whose own words are Chinese, with no English interface string.
 * The English page's checks are in book.test.ts.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readBook, DOCS_DIR } from '../../src/lib/book-files';
import { readTranslations } from '../../src/lib/translations';
import { MESSAGES } from '../../src/i18n/messages';
import { zhTitle } from '../../src/i18n/zh-titles';
import { pageFile, readPage } from '../helpers/dist';
import { attributeTexts, englishIn, englishUiStrings } from '../helpers/english-ui';

const dist = inject('distDir');
const book = readBook();
const translations = readTranslations(book, DOCS_DIR, 'zh-cn');
const zh = MESSAGES['zh-cn'];
const FILE = 'zh-cn/whole-book/index.html';
const page = parse(readPage(dist, FILE));
const whole = page.querySelector('#bk-whole-book')!;
const sections = whole.querySelectorAll(':scope > section.bk-chapter:not(.bk-appendix)');
const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();

describe('the Chinese whole book', () => {
  it('is a Chinese page, assembled by the build', () => {
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(whole, 'the placeholder was filled').toBeTruthy();
    expect(text(whole.querySelector('.bk-contents h2')!)).toBe(zh.wholeBookContents);
  });

  it('holds every chapter in book order, each titled as the Chinese edition names it', () => {
    expect(sections.map((s) => s.getAttribute('data-chapter-id'))).toEqual(book.chapters.map((c) => c.id));
    const titles = sections.map((s) => text(s.querySelector(':scope > h1.bk-chapter__title')!));
    expect(titles).toEqual(book.chapters.map((c) => `${zh.chapter(String(c.chapter))} ${translations.get(c.path)?.title ?? zhTitle(c.path)}`));
    const contents = whole.querySelectorAll('.bk-contents li:not(.bk-contents__appendix) a').map((a) => a.getAttribute('href'));
    expect(contents).toEqual(book.chapters.map((c) => `#c${c.chapter}-chapter`));
  });

  it('gives each chapter the Chinese edition’s page of it: the translation, or the English text marked lang="en"', () => {
    expect(translations.size).toBeGreaterThan(0);
    for (const [i, c] of book.chapters.entries()) {
      const section = sections[i]!;
      const own = parse(readPage(dist, `zh-cn/${pageFile(c.id)}`)).querySelector('.sl-markdown-content')!;
      // The same sections as the chapter's page, in the same words.
      const headings = (root: HTMLElement) => root.querySelectorAll('h2').map(text);
      expect(headings(section), c.id).toEqual(headings(own));
      expect(headings(section).length, c.id).toBeGreaterThan(3);
      const original = section.querySelector(':scope > .bk-chapter__original');
      if (translations.has(c.path)) {
        expect(original, `${c.id} is translated`).toBeNull();
        expect(section.querySelector('.bk-chapter__untranslated'), c.id).toBeNull();
        expect(section.closest('[lang="en"]'), c.id).toBeNull();
        expect(text(section.querySelector('h2')!), c.id).toMatch(/\p{Script=Han}/u);
      } else {
        expect(original?.getAttribute('lang'), `${c.id} is not translated yet`).toBe('en');
        expect(text(section.querySelector(':scope > .bk-chapter__untranslated')!)).toBe(zh.wholeBookUntranslated);
        // What the components wrote in Chinese inside it (the objectives box) is marked Chinese again.
        expect(original!.querySelector('.bk-objectives .bk-box__title')!.getAttribute('lang'), c.id).toBe('zh-CN');
      }
    }
  });

  it('gathers every worked answer in a Chinese appendix, each linked both ways', () => {
    const appendix = whole.querySelector(':scope > section.bk-appendix')!;
    expect(text(appendix.querySelector('h1')!)).toBe(zh.wholeBookAppendix);
    const questions = book.chapters.reduce(
      (n, c) => n + parse(readPage(dist, `zh-cn/${pageFile(c.id)}`)).querySelectorAll('.sl-markdown-content .bk-questions > li').length,
      0,
    );
    const answers = appendix.querySelectorAll('.bk-appendix__answers > li');
    expect(answers.length).toBe(questions);
    for (const li of answers) {
      const back = li.querySelector('.bk-answer__for a')!;
      expect(back.text).toBe(zh.wholeBookBackToQuestion);
      expect(page.getElementById(back.getAttribute('href')!.slice(1)), li.id).toBeTruthy();
    }
    const pointers = whole.querySelectorAll('.bk-answer-pointer a');
    expect(pointers.length).toBe(questions);
    for (const a of pointers) expect(a.text).toMatch(/^解答见附录 \d+\.\d+$/);
    const ids = page.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  // The chapters' own text is each chapter's page (the test above compares them), which
  // i18n.test.ts checks as it checks every translated page; here, what this page adds around them.
  it('writes everything around the chapters in Chinese: navigation, contents, titles, notes, pointers and the appendix', () => {
    const copy = parse(page.outerHTML);
    for (const section of copy.querySelectorAll('#bk-whole-book > section.bk-chapter:not(.bk-appendix)')) {
      for (const el of section.querySelectorAll(':scope > *:not(h1):not(.bk-chapter__untranslated)')) {
        // Keep the pointers to the worked answers, which the assembly writes into the chapter.
        const pointers = el.querySelectorAll('.bk-answer-pointer').map((p) => p.outerHTML);
        el.replaceWith(pointers.join(''));
      }
    }
    for (const li of copy.querySelectorAll('.bk-appendix__answers > li')) {
      for (const el of li.querySelectorAll(':scope > *:not(.bk-answer__for)')) el.remove();
    }
    expect(copy.querySelectorAll('.bk-answer-pointer').length).toBeGreaterThan(0);
    const names = attributeTexts(copy);
    for (const el of copy.querySelectorAll('[lang="en"], code, pre, script, style, [hidden], template, starlight-lang-select')) el.remove();
    const visible = `${copy.querySelector('body')!.textContent} | ${names.join(' | ')}`.replace(/\s+/g, ' ');
    expect(visible).toContain(zh.wholeBookAppendix);
    expect(englishIn(visible, englishUiStrings())).toEqual([]);
  });
});
