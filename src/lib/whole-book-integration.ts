/**
 * Astro integration: after the build, fill each edition's whole-book page from its built chapter
 * pages: whole-book/ from the English chapters, zh-cn/whole-book/ from the Chinese ones.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Book } from './book-order';
import { DOCS_DIR } from './book-files';
import { readTranslations, TRANSLATION_LOCALES } from './translations';
import { assembleWholeBook, wholeBookWords, type ChapterHtml } from './whole-book';
import { PARTS_DIR, partWords, splitWholeBook } from './whole-book-parts';
import { LANG, MESSAGES } from '../i18n/messages';
import { zhTitle } from '../i18n/zh-titles';

/** A translated edition's chapter titles where a chapter is not translated yet (as its sidebar). */
const FALLBACK_TITLES: Record<(typeof TRANSLATION_LOCALES)[number], (path: string) => string | undefined> = { 'zh-cn': zhTitle };

/** Chapters kept in the page itself; the rest load as the reader nears them (whole-book-parts.ts). */
const EAGER_CHAPTERS = 1;

/** Write an edition's whole-book page as its first chapter plus parts loaded on the way. */
function writeSplit(page: string, html: string, locale: keyof typeof MESSAGES, base: string): number {
  const b = base.endsWith('/') ? base : `${base}/`;
  const prefix = locale === 'en' ? b : `${b}${locale}/`;
  const split = splitWholeBook(html, { eager: EAGER_CHAPTERS, words: partWords(MESSAGES[locale]), ownPage: (id) => `${prefix}${id}/` });
  const dir = dirname(page);
  rmSync(join(dir, PARTS_DIR), { recursive: true, force: true });
  for (const part of split.parts) {
    mkdirSync(dirname(join(dir, part.name)), { recursive: true });
    writeFileSync(join(dir, part.name), part.html);
  }
  writeFileSync(page, split.page);
  return split.parts.length;
}

export default function wholeBook(book: Book, base: string): AstroIntegration {
  return {
    name: 'book-whole-book',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const target = join(dist, 'whole-book', 'index.html');
        if (existsSync(target)) {
          const chapters = book.chapters.map((c) => ({
            id: c.id,
            number: c.chapter!,
            title: c.title,
            html: readFileSync(join(dist, c.id, 'index.html'), 'utf8'),
          }));
          const parts = writeSplit(target, assembleWholeBook(readFileSync(target, 'utf8'), chapters, base), 'en', base);
          logger.info(`assembled ${chapters.length} chapters into whole-book/index.html (${parts} loaded as the reader reaches them)`);
        }
        for (const locale of TRANSLATION_LOCALES) {
          const page = join(dist, locale, 'whole-book', 'index.html');
          if (!existsSync(page)) continue;
          // Each chapter as the edition's reader finds it: the translation where there is one.
          // Where there is none yet, the edition's page of that chapter (Starlight's fallback)
          // holds the English text, and the whole book gives it too, marked lang="en" after a
          // one-line note: a reader printing the book wants every chapter, in the edition's
          // language where it exists, rather than a book with holes or a link elsewhere.
          const translations = readTranslations(book, DOCS_DIR, locale);
          const chapters: ChapterHtml[] = book.chapters.map((c) => {
            const t = translations.get(c.path);
            return {
              id: c.id,
              number: c.chapter!,
              title: t?.title || FALLBACK_TITLES[locale](c.path) || c.title,
              html: readFileSync(join(dist, locale, c.id, 'index.html'), 'utf8'),
              ...(t ? {} : { lang: LANG.en }),
            };
          });
          const m = MESSAGES[locale];
          const html = assembleWholeBook(readFileSync(page, 'utf8'), chapters, base, { words: wholeBookWords(m), lang: LANG[locale], localeDir: locale });
          writeSplit(page, html, locale, base);
          const missing = chapters.filter((c) => c.lang).length;
          logger.info(`assembled ${chapters.length} chapters into ${locale}/whole-book/index.html${missing ? ` (${missing} not translated yet, given in English)` : ''}`);
        }
      },
    },
  };
}
