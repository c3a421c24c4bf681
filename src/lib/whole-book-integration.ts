/** Astro integration: after the build, fill the whole-book page from the built chapter pages. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Book } from './book-order';
import { assembleWholeBook } from './whole-book';

export default function wholeBook(book: Book, base: string): AstroIntegration {
  return {
    name: 'book-whole-book',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const target = join(dist, 'whole-book', 'index.html');
        if (!existsSync(target)) return;
        const chapters = book.chapters.map((c) => ({
          id: c.id,
          number: c.chapter!,
          title: c.title,
          html: readFileSync(join(dist, c.id, 'index.html'), 'utf8'),
        }));
        writeFileSync(target, assembleWholeBook(readFileSync(target, 'utf8'), chapters, base));
        logger.info(`assembled ${chapters.length} chapters into whole-book/index.html`);
      },
    },
  };
}
