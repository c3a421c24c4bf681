/**
 * Build tests for the book itself: every chapter is numbered and complete, every cross-reference
 * lands on an element that exists, the back matter covers all the data, and the whole-book page
 * holds every chapter.
 */
import { sourceArticles } from '../../src/data/source-articles';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { coverage } from '../../src/data/coverage';
import { glossary } from '../../src/data/glossary';
import { references } from '../../src/data/references';
import { getBookIndex } from '../../src/lib/book-index';
import { PARTS, pageHref } from '../../src/lib/book-order';
import { MIN_ANSWER_CHARS, MIN_OBJECTIVES, MIN_QUIZ_ITEMS, MIN_REFERENCES, MIN_REVIEW_QUESTIONS } from '../../src/lib/chapter-rules';
import { htmlFiles, pageFile, readPage } from '../helpers/dist';

const dist = inject('distDir');
const base = inject('base');
const { book, targets } = getBookIndex();
const cache = new Map<string, HTMLElement>();
const dom = (file: string) => {
  if (!cache.has(file)) cache.set(file, parse(readPage(dist, file)));
  return cache.get(file)!;
};
const content = (file: string) => dom(file).querySelector('.sl-markdown-content')!;

describe('every chapter', () => {
  // The book's shape comes from its files (src/lib/book-order.ts): no count is written here.
  it('numbers the chapters 1…N in part order, every part holding at least one', () => {
    expect(book.chapters.length).toBeGreaterThan(0);
    expect(book.chapters.map((c) => c.chapter)).toEqual(book.chapters.map((_, i) => i + 1));
    const partOrder = book.chapters.map((c) => PARTS.findIndex((p) => p.dir === c.part?.dir));
    expect(partOrder).toEqual([...partOrder].sort((a, b) => a - b));
    expect(new Set(book.chapters.map((c) => c.part?.dir))).toEqual(new Set(PARTS.map((p) => p.dir)));
  });

  for (const c of book.chapters) {
    describe(`Chapter ${c.chapter}: ${c.title}`, () => {
      const file = pageFile(c.id);

      it('is numbered in the sidebar, its sections and its figures', () => {
        const current = dom(file).querySelector('#starlight__sidebar a[aria-current="page"]');
        expect(current?.text.trim()).toMatch(new RegExp(`^${c.chapter}\\. `));
        const first = content(file).querySelector('h2 .bk-secnum');
        expect(first?.text.trim()).toBe(`${c.chapter}.1`);
        for (const label of content(file).querySelectorAll('.bk-figure__label')) {
          expect(label.text).toMatch(new RegExp(`^(Figure|Table) ${c.chapter}\\.\\d+\\.$`));
        }
      });

      // The rule is src/lib/chapter-rules.ts (the build enforces it on the source, the guide shows
      // it); this checks that the built page shows what the rule asks for.
      it('shows objectives, a summary, review questions with worked answers, a quiz, further reading and references', () => {
        const body = content(file);
        expect(body.querySelectorAll('.bk-objectives li').length, 'objectives').toBeGreaterThanOrEqual(MIN_OBJECTIVES);
        expect(body.querySelector('.bk-summary li'), 'summary').toBeTruthy();
        const questions = body.querySelectorAll('.bk-questions > li');
        expect(questions.length, 'review questions').toBeGreaterThanOrEqual(MIN_REVIEW_QUESTIONS);
        for (const q of questions) expect(q.querySelector('details.bk-answer .bk-answer__body')?.text.trim().length, 'worked answer').toBeGreaterThanOrEqual(MIN_ANSWER_CHARS);
        expect(body.querySelectorAll('bk-quiz .bk-quiz__item').length, 'quiz items').toBeGreaterThanOrEqual(MIN_QUIZ_ITEMS);
        expect(body.querySelector('h2#further-reading'), 'further reading').toBeTruthy();
        expect(body.querySelectorAll('.bk-references li').length, 'references').toBeGreaterThanOrEqual(MIN_REFERENCES);
      });

      it('has at least one diagram or demo', () => {
        const body = content(file);
        expect(body.querySelectorAll('.bk-figure svg, .bk-figure [class*="dm-"], .bk-figure .sim').length).toBeGreaterThan(0);
      });
    });
  }
});

describe('links and anchors', () => {
  it('every internal link with a #fragment lands on an element with that id', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const a of dom(file).querySelectorAll('.sl-markdown-content a[href*="#"], #bk-whole-book a[href*="#"]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href)) continue;
        const [path, id] = href.split('#') as [string, string];
        if (!id) continue;
        let target = file;
        if (path) {
          const rel = decodeURIComponent(path.split('?')[0]!).slice(base.length);
          target = rel === '' ? 'index.html' : `${rel.replace(/\/$/, '')}/index.html`;
        }
        if (!existsSync(join(dist, target)) || !dom(target).getElementById(decodeURIComponent(id))) broken.push(`${file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every point of the coverage data maps to an existing section anchor', () => {
    const missing: string[] = [];
    for (const p of coverage) {
      const t = targets.get(p.covered);
      if (!t) {
        missing.push(`${p.article}: ${p.point} → ${p.covered} (no such id)`);
        continue;
      }
      const [path, id] = t.path.split('#') as [string, string | undefined];
      const file = pageFile(path.replace(/^\/|\/$/g, '') || 'index');
      if (id && !dom(file).getElementById(id)) missing.push(`${p.article}: ${p.point} → ${t.path}`);
    }
    expect(missing).toEqual([]);
    // Every source article is mapped.
    expect(new Set(coverage.map((p) => p.article))).toEqual(new Set(['000', '001', '002', '003', '004']));
  });
});

describe('back matter', () => {
  it('the glossary lists every term with its Chinese name, A–Z', () => {
    const page = dom('glossary/index.html');
    for (const e of glossary) {
      // A heading, so that search results land on the entry (Pagefind's sub-results follow headings).
      const dt = page.getElementById(e.id);
      expect(dt?.tagName, e.id).toBe('H3');
      expect(dt?.querySelector('[lang="zh-Hans"]')?.text, e.id).toBe(e.zh);
    }
    const terms = page.querySelectorAll('.bk-glossary__term dfn').map((d) => d.text.toLowerCase());
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('the references page lists every entry, and every entry is cited somewhere', () => {
    const page = dom('references/index.html');
    for (const r of references) expect(page.getElementById(r.key), r.key).toBeTruthy();
    const uncited = references.filter((r) => !page.getElementById(r.key)!.querySelector('.bk-bibliography__uses')).map((r) => r.key);
    expect(uncited).toEqual([]);
  });

  it('the whole-book page holds every chapter in order with its numbering, and the answers in an appendix', () => {
    const page = dom('whole-book/index.html');
    const titles = page.querySelectorAll('.bk-chapter:not(.bk-appendix) > .bk-chapter__title').map((h) => h.text.replace(/\s+/g, ' ').trim());
    expect(titles).toEqual(book.chapters.map((c) => `Chapter ${c.chapter} ${c.title}`));
    const questions = book.chapters.reduce((n, c) => n + content(pageFile(c.id)).querySelectorAll('.bk-questions > li').length, 0);
    expect(page.querySelectorAll('.bk-appendix__answers > li').length).toBe(questions);
    const ids = page.querySelectorAll('[id]').map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    expect(readFileSync(join(dist, 'whole-book/index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('the sources page covers all five source articles, by title', () => {
    const page = dom('sources/index.html');
    for (const s of sourceArticles) {
      const h = page.getElementById(`source-${s.id}`);
      expect(h, s.id).toBeTruthy();
      expect(h!.text).toContain(s.titleEn);
    }
  });

  it('every page is reachable from the sidebar', () => {
    const sidebar = dom('preface/index.html').querySelectorAll('#starlight__sidebar a').map((a) => a.getAttribute('href'));
    for (const p of book.pages) expect(sidebar, p.id).toContain(pageHref(p.id, base));
  });
});
