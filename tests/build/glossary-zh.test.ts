/**
 * Build tests for the glossary's Chinese definitions: a Chinese page's term previews and the Chinese
 * glossary show each entry's Chinese definition (not marked English), and the English edition
 * still shows the English ones.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { glossaryById } from '../../src/data/glossary';
import { readBook, DOCS_DIR } from '../../src/lib/book-files';
import { readTranslations } from '../../src/lib/translations';
import { htmlFiles, isWholeBook, pageFile, readPage } from '../helpers/dist';

const dist = inject('distDir');
const book = readBook();
const translations = readTranslations(book, DOCS_DIR, 'zh-cn');
const chapters = book.chapters;
const translatedChapters = chapters.filter((p) => translations.has(p.path)).map((p) => `zh-cn/${pageFile(p.id)}`);
const han = /\p{Script=Han}/u;

/** Each term preview card on a page: the glossary id it links to, its definition element and the card. */
function previews(file: string): { id: string; card: HTMLElement; entry: HTMLElement }[] {
  return parse(readPage(dist, file))
    .querySelectorAll('.bk-term .bk-pop__card')
    .map((card) => {
      const href = card.querySelector('.bk-pop__more')?.getAttribute('href') ?? '';
      return { id: decodeURIComponent(href.split('#')[1] ?? ''), card, entry: card.querySelector('.bk-pop__entry')! };
    });
}

/** The nearest lang attribute at or above an element. */
function langOf(el: HTMLElement | null): string | undefined {
  for (let e = el; e; e = e.parentNode as HTMLElement | null) {
    const lang = e.getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

describe('the glossary’s Chinese definitions in the built site', () => {
  it('has translated chapters to check', () => {
    expect(translatedChapters.length).toBeGreaterThan(0);
  });

  it('previews a term on a Chinese chapter with its Chinese definition, in Chinese', () => {
    let count = 0;
    for (const file of translatedChapters) {
      for (const { id, card, entry } of previews(file)) {
        const e = glossaryById.get(id);
        expect(e, `${file}: a preview links to "${id}", not a glossary entry`).toBeDefined();
        expect(entry.textContent.trim(), `${file}: preview of ${id}`).toBe(e!.definitionZh);
        expect(entry.textContent, `${file}: preview of ${id}`).toMatch(han);
        expect(langOf(entry), `${file}: preview of ${id} is marked ${langOf(entry)}`).toMatch(/^zh-(CN|Hans)$/);
        // The English name keeps its own marking.
        expect(card.querySelector('[lang="en"]')?.textContent, `${file}: preview of ${id}`).toBe(e!.term);
        count++;
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it('lists every entry on the Chinese glossary page with its Chinese definition', () => {
    const page = parse(readPage(dist, 'zh-cn/glossary/index.html'));
    const entries = page.querySelectorAll('.bk-glossary__entry');
    expect(entries.length).toBe(glossaryById.size);
    for (const div of entries) {
      const id = div.querySelector('h3')!.id;
      const definition = div.querySelector('h3 + p')!;
      expect(definition.textContent.trim(), id).toBe(glossaryById.get(id)!.definitionZh);
      expect(definition.textContent, id).toMatch(han);
      expect(langOf(definition), id).toMatch(/^zh-(CN|Hans)$/);
    }
    expect(page.querySelector('main')!.textContent).not.toContain('定义目前仍为英文');
  });

  it('keeps the English definitions on the English edition', () => {
    const glossary = parse(readPage(dist, 'glossary/index.html'));
    const entries = glossary.querySelectorAll('.bk-glossary__entry');
    expect(entries.length).toBe(glossaryById.size);
    for (const div of entries) {
      const id = div.querySelector('h3')!.id;
      const definition = div.querySelector('h3 + p')!;
      expect(definition.textContent.trim(), id).toBe(glossaryById.get(id)!.definition);
      expect(langOf(definition), id).toBe('en');
    }
    let count = 0;
    const english = htmlFiles(dist).filter((f) => !f.startsWith('zh-cn/') && !isWholeBook(f));
    for (const file of english) {
      for (const { id, entry } of previews(file)) {
        expect(entry.textContent.trim(), `${file}: preview of ${id}`).toBe(glossaryById.get(id)!.definition);
        expect(entry.textContent, `${file}: preview of ${id}`).not.toMatch(han);
        expect(langOf(entry), `${file}: preview of ${id}`).toBe('en');
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});
